// SPDX-License-Identifier: Apache-2.0
/*
 * statx01 - statx(2), via the raw syscall.
 *
 * Checks:
 *  - STATX_BASIC_STATS fills stx_mask with at least type, mode, nlink,
 *    uid, gid, ino and size, and the values match stat();
 *  - AT_SYMLINK_NOFOLLOW reports the symlink; the default follows it;
 *  - AT_EMPTY_PATH with "" stats the fd;
 *  - AT_STATX_FORCE_SYNC and AT_STATX_DONT_SYNC are accepted;
 *  - errors: EINVAL (both sync-type flags; STATX__RESERVED in the mask;
 *    unknown flag), EBADF, ENOTDIR, ENOENT, EFAULT (bad path; bad buf).
 * TCONF if the kernel lacks statx (ENOSYS).
 */
#include "tst.h"
#include <sys/sysmacros.h>
#include <linux/stat.h>

#ifndef STATX__RESERVED
# define STATX__RESERVED 0x80000000U
#endif

static long sys_statx(int dfd, const char *path, int flags, unsigned int mask,
		      struct statx *stx)
{
	return syscall(SYS_statx, dfd, path, flags, mask, stx);
}

static void run(void)
{
	const unsigned int need = STATX_TYPE | STATX_MODE | STATX_NLINK | STATX_UID |
				  STATX_GID | STATX_INO | STATX_SIZE;
	struct statx stx;
	struct stat st;
	int fd;

	tst_write_file("file", "1234567");
	SAFE_SYMLINK("file", "link");
	if (stat("file", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(file)");
	if (sys_statx(AT_FDCWD, "file", 0, STATX_BASIC_STATS, &stx) < 0 && errno == ENOSYS)
		tst_brk(TCONF, "statx() not supported");

	memset(&stx, 0, sizeof(stx));
	TST_EXP_PASS(sys_statx(AT_FDCWD, "file", 0, STATX_BASIC_STATS, &stx),
		     "statx(\"file\", STATX_BASIC_STATS)");
	TST_EXP_EXPR((stx.stx_mask & need) == need, "stx_mask 0x%x has the basic fields", stx.stx_mask);
	TST_EXP_EXPR(S_ISREG(stx.stx_mode) && stx.stx_mode == st.st_mode, "stx_mode matches stat()");
	TST_EXP_EQ(stx.stx_ino, st.st_ino);
	TST_EXP_EQ(stx.stx_size, 7);
	TST_EXP_EQ(stx.stx_nlink, 1);
	TST_EXP_EQ(stx.stx_uid, st.st_uid);
	TST_EXP_EQ(stx.stx_gid, st.st_gid);
	TST_EXP_EQ(makedev(stx.stx_dev_major, stx.stx_dev_minor), st.st_dev);
	TST_EXP_EQ(stx.stx_mtime.tv_sec, st.st_mtim.tv_sec);

	TST_EXP_PASS(sys_statx(AT_FDCWD, "link", AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &stx),
		     "statx(\"link\", AT_SYMLINK_NOFOLLOW)");
	TST_EXP_EXPR(S_ISLNK(stx.stx_mode) && stx.stx_size == 4, "reports the symlink");
	TST_EXP_PASS(sys_statx(AT_FDCWD, "link", 0, STATX_BASIC_STATS, &stx), "statx(\"link\", 0)");
	TST_EXP_EXPR(S_ISREG(stx.stx_mode), "follows the symlink by default");

	fd = SAFE_OPEN("file", O_RDONLY);
	TST_EXP_PASS(sys_statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS, &stx),
		     "statx(fd, \"\", AT_EMPTY_PATH)");
	TST_EXP_EQ(stx.stx_ino, st.st_ino);
	TST_EXP_PASS(sys_statx(fd, "", AT_EMPTY_PATH | AT_STATX_FORCE_SYNC, STATX_SIZE, &stx),
		     "statx(AT_STATX_FORCE_SYNC)");
	TST_EXP_PASS(sys_statx(fd, "", AT_EMPTY_PATH | AT_STATX_DONT_SYNC, STATX_SIZE, &stx),
		     "statx(AT_STATX_DONT_SYNC)");

	TST_EXP_FAIL(sys_statx(AT_FDCWD, "file", AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC,
			       STATX_BASIC_STATS, &stx), EINVAL, "statx(FORCE_SYNC|DONT_SYNC)");
	TST_EXP_FAIL(sys_statx(AT_FDCWD, "file", 0, STATX__RESERVED, &stx), EINVAL,
		     "statx(mask STATX__RESERVED)");
	TST_EXP_FAIL(sys_statx(AT_FDCWD, "file", 0x40000000, STATX_BASIC_STATS, &stx), EINVAL,
		     "statx(unknown flag 0x40000000)");
	TST_EXP_FAIL(sys_statx(-1, "file", 0, STATX_BASIC_STATS, &stx), EBADF, "statx(dirfd -1)");
	TST_EXP_FAIL(sys_statx(fd, "x", 0, STATX_BASIC_STATS, &stx), ENOTDIR, "statx(file dirfd)");
	TST_EXP_FAIL(sys_statx(AT_FDCWD, "missing", 0, STATX_BASIC_STATS, &stx), ENOENT,
		     "statx(missing)");
	TST_EXP_FAIL(sys_statx(AT_FDCWD, tst_bad_addr(), 0, STATX_BASIC_STATS, &stx), EFAULT,
		     "statx(bad path)");
	TST_EXP_FAIL(sys_statx(AT_FDCWD, "file", 0, STATX_BASIC_STATS, tst_bad_addr()), EFAULT,
		     "statx(bad buf)");
	SAFE_CLOSE(fd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
