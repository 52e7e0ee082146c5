// SPDX-License-Identifier: Apache-2.0
/*
 * chdir01 - chdir(2).
 *
 * Checks:
 *  - chdir() to a subdirectory changes where relative paths resolve and
 *    what getcwd() reports; ".." goes back; a symlink to a directory is
 *    followed (getcwd() reports the real path);
 *  - errors: ENOENT, ENOTDIR (a file; a file used as a directory), ELOOP,
 *    ENAMETOOLONG, EFAULT, EACCES (uid 65534, directory without search
 *    permission).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];

static const struct tcase {
	const char *path;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "missing", ENOENT, "missing directory" },
	{ "f", ENOTDIR, "a regular file" },
	{ "f/x", ENOTDIR, "file used as a directory" },
	{ "loop", ELOOP, "symlink loop" },
	{ "L", ENAMETOOLONG, "300-byte component" },
	{ NULL, EFAULT, "bad path pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	TST_EXP_FAIL(chdir("nosearch"), EACCES, "uid 65534: chdir() to a 0666 directory");
}

static void run(void)
{
	char cwd[4200], exp[4200];

	SAFE_MKDIR("sub", 0755);
	tst_write_file("sub/inner", "x");
	SAFE_SYMLINK("sub", "sublink");
	snprintf(exp, sizeof(exp), "%s/sub", tst_tmpdir());

	TST_EXP_PASS(chdir("sub"), "chdir(\"sub\")");
	TST_EXP_PASS(access("inner", F_OK), "relative paths resolve in sub");
	TST_EXP_EXPR(getcwd(cwd, sizeof(cwd)) && !strcmp(cwd, exp), "getcwd() is \"%s\"", exp);
	TST_EXP_PASS(chdir(".."), "chdir(\"..\")");
	TST_EXP_EXPR(getcwd(cwd, sizeof(cwd)) && !strcmp(cwd, tst_tmpdir()), "back in the tmpdir");
	TST_EXP_PASS(chdir("sublink"), "chdir(symlink to sub)");
	TST_EXP_EXPR(getcwd(cwd, sizeof(cwd)) && !strcmp(cwd, exp), "getcwd() is the real path");
	if (chdir(tst_tmpdir()) < 0)
		tst_brk(TBROK | TERRNO, "chdir(tmpdir)");

	tst_write_file("f", "x");
	SAFE_SYMLINK("loop", "loop");
	memset(longname, 'a', sizeof(longname) - 1);
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(chdir(p), cases[i].exp_errno, "chdir(%s)", cases[i].desc);
	}

	SAFE_MKDIR("nosearch", 0666);
	SAFE_CHMOD("nosearch", 0666);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("nosearch", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
