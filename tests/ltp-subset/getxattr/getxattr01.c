// SPDX-License-Identifier: Apache-2.0
/*
 * getxattr01 - getxattr(2) in the user.* namespace.
 *
 * Checks:
 *  - returns the value and its size; size 0 returns the size without
 *    copying;
 *  - getxattr() follows a symlink;
 *  - errors: ERANGE (buffer too small), ENODATA (missing name), ENOENT,
 *    EFAULT (bad buffer), EACCES (uid 65534, path through a directory
 *    without search permission).
 * TCONF when the tmpdir's filesystem has no user xattrs.
 */
#include "tst.h"
#include <grp.h>
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

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_case(void)
{
	char buf[16];

	TST_EXP_FAIL(getxattr("nosearch/f", "user.a", buf, sizeof(buf)), EACCES,
		     "uid 65534: getxattr() through a dir without x");
}

static void run(void)
{
	char buf[64];

	require_user_xattr();
	tst_write_file("f", "x");
	SAFE_SYMLINK("f", "link");
	if (setxattr("f", "user.k", "hello", 5, 0) < 0)
		tst_brk(TBROK | TERRNO, "setxattr(f)");

	memset(buf, 0, sizeof(buf));
	TST_EXP_VAL(getxattr("f", "user.k", buf, sizeof(buf)), 5, "getxattr(\"f\", \"user.k\")");
	TST_EXP_EXPR(!memcmp(buf, "hello", 5), "value is \"hello\"");
	TST_EXP_VAL(getxattr("f", "user.k", NULL, 0), 5, "getxattr(size 0) returns the size");
	TST_EXP_VAL(getxattr("link", "user.k", buf, sizeof(buf)), 5, "getxattr(symlink) follows it");
	TST_EXP_FAIL(getxattr("f", "user.k", buf, 4), ERANGE, "getxattr(4-byte buffer)");
	TST_EXP_FAIL(getxattr("f", "user.none", buf, sizeof(buf)), ENODATA, "getxattr(missing name)");
	TST_EXP_FAIL(getxattr("missing", "user.k", buf, sizeof(buf)), ENOENT, "getxattr(missing file)");
	TST_EXP_FAIL(getxattr("f", "user.k", tst_bad_addr(), sizeof(buf)), EFAULT, "getxattr(bad buffer)");

	SAFE_MKDIR("nosearch", 0755);
	tst_write_file("nosearch/f", "x");
	SAFE_CHMOD("nosearch", 0666);
	tst_as_nobody(nobody_case);
	SAFE_CHMOD("nosearch", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
