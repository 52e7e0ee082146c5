// SPDX-License-Identifier: Apache-2.0
/*
 * chown01 - chown(2).
 *
 * Checks:
 *  - chown() to the caller's own uid/gid succeeds (always permitted) and
 *    st_uid/st_gid stay those ids; -1/-1 changes nothing;
 *  - chown() follows a symlink (the target's owner is reported);
 *  - chown() of an executable 04755 file clears S_ISUID (Linux clears it
 *    for every caller since 2.2.13);
 *  - errors: ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG, EFAULT, EPERM (uid 65534
 *    giving a file to uid 0), EACCES (uid 65534, path through a directory
 *    without search permission).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];

static const struct tcase {
	const char *path;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "missing", ENOENT, "missing file" },
	{ "f/x", ENOTDIR, "file used as a directory" },
	{ "loop", ELOOP, "symlink loop" },
	{ "L", ENAMETOOLONG, "300-byte component" },
	{ NULL, EFAULT, "bad path pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_cases(void)
{
	TST_EXP_FAIL(chown("f", 0, -1), EPERM, "uid 65534: chown(\"f\", 0, -1)");
	TST_EXP_FAIL(chown("nosearch/f", -1, -1), EACCES, "uid 65534: chown() through a dir without x");
}

static void run(void)
{
	uid_t uid = geteuid();
	gid_t gid = getegid();
	struct stat st;

	tst_write_file("f", "x");
	TST_EXP_PASS(chown("f", uid, gid), "chown(\"f\", %d, %d)", (int)uid, (int)gid);
	TST_EXP_PASS(stat("f", &st), "stat(\"f\")");
	TST_EXP_EXPR(st.st_uid == uid && st.st_gid == gid, "owner is %d:%d", (int)uid, (int)gid);
	TST_EXP_PASS(chown("f", -1, -1), "chown(\"f\", -1, -1)");
	TST_EXP_PASS(stat("f", &st), "stat(\"f\")");
	TST_EXP_EXPR(st.st_uid == uid && st.st_gid == gid, "owner unchanged");

	SAFE_SYMLINK("f", "link");
	TST_EXP_PASS(chown("link", uid, gid), "chown(symlink)");

	SAFE_CHMOD("f", 04755);
	TST_EXP_PASS(chown("f", uid, -1), "chown(04755 file, own uid)");
	TST_EXP_PASS(stat("f", &st), "stat(\"f\")");
	TST_EXP_EXPR(!(st.st_mode & S_ISUID), "S_ISUID cleared (mode now 0%o)", st.st_mode & 07777);
	SAFE_CHMOD("f", 0644);

	SAFE_SYMLINK("loop", "loop");
	memset(longname, 'a', sizeof(longname) - 1);
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(chown(p, uid, gid), cases[i].exp_errno, "chown(%s)", cases[i].desc);
	}

	SAFE_MKDIR("nosearch", 0755);
	tst_write_file("nosearch/f", "x");
	SAFE_CHMOD("nosearch", 0666);
	tst_as_nobody(nobody_cases);
	SAFE_CHMOD("nosearch", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
