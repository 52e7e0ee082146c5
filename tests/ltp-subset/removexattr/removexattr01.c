// SPDX-License-Identifier: Apache-2.0
/*
 * removexattr01 - removexattr(2).
 *
 * Checks:
 *  - removes an attribute: getxattr() then gives ENODATA and it leaves the
 *    list; the other attribute stays;
 *  - removexattr() follows a symlink;
 *  - errors: ENODATA (missing name), ENOENT, EFAULT (bad name), EACCES (uid
 *    65534 on a foreign 0644 file; TCONF when it owns it).
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
	struct stat st;

	if (stat("ro", &st) < 0 || st.st_uid == geteuid())
		tst_res(TCONF, "\"ro\" is owned by uid 65534: no foreign file");
	else
		TST_EXP_FAIL(removexattr("ro", "user.a"), EACCES,
			     "uid 65534: removexattr() on a foreign 0644 file");
}

static void run(void)
{
	char buf[64];

	require_user_xattr();
	tst_write_file("f", "x");
	SAFE_SYMLINK("f", "link");
	if (setxattr("f", "user.a", "1", 1, 0) < 0 || setxattr("f", "user.b", "2", 1, 0) < 0)
		tst_brk(TBROK | TERRNO, "setxattr(f)");

	TST_EXP_PASS(removexattr("f", "user.a"), "removexattr(\"f\", \"user.a\")");
	TST_EXP_FAIL(getxattr("f", "user.a", buf, sizeof(buf)), ENODATA, "user.a is gone");
	TST_EXP_VAL(getxattr("f", "user.b", buf, sizeof(buf)), 1, "user.b stays");
	TST_EXP_PASS(removexattr("link", "user.b"), "removexattr(symlink, \"user.b\")");
	TST_EXP_FAIL(getxattr("f", "user.b", buf, sizeof(buf)), ENODATA, "removed from the target");
	TST_EXP_FAIL(removexattr("f", "user.a"), ENODATA, "removexattr(missing name)");
	TST_EXP_FAIL(removexattr("missing", "user.a"), ENOENT, "removexattr(missing file)");
	TST_EXP_FAIL(removexattr("f", tst_bad_addr()), EFAULT, "removexattr(bad name)");

	tst_write_file("ro", "x");
	SAFE_CHMOD("ro", 0644);
	if (setxattr("ro", "user.a", "1", 1, 0) < 0)
		tst_brk(TBROK | TERRNO, "setxattr(ro)");
	tst_as_nobody(nobody_case);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
