// SPDX-License-Identifier: Apache-2.0
/*
 * fchdir01 - fchdir(2).
 *
 * Checks:
 *  - fchdir() to a directory fd (O_RDONLY and O_PATH) moves the cwd there;
 *  - fchdir() back to an fd of the old cwd restores it;
 *  - errors: EBADF (closed fd), ENOTDIR (a regular file fd), EACCES (uid
 *    65534, fd of a directory without search permission).
 */
#include "tst.h"
#include <grp.h>

static int nsfd;

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	TST_EXP_FAIL(fchdir(nsfd), EACCES, "uid 65534: fchdir() to a 0666 directory");
}

static void run(void)
{
	char cwd[4200], exp[4200];
	int top, sub, psub, ffd;

	SAFE_MKDIR("sub", 0755);
	tst_write_file("f", "x");
	snprintf(exp, sizeof(exp), "%s/sub", tst_tmpdir());
	top = SAFE_OPEN(".", O_RDONLY | O_DIRECTORY);
	sub = SAFE_OPEN("sub", O_RDONLY | O_DIRECTORY);
	psub = SAFE_OPEN("sub", O_PATH | O_DIRECTORY);
	ffd = SAFE_OPEN("f", O_RDONLY);

	TST_EXP_PASS(fchdir(sub), "fchdir(sub)");
	TST_EXP_EXPR(getcwd(cwd, sizeof(cwd)) && !strcmp(cwd, exp), "cwd is sub");
	TST_EXP_PASS(fchdir(top), "fchdir(old cwd)");
	TST_EXP_EXPR(getcwd(cwd, sizeof(cwd)) && !strcmp(cwd, tst_tmpdir()), "cwd restored");
	TST_EXP_PASS(fchdir(psub), "fchdir(O_PATH fd of sub)");
	TST_EXP_EXPR(getcwd(cwd, sizeof(cwd)) && !strcmp(cwd, exp), "cwd is sub");
	TST_EXP_PASS(fchdir(top), "fchdir(old cwd)");

	TST_EXP_FAIL(fchdir(ffd), ENOTDIR, "fchdir(regular file fd)");
	SAFE_CLOSE(ffd);
	TST_EXP_FAIL(fchdir(ffd), EBADF, "fchdir(closed fd)");

	SAFE_MKDIR("nosearch", 0755);
	nsfd = SAFE_OPEN("nosearch", O_RDONLY | O_DIRECTORY);
	SAFE_CHMOD("nosearch", 0666);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("nosearch", 0755);
	SAFE_CLOSE(nsfd);
	SAFE_CLOSE(top);
	SAFE_CLOSE(sub);
	SAFE_CLOSE(psub);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
