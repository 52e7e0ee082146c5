// SPDX-License-Identifier: Apache-2.0
/*
 * lsetxattr01 - lsetxattr(2).
 *
 * Checks:
 *  - on a regular file it behaves like setxattr() (value read back);
 *  - on a symlink it does not follow: user.* attributes are not permitted
 *    on symlinks, so it fails with EPERM and the target is unchanged;
 *  - errors: EEXIST (XATTR_CREATE), EINVAL (unknown flags), ENOENT.
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

	require_user_xattr();
	tst_write_file("f", "x");
	SAFE_SYMLINK("f", "link");

	TST_EXP_PASS(lsetxattr("f", "user.a", "val", 3, 0), "lsetxattr(\"f\", \"user.a\")");
	TST_EXP_VAL(getxattr("f", "user.a", buf, sizeof(buf)), 3, "value read back");
	TST_EXP_FAIL(lsetxattr("link", "user.b", "val", 3, 0), EPERM, "lsetxattr(symlink, user.*)");
	TST_EXP_FAIL(getxattr("f", "user.b", buf, sizeof(buf)), ENODATA, "target not touched");
	TST_EXP_FAIL(lsetxattr("f", "user.a", "v", 1, XATTR_CREATE), EEXIST, "lsetxattr(XATTR_CREATE, existing)");
	TST_EXP_FAIL(lsetxattr("f", "user.a", "v", 1, 0x8), EINVAL, "lsetxattr(flags 0x8)");
	TST_EXP_FAIL(lsetxattr("missing", "user.a", "v", 1, 0), ENOENT, "lsetxattr(missing file)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
