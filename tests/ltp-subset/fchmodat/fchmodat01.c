// SPDX-License-Identifier: Apache-2.0
/*
 * fchmodat01 - fchmodat(2), the three-argument syscall (raw; libc's
 * AT_SYMLINK_NOFOLLOW emulation is not involved), and fchmodat2(2) where
 * the kernel has it (6.6+).
 *
 * Checks:
 *  - a relative path is resolved against dirfd; AT_FDCWD uses the cwd; a
 *    symlink is followed;
 *  - errors: EBADF (bad dirfd), ENOTDIR (dirfd is a file), ENOENT, EFAULT;
 *  - fchmodat2: AT_SYMLINK_NOFOLLOW on a symlink gives EOPNOTSUPP; on a
 *    regular file it changes the mode; AT_EMPTY_PATH changes dirfd's file;
 *    an unknown flag gives EINVAL (TCONF on ENOSYS).
 */
#include "tst.h"

#ifndef SYS_fchmodat2
# define SYS_fchmodat2 452
#endif

static mode_t mode_of(const char *path)
{
	struct stat st;

	if (stat(path, &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(%s)", path);
	return st.st_mode & 07777;
}

static void run(void)
{
	int dfd, ffd;

	SAFE_MKDIR("d", 0755);
	tst_write_file("d/f", "x");
	SAFE_SYMLINK("f", "d/l");
	tst_write_file("top", "x");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	ffd = SAFE_OPEN("top", O_RDONLY);

	TST_EXP_PASS(syscall(SYS_fchmodat, dfd, "f", 0604), "fchmodat(dfd, \"f\", 0604)");
	TST_EXP_EQ(mode_of("d/f"), 0604);
	TST_EXP_PASS(syscall(SYS_fchmodat, AT_FDCWD, "top", 0611), "fchmodat(AT_FDCWD, \"top\", 0611)");
	TST_EXP_EQ(mode_of("top"), 0611);
	TST_EXP_PASS(syscall(SYS_fchmodat, dfd, "l", 0640), "fchmodat(dfd, symlink, 0640)");
	TST_EXP_EQ(mode_of("d/f"), 0640);

	TST_EXP_FAIL(syscall(SYS_fchmodat, -1, "f", 0600), EBADF, "fchmodat(dirfd -1)");
	TST_EXP_FAIL(syscall(SYS_fchmodat, ffd, "f", 0600), ENOTDIR, "fchmodat(file fd)");
	TST_EXP_FAIL(syscall(SYS_fchmodat, dfd, "missing", 0600), ENOENT, "fchmodat(missing)");
	TST_EXP_FAIL(syscall(SYS_fchmodat, dfd, tst_bad_addr(), 0600), EFAULT, "fchmodat(bad path)");

	if (syscall(SYS_fchmodat2, dfd, "f", 0600, 0) < 0 && errno == ENOSYS) {
		tst_res(TCONF, "fchmodat2() not supported");
	} else {
		TST_EXP_EQ(mode_of("d/f"), 0600);
		TST_EXP_FAIL(syscall(SYS_fchmodat2, dfd, "l", 0600, AT_SYMLINK_NOFOLLOW), EOPNOTSUPP,
			     "fchmodat2(symlink, AT_SYMLINK_NOFOLLOW)");
		TST_EXP_PASS(syscall(SYS_fchmodat2, dfd, "f", 0660, AT_SYMLINK_NOFOLLOW),
			     "fchmodat2(file, AT_SYMLINK_NOFOLLOW)");
		TST_EXP_EQ(mode_of("d/f"), 0660);
		TST_EXP_PASS(syscall(SYS_fchmodat2, ffd, "", 0644, AT_EMPTY_PATH),
			     "fchmodat2(fd, \"\", AT_EMPTY_PATH)");
		TST_EXP_EQ(mode_of("top"), 0644);
		TST_EXP_FAIL(syscall(SYS_fchmodat2, dfd, "f", 0600, 0x1), EINVAL, "fchmodat2(flags 0x1)");
	}
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(ffd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
