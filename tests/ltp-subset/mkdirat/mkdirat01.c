// SPDX-License-Identifier: Apache-2.0
/*
 * mkdirat01 - mkdirat(2).
 *
 * Checks:
 *  - a relative path is created under dirfd (visible through the path of
 *    dirfd, not in the cwd); AT_FDCWD creates in the cwd; an absolute path
 *    ignores dirfd;
 *  - errors: EBADF (bad dirfd, relative path), ENOTDIR (dirfd is a file),
 *    EEXIST, ENOENT, EFAULT, ENAMETOOLONG, EACCES (uid 65534, dirfd's
 *    directory not writable).
 */
#include "tst.h"
#include <grp.h>

static int dfd, ffd;

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	TST_EXP_FAIL(mkdirat(dfd, "sub2", 0755), EACCES, "uid 65534: mkdirat() in a 0555 dirfd");
}

static void run(void)
{
	char abs[4200], longname[300];

	SAFE_MKDIR("d", 0755);
	tst_write_file("f", "x");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	ffd = SAFE_OPEN("f", O_RDONLY);
	snprintf(abs, sizeof(abs), "%s/abs", tst_tmpdir());
	memset(longname, 'a', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';

	TST_EXP_PASS(mkdirat(dfd, "sub", 0755), "mkdirat(dfd, \"sub\")");
	TST_EXP_PASS(access("d/sub", F_OK), "\"d/sub\" exists");
	TST_EXP_FAIL(access("sub", F_OK), ENOENT, "nothing created in the cwd");
	TST_EXP_PASS(mkdirat(AT_FDCWD, "cwdsub", 0755), "mkdirat(AT_FDCWD, \"cwdsub\")");
	TST_EXP_PASS(access("cwdsub", F_OK), "\"cwdsub\" exists");
	TST_EXP_PASS(mkdirat(-1, abs, 0755), "mkdirat(-1, absolute path)");
	TST_EXP_PASS(access("abs", F_OK), "\"abs\" exists");

	TST_EXP_FAIL(mkdirat(-1, "x", 0755), EBADF, "mkdirat(-1, relative)");
	TST_EXP_FAIL(mkdirat(ffd, "x", 0755), ENOTDIR, "mkdirat(file fd)");
	TST_EXP_FAIL(mkdirat(dfd, "sub", 0755), EEXIST, "mkdirat(existing)");
	TST_EXP_FAIL(mkdirat(dfd, "no/x", 0755), ENOENT, "mkdirat(missing parent)");
	TST_EXP_FAIL(mkdirat(dfd, tst_bad_addr(), 0755), EFAULT, "mkdirat(bad path)");
	TST_EXP_FAIL(mkdirat(dfd, longname, 0755), ENAMETOOLONG, "mkdirat(300-byte name)");
	SAFE_CHMOD("d", 0555);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("d", 0755);
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(ffd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
