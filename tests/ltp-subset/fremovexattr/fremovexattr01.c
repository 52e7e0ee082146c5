// SPDX-License-Identifier: Apache-2.0
/*
 * fremovexattr01 - fremovexattr(2).
 *
 * Checks:
 *  - removes an attribute through an fd (getxattr() on the path then gives
 *    ENODATA);
 *  - errors: ENODATA (missing name), EBADF (closed fd; O_PATH fd), EFAULT
 *    (bad name).
 * TCONF when the tmpdir's filesystem has no user xattrs.
 */
#include "tst.h"
#include <sys/xattr.h>

/* TCONF unless the tmpdir's filesystem takes user.* xattrs. */
static void require_user_xattr(void)
{
	tst_write_file("probe", "x");
	if (setxattr("probe", "user.probe", "1", 1, 0) < 0) {
		if (errno == EOPNOTSUPP || errno == EPERM)
			tst_brk(TCONF | TERRNO, "user.* xattrs not supported in the tmpdir");
		tst_brk(TBROK | TERRNO, "setxattr(probe)");
	}
}

static void run(void)
{
	char buf[16];
	int fd, pfd;

	require_user_xattr();
	tst_write_file("f", "x");
	if (setxattr("f", "user.r", "1", 1, 0) < 0)
		tst_brk(TBROK | TERRNO, "setxattr(f)");
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_PASS(fremovexattr(fd, "user.r"), "fremovexattr(fd, \"user.r\")");
	TST_EXP_FAIL(getxattr("f", "user.r", buf, sizeof(buf)), ENODATA, "user.r is gone");
	TST_EXP_FAIL(fremovexattr(fd, "user.r"), ENODATA, "fremovexattr(missing name)");
	TST_EXP_FAIL(fremovexattr(fd, tst_bad_addr()), EFAULT, "fremovexattr(bad name)");
	pfd = SAFE_OPEN("f", O_PATH);
	TST_EXP_FAIL(fremovexattr(pfd, "user.r"), EBADF, "fremovexattr(O_PATH fd)");
	SAFE_CLOSE(pfd);
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(fremovexattr(fd, "user.r"), EBADF, "fremovexattr(closed fd)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
