// SPDX-License-Identifier: Apache-2.0
/*
 * setxattr01 - setxattr(2) in the user.* namespace.
 *
 * Checks:
 *  - sets a value that getxattr() reads back; an empty value is allowed;
 *  - flags 0 replaces an existing value;
 *  - XATTR_CREATE on an existing name: EEXIST; XATTR_REPLACE on a missing
 *    name: ENODATA;
 *  - setxattr() follows a symlink (sets the target's attribute);
 *  - errors: EINVAL (unknown flag bit), ERANGE (a
 *    256-byte name; empty name), EOPNOTSUPP (unknown namespace "foo."),
 *    ENOENT, ENOTDIR, EFAULT (bad name; bad value), EACCES (uid 65534 on a
 *    foreign 0644 file; TCONF when it owns it).
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
		TST_EXP_FAIL(setxattr("ro", "user.a", "v", 1, 0), EACCES,
			     "uid 65534: setxattr() on a foreign 0644 file");
}

static void run(void)
{
	char buf[64], name[300] = "user.";
	long n;

	require_user_xattr();
	tst_write_file("f", "x");
	SAFE_SYMLINK("f", "link");

	TST_EXP_PASS(setxattr("f", "user.a", "value1", 6, 0), "setxattr(\"f\", \"user.a\", \"value1\")");
	n = getxattr("f", "user.a", buf, sizeof(buf));
	TST_EXP_EXPR(n == 6 && !memcmp(buf, "value1", 6), "getxattr() reads \"value1\"");
	TST_EXP_PASS(setxattr("f", "user.a", "v2", 2, 0), "setxattr() replaces with flags 0");
	n = getxattr("f", "user.a", buf, sizeof(buf));
	TST_EXP_EXPR(n == 2 && !memcmp(buf, "v2", 2), "value is now \"v2\"");
	TST_EXP_PASS(setxattr("f", "user.empty", "", 0, 0), "setxattr(empty value)");
	TST_EXP_VAL(getxattr("f", "user.empty", buf, sizeof(buf)), 0, "empty value has size 0");
	TST_EXP_FAIL(setxattr("f", "user.a", "x", 1, XATTR_CREATE), EEXIST, "XATTR_CREATE on an existing name");
	TST_EXP_FAIL(setxattr("f", "user.new", "x", 1, XATTR_REPLACE), ENODATA, "XATTR_REPLACE on a missing name");
	TST_EXP_PASS(setxattr("f", "user.new", "x", 1, XATTR_CREATE), "XATTR_CREATE on a missing name");
	TST_EXP_PASS(setxattr("f", "user.new", "y", 1, XATTR_REPLACE), "XATTR_REPLACE on an existing name");
	TST_EXP_PASS(setxattr("link", "user.vialink", "z", 1, 0), "setxattr(symlink)");
	TST_EXP_VAL(getxattr("f", "user.vialink", buf, sizeof(buf)), 1, "attribute landed on the target");

	memset(name + 5, 'n', 251);
	TST_EXP_FAIL(setxattr("f", "user.a", "x", 1, 0x4), EINVAL, "setxattr(flags 0x4)");
	TST_EXP_FAIL(setxattr("f", name, "x", 1, 0), ERANGE, "setxattr(256-byte name)");
	TST_EXP_FAIL(setxattr("f", "", "x", 1, 0), ERANGE, "setxattr(empty name)");
	TST_EXP_FAIL(setxattr("f", "foo.bar", "x", 1, 0), EOPNOTSUPP, "setxattr(namespace \"foo.\")");
	TST_EXP_FAIL(setxattr("missing", "user.a", "x", 1, 0), ENOENT, "setxattr(missing file)");
	TST_EXP_FAIL(setxattr("f/x", "user.a", "x", 1, 0), ENOTDIR, "setxattr(file used as a directory)");
	TST_EXP_FAIL(setxattr("f", tst_bad_addr(), "x", 1, 0), EFAULT, "setxattr(bad name)");
	TST_EXP_FAIL(setxattr("f", "user.a", tst_bad_addr(), 1, 0), EFAULT, "setxattr(bad value)");

	tst_write_file("ro", "x");
	SAFE_CHMOD("ro", 0644);
	tst_as_nobody(nobody_case);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
