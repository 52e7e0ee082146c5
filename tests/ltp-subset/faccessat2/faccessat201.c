// SPDX-License-Identifier: Apache-2.0
/*
 * faccessat201 - faccessat2(2) (Linux 5.8), via the raw syscall.
 *
 * Checks:
 *  - flags 0 behaves like faccessat();
 *  - AT_SYMLINK_NOFOLLOW checks a dangling symlink itself (F_OK passes,
 *    while the default follows it and gives ENOENT);
 *  - AT_EMPTY_PATH with "" checks dirfd itself;
 *  - AT_EACCESS is accepted (effective ids, equal to real ids here);
 *  - errors: EINVAL (unknown flag; unknown mode bit), EBADF, ENOENT ("" without
 *    AT_EMPTY_PATH), EACCES (uid 65534, W_OK on a 0444 file, also with
 *    AT_EACCESS).
 * TCONF when the kernel lacks faccessat2 (ENOSYS).
 */
#include "tst.h"
#include <grp.h>

#ifndef SYS_faccessat2
# define SYS_faccessat2 439
#endif

static long sys_faccessat2(int dirfd, const char *path, int mode, int flags)
{
	return syscall(SYS_faccessat2, dirfd, path, mode, flags);
}

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_cases(void)
{
	TST_EXP_FAIL(sys_faccessat2(AT_FDCWD, "ro", W_OK, 0), EACCES, "uid 65534: W_OK on a 0444 file");
	TST_EXP_FAIL(sys_faccessat2(AT_FDCWD, "ro", W_OK, AT_EACCESS), EACCES,
		     "uid 65534: W_OK, AT_EACCESS on a 0444 file");
	TST_EXP_PASS(sys_faccessat2(AT_FDCWD, "ro", R_OK, AT_EACCESS),
		     "uid 65534: R_OK, AT_EACCESS on a 0444 file");
}

static void run(void)
{
	int fd;

	tst_write_file("f", "x");
	tst_write_file("ro", "x");
	SAFE_CHMOD("ro", 0444);
	SAFE_SYMLINK("nowhere", "dangling");
	if (sys_faccessat2(AT_FDCWD, "f", F_OK, 0) < 0 && errno == ENOSYS)
		tst_brk(TCONF, "faccessat2() not supported");

	TST_EXP_PASS(sys_faccessat2(AT_FDCWD, "f", R_OK | W_OK, 0), "faccessat2(\"f\", R_OK|W_OK, 0)");
	TST_EXP_FAIL(sys_faccessat2(AT_FDCWD, "dangling", F_OK, 0), ENOENT,
		     "faccessat2(dangling symlink, 0)");
	TST_EXP_PASS(sys_faccessat2(AT_FDCWD, "dangling", F_OK, AT_SYMLINK_NOFOLLOW),
		     "faccessat2(dangling symlink, AT_SYMLINK_NOFOLLOW)");
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_PASS(sys_faccessat2(fd, "", R_OK, AT_EMPTY_PATH), "faccessat2(fd, \"\", AT_EMPTY_PATH)");
	TST_EXP_FAIL(sys_faccessat2(fd, "", R_OK, 0), ENOENT, "faccessat2(fd, \"\", 0)");
	TST_EXP_PASS(sys_faccessat2(AT_FDCWD, "f", R_OK, AT_EACCESS), "faccessat2(AT_EACCESS)");
	TST_EXP_FAIL(sys_faccessat2(AT_FDCWD, "f", F_OK, 0x1), EINVAL, "faccessat2(flags 0x1)");
	TST_EXP_FAIL(sys_faccessat2(AT_FDCWD, "f", 0x10, 0), EINVAL, "faccessat2(mode 0x10)");
	TST_EXP_FAIL(sys_faccessat2(-1, "f", F_OK, 0), EBADF, "faccessat2(dirfd -1)");
	SAFE_CLOSE(fd);
	tst_as_nobody(nobody_cases);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
