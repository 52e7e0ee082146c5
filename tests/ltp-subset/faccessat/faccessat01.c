// SPDX-License-Identifier: Apache-2.0
/*
 * faccessat01 - faccessat(2), the original three-argument syscall (raw,
 * so libc's flag emulation is not involved).
 *
 * Checks:
 *  - a relative path is resolved against dirfd; AT_FDCWD uses the cwd; an
 *    absolute path ignores dirfd;
 *  - mode bits are honoured (as uid 65534: W_OK on a 0444 file -> EACCES);
 *  - errors: EBADF (bad dirfd), ENOTDIR (dirfd is a file), ENOENT, EINVAL
 *    (unknown mode bits), EFAULT (bad path).
 */
#include "tst.h"
#include <grp.h>

static int dfd, ffd;

static long sys_faccessat(int dirfd, const char *path, int mode)
{
	return syscall(SYS_faccessat, dirfd, path, mode);
}

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_cases(void)
{
	TST_EXP_PASS(sys_faccessat(dfd, "ro", R_OK), "uid 65534: faccessat(dfd, \"ro\", R_OK)");
	TST_EXP_FAIL(sys_faccessat(dfd, "ro", W_OK), EACCES, "uid 65534: faccessat(dfd, \"ro\", W_OK)");
}

static void run(void)
{
	char abs[4200];

	SAFE_MKDIR("d", 0755);
	tst_write_file("d/f", "x");
	tst_write_file("d/ro", "x");
	SAFE_CHMOD("d/ro", 0444);
	tst_write_file("top", "x");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	ffd = SAFE_OPEN("top", O_RDONLY);
	snprintf(abs, sizeof(abs), "%s/top", tst_tmpdir());

	TST_EXP_PASS(sys_faccessat(dfd, "f", F_OK), "faccessat(dfd, \"f\", F_OK)");
	TST_EXP_FAIL(sys_faccessat(dfd, "top", F_OK), ENOENT, "faccessat(dfd, \"top\"): not in dirfd");
	TST_EXP_PASS(sys_faccessat(AT_FDCWD, "top", R_OK), "faccessat(AT_FDCWD, \"top\")");
	TST_EXP_PASS(sys_faccessat(-1, abs, F_OK), "faccessat(-1, absolute path)");
	TST_EXP_FAIL(sys_faccessat(-1, "f", F_OK), EBADF, "faccessat(-1, relative path)");
	TST_EXP_FAIL(sys_faccessat(ffd, "f", F_OK), ENOTDIR, "faccessat(file fd, \"f\")");
	TST_EXP_FAIL(sys_faccessat(dfd, "f", 0x10), EINVAL, "faccessat(mode 0x10)");
	TST_EXP_FAIL(sys_faccessat(dfd, tst_bad_addr(), F_OK), EFAULT, "faccessat(bad path)");
	tst_as_nobody(nobody_cases);
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(ffd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
