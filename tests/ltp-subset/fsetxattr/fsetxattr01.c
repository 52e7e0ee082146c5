// SPDX-License-Identifier: Apache-2.0
/*
 * fsetxattr01 - fsetxattr(2).
 *
 * Checks:
 *  - sets a value through an fd (an O_RDONLY fd is enough for the owner),
 *    visible through getxattr() on the path; XATTR_CREATE / XATTR_REPLACE
 *    semantics hold;
 *  - works on a directory fd;
 *  - errors: EBADF (closed fd; O_PATH fd), EEXIST, ENODATA, EINVAL
 *    (unknown flags), ERANGE (empty name).
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
	int fd, dfd, pfd;

	require_user_xattr();
	tst_write_file("f", "x");
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_PASS(fsetxattr(fd, "user.a", "fdval", 5, 0), "fsetxattr(fd, \"user.a\")");
	TST_EXP_VAL(getxattr("f", "user.a", buf, sizeof(buf)), 5, "visible via the path");
	TST_EXP_FAIL(fsetxattr(fd, "user.a", "x", 1, XATTR_CREATE), EEXIST, "fsetxattr(XATTR_CREATE, existing)");
	TST_EXP_FAIL(fsetxattr(fd, "user.z", "x", 1, XATTR_REPLACE), ENODATA, "fsetxattr(XATTR_REPLACE, missing)");
	TST_EXP_FAIL(fsetxattr(fd, "user.a", "x", 1, 0x10), EINVAL, "fsetxattr(flags 0x10)");
	TST_EXP_FAIL(fsetxattr(fd, "", "x", 1, 0), ERANGE, "fsetxattr(empty name)");
	dfd = SAFE_OPEN(".", O_RDONLY | O_DIRECTORY);
	TST_EXP_PASS(fsetxattr(dfd, "user.dir", "d", 1, 0), "fsetxattr(directory fd)");
	SAFE_CLOSE(dfd);
	pfd = SAFE_OPEN("f", O_PATH);
	TST_EXP_FAIL(fsetxattr(pfd, "user.p", "x", 1, 0), EBADF, "fsetxattr(O_PATH fd)");
	SAFE_CLOSE(pfd);
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(fsetxattr(fd, "user.a", "x", 1, 0), EBADF, "fsetxattr(closed fd)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
