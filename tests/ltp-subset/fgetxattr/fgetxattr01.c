// SPDX-License-Identifier: Apache-2.0
/*
 * fgetxattr01 - fgetxattr(2).
 *
 * Checks:
 *  - reads a value through an fd, also after the file is unlinked; size 0
 *    returns the size;
 *  - errors: ERANGE (small buffer), ENODATA (missing name), EBADF (closed
 *    fd), EFAULT (bad buffer).
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
	int fd;

	require_user_xattr();
	tst_write_file("f", "x");
	if (setxattr("f", "user.k", "abcd", 4, 0) < 0)
		tst_brk(TBROK | TERRNO, "setxattr(f)");
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_VAL(fgetxattr(fd, "user.k", buf, sizeof(buf)), 4, "fgetxattr(fd, \"user.k\")");
	TST_EXP_EXPR(!memcmp(buf, "abcd", 4), "value is \"abcd\"");
	TST_EXP_VAL(fgetxattr(fd, "user.k", NULL, 0), 4, "fgetxattr(size 0)");
	SAFE_UNLINK("f");
	TST_EXP_VAL(fgetxattr(fd, "user.k", buf, sizeof(buf)), 4, "fgetxattr() after unlink");
	TST_EXP_FAIL(fgetxattr(fd, "user.k", buf, 1), ERANGE, "fgetxattr(1-byte buffer)");
	TST_EXP_FAIL(fgetxattr(fd, "user.none", buf, sizeof(buf)), ENODATA, "fgetxattr(missing name)");
	TST_EXP_FAIL(fgetxattr(fd, "user.k", tst_bad_addr(), sizeof(buf)), EFAULT, "fgetxattr(bad buffer)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(fgetxattr(fd, "user.k", buf, sizeof(buf)), EBADF, "fgetxattr(closed fd)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
