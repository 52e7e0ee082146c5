// SPDX-License-Identifier: Apache-2.0
/*
 * chmod01 - chmod(2).
 *
 * Checks:
 *  - each mode in a table (0, 0400, 0644, 0777, 01777, 02755, 04755) is
 *    stored exactly on a file the caller owns (umask does not apply);
 *  - chmod() follows a symlink and changes the target;
 *  - errors: ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG, EFAULT, EPERM (uid 65534
 *    on a file it does not own; TCONF when the file is its own), EACCES
 *    (uid 65534, path through a directory without search permission).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];
static const mode_t modes[] = { 0, 0400, 0644, 0777, 01777, 02755, 04755 };

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
	struct stat st;

	if (stat("f", &st) == 0 && st.st_uid != geteuid())
		TST_EXP_FAIL(chmod("f", 0600), EPERM, "uid 65534: chmod() of another user's file");
	else
		tst_res(TCONF, "\"f\" is owned by uid 65534: no foreign file for EPERM");
	TST_EXP_FAIL(chmod("nosearch/f", 0600), EACCES, "uid 65534: chmod() through a dir without x");
}

static void run(void)
{
	struct stat st;

	umask(077);
	tst_write_file("f", "x");
	for (unsigned int i = 0; i < ARRAY_SIZE(modes); i++) {
		TST_EXP_PASS(chmod("f", modes[i]), "chmod(\"f\", 0%o)", modes[i]);
		if (stat("f", &st) < 0)
			tst_brk(TBROK | TERRNO, "stat(f)");
		TST_EXP_EXPR((st.st_mode & 07777) == modes[i], "mode is 0%o (got 0%o)",
			     modes[i], st.st_mode & 07777);
	}
	SAFE_SYMLINK("f", "link");
	TST_EXP_PASS(chmod("link", 0640), "chmod(symlink, 0640)");
	if (stat("f", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(f)");
	TST_EXP_EQ(st.st_mode & 07777, 0640);
	umask(0);

	SAFE_SYMLINK("loop", "loop");
	memset(longname, 'a', sizeof(longname) - 1);
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(chmod(p, 0644), cases[i].exp_errno, "chmod(%s)", cases[i].desc);
	}

	SAFE_MKDIR("nosearch", 0755);
	tst_write_file("nosearch/f", "x");
	SAFE_CHMOD("nosearch", 0666);
	tst_as_nobody(nobody_cases);
	SAFE_CHMOD("nosearch", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
