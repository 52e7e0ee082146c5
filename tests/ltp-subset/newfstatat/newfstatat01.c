// SPDX-License-Identifier: Apache-2.0
/*
 * newfstatat01 - newfstatat(2) (fstatat in libc), via the raw syscall.
 *
 * Checks:
 *  - a relative path is resolved against dirfd; AT_FDCWD uses the cwd;
 *  - by default a symlink is followed; AT_SYMLINK_NOFOLLOW reports S_IFLNK;
 *  - AT_EMPTY_PATH with "" stats dirfd itself (file fd, O_PATH fd);
 *  - "" without AT_EMPTY_PATH gives ENOENT;
 *  - errors: EINVAL (unknown flag bit), EBADF (bad dirfd, relative path),
 *    ENOTDIR (dirfd is a file), ENOENT, ELOOP, EFAULT (bad path; bad buf).
 */
#include "tst.h"

static long sys_fstatat(int dfd, const char *path, struct stat *st, int flags)
{
	return syscall(SYS_newfstatat, dfd, path, st, flags);
}

static void run(void)
{
	struct stat st, ref;
	int dfd, ffd, pfd;

	SAFE_MKDIR("d", 0755);
	tst_write_file("d/file", "123");
	SAFE_SYMLINK("file", "d/link");
	SAFE_SYMLINK("loop", "d/loop");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	ffd = SAFE_OPEN("d/file", O_RDONLY);
	pfd = SAFE_OPEN("d/link", O_PATH | O_NOFOLLOW);
	if (stat("d/file", &ref) < 0)
		tst_brk(TBROK | TERRNO, "stat(d/file)");

	TST_EXP_PASS(sys_fstatat(dfd, "file", &st, 0), "newfstatat(dfd, \"file\", 0)");
	TST_EXP_EXPR(st.st_ino == ref.st_ino && st.st_size == 3, "stat of d/file");
	TST_EXP_PASS(sys_fstatat(AT_FDCWD, "d/file", &st, 0), "newfstatat(AT_FDCWD, \"d/file\")");
	TST_EXP_EXPR(st.st_ino == ref.st_ino, "AT_FDCWD resolves from the cwd");
	TST_EXP_PASS(sys_fstatat(dfd, "link", &st, 0), "newfstatat(dfd, \"link\", 0)");
	TST_EXP_EXPR(S_ISREG(st.st_mode) && st.st_ino == ref.st_ino, "symlink followed by default");
	TST_EXP_PASS(sys_fstatat(dfd, "link", &st, AT_SYMLINK_NOFOLLOW),
		     "newfstatat(dfd, \"link\", AT_SYMLINK_NOFOLLOW)");
	TST_EXP_EXPR(S_ISLNK(st.st_mode) && st.st_size == 4, "AT_SYMLINK_NOFOLLOW reports the link");
	TST_EXP_PASS(sys_fstatat(ffd, "", &st, AT_EMPTY_PATH), "newfstatat(ffd, \"\", AT_EMPTY_PATH)");
	TST_EXP_EXPR(st.st_ino == ref.st_ino, "AT_EMPTY_PATH stats the fd's file");
	TST_EXP_PASS(sys_fstatat(pfd, "", &st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW),
		     "newfstatat(O_PATH symlink fd, \"\", AT_EMPTY_PATH)");
	TST_EXP_EXPR(S_ISLNK(st.st_mode), "AT_EMPTY_PATH on an O_PATH symlink fd reports the link");
	TST_EXP_PASS(sys_fstatat(AT_FDCWD, "", &st, AT_EMPTY_PATH), "newfstatat(AT_FDCWD, \"\", AT_EMPTY_PATH)");
	TST_EXP_EXPR(S_ISDIR(st.st_mode), "AT_FDCWD + AT_EMPTY_PATH stats the cwd");

	TST_EXP_FAIL(sys_fstatat(ffd, "", &st, 0), ENOENT, "newfstatat(fd, \"\", 0)");
	TST_EXP_FAIL(sys_fstatat(dfd, "file", &st, 0x4), EINVAL, "newfstatat(flags 0x4)");
	TST_EXP_FAIL(sys_fstatat(dfd, "file", &st, 0x80000000), EINVAL, "newfstatat(flags 0x80000000)");
	TST_EXP_FAIL(sys_fstatat(-1, "file", &st, 0), EBADF, "newfstatat(-1, relative)");
	TST_EXP_FAIL(sys_fstatat(ffd, "file", &st, 0), ENOTDIR, "newfstatat(file fd, relative)");
	TST_EXP_FAIL(sys_fstatat(dfd, "missing", &st, 0), ENOENT, "newfstatat(missing)");
	TST_EXP_FAIL(sys_fstatat(dfd, "loop", &st, 0), ELOOP, "newfstatat(symlink loop)");
	TST_EXP_FAIL(sys_fstatat(dfd, tst_bad_addr(), &st, 0), EFAULT, "newfstatat(bad path)");
	TST_EXP_FAIL(sys_fstatat(dfd, "file", tst_bad_addr(), 0), EFAULT, "newfstatat(bad buf)");
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(ffd);
	SAFE_CLOSE(pfd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
