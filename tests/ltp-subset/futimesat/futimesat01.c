// SPDX-License-Identifier: Apache-2.0
/*
 * futimesat01 - futimesat(2) (obsolete, still in the x86_64 table), raw.
 *
 * Checks:
 *  - a relative path is resolved against dirfd; AT_FDCWD uses the cwd;
 *  - NULL times sets now;
 *  - errors: EBADF (bad dirfd), ENOTDIR (dirfd is a file), ENOENT, EINVAL
 *    (tv_usec out of range), EFAULT (bad times).
 */
#include "tst.h"
#include <sys/time.h>

static long sys_futimesat(int dfd, const char *path, const struct timeval *tv)
{
	return syscall(SYS_futimesat, dfd, path, tv);
}

static void run(void)
{
	struct timeval tv[2] = { { 1111111111, 0 }, { 1222222222, 0 } };
	struct stat st;
	int dfd, ffd;

	SAFE_MKDIR("d", 0755);
	tst_write_file("d/f", "x");
	tst_write_file("top", "x");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	ffd = SAFE_OPEN("top", O_RDONLY);

	TST_EXP_PASS(sys_futimesat(dfd, "f", tv), "futimesat(dfd, \"f\", tv)");
	if (stat("d/f", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(d/f)");
	TST_EXP_EXPR(st.st_atime == 1111111111 && st.st_mtime == 1222222222, "d/f times set");
	TST_EXP_PASS(sys_futimesat(AT_FDCWD, "top", tv), "futimesat(AT_FDCWD, \"top\", tv)");
	if (stat("top", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(top)");
	TST_EXP_EQ(st.st_mtime, 1222222222);
	TST_EXP_PASS(sys_futimesat(dfd, "f", NULL), "futimesat(dfd, \"f\", NULL)");
	if (stat("d/f", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(d/f)");
	TST_EXP_EXPR(st.st_mtime > 1222222222, "NULL set the time to now");

	TST_EXP_FAIL(sys_futimesat(-1, "f", tv), EBADF, "futimesat(dirfd -1)");
	TST_EXP_FAIL(sys_futimesat(ffd, "f", tv), ENOTDIR, "futimesat(file fd)");
	TST_EXP_FAIL(sys_futimesat(dfd, "missing", tv), ENOENT, "futimesat(missing)");
	tv[1].tv_usec = 2000000;
	TST_EXP_FAIL(sys_futimesat(dfd, "f", tv), EINVAL, "futimesat(tv_usec 2000000)");
	TST_EXP_FAIL(sys_futimesat(dfd, "f", tst_bad_addr()), EFAULT, "futimesat(bad times)");
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(ffd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
