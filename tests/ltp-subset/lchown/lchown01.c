// SPDX-License-Identifier: Apache-2.0
/*
 * lchown01 - lchown(2).
 *
 * Checks:
 *  - lchown() of a symlink (also a dangling one) to the caller's ids
 *    succeeds and reports them through lstat();
 *  - lchown() of a regular file behaves like chown();
 *  - errors: ENOENT, ENOTDIR, ELOOP (loop in a leading component),
 *    ENAMETOOLONG, EFAULT, EPERM (uid 65534 giving a symlink to uid 0).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_case(void)
{
	TST_EXP_FAIL(lchown("link", 0, -1), EPERM, "uid 65534: lchown(symlink, 0, -1)");
}

static void run(void)
{
	uid_t uid = geteuid();
	gid_t gid = getegid();
	struct stat st;

	tst_write_file("f", "x");
	SAFE_SYMLINK("f", "link");
	SAFE_SYMLINK("nowhere", "dangling");
	SAFE_SYMLINK("loop", "loop");

	TST_EXP_PASS(lchown("link", uid, gid), "lchown(symlink)");
	TST_EXP_PASS(lstat("link", &st), "lstat(\"link\")");
	TST_EXP_EXPR(S_ISLNK(st.st_mode) && st.st_uid == uid && st.st_gid == gid,
		     "symlink owned by %d:%d", (int)uid, (int)gid);
	TST_EXP_PASS(lchown("dangling", uid, -1), "lchown(dangling symlink)");
	TST_EXP_PASS(lchown("f", uid, gid), "lchown(regular file)");

	memset(longname, 'a', sizeof(longname) - 1);
	TST_EXP_FAIL(lchown("missing", uid, gid), ENOENT, "lchown(missing)");
	TST_EXP_FAIL(lchown("f/x", uid, gid), ENOTDIR, "lchown(file used as a directory)");
	TST_EXP_FAIL(lchown("loop/x", uid, gid), ELOOP, "lchown(loop in a leading component)");
	TST_EXP_PASS(lchown("loop", uid, gid), "lchown(the looping symlink itself)");
	TST_EXP_FAIL(lchown(longname, uid, gid), ENAMETOOLONG, "lchown(300-byte component)");
	TST_EXP_FAIL(lchown(tst_bad_addr(), uid, gid), EFAULT, "lchown(bad path)");
	tst_as_nobody(nobody_case);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
