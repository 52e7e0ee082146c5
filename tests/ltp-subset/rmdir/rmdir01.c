// SPDX-License-Identifier: Apache-2.0
/*
 * rmdir01 - rmdir(2).
 *
 * Checks:
 *  - removes an empty directory; the parent's st_nlink drops by one (when
 *    the filesystem counts subdirectories);
 *  - errors: ENOTEMPTY (directory with a file), ENOTDIR (a regular file; a
 *    symlink to a directory), EINVAL (last component "."), ENOENT, ELOOP,
 *    ENAMETOOLONG, EFAULT, EACCES (uid 65534, parent not writable).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];

static const struct tcase {
	const char *path;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "full", ENOTEMPTY, "non-empty directory" },
	{ "file", ENOTDIR, "a regular file" },
	{ "dirlink", ENOTDIR, "a symlink to a directory" },
	{ "full/.", EINVAL, "path ending in \".\"" },
	{ "missing", ENOENT, "missing directory" },
	{ "loop/x", ELOOP, "symlink loop" },
	{ "L", ENAMETOOLONG, "300-byte component" },
	{ NULL, EFAULT, "bad path pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	TST_EXP_FAIL(rmdir("ro/sub"), EACCES, "uid 65534: rmdir() in a 0555 directory");
}

static void run(void)
{
	struct stat before, after;

	SAFE_MKDIR("empty", 0755);
	if (stat(".", &before) < 0)
		tst_brk(TBROK | TERRNO, "stat(.)");
	TST_EXP_PASS(rmdir("empty"), "rmdir(\"empty\")");
	TST_EXP_FAIL(access("empty", F_OK), ENOENT, "directory is gone");
	if (stat(".", &after) < 0)
		tst_brk(TBROK | TERRNO, "stat(.)");
	if (before.st_nlink > 2)
		TST_EXP_EQ(after.st_nlink, before.st_nlink - 1);

	SAFE_MKDIR("full", 0755);
	tst_write_file("full/f", "x");
	tst_write_file("file", "x");
	SAFE_SYMLINK("full", "dirlink");
	SAFE_SYMLINK("loop", "loop");
	memset(longname, 'a', sizeof(longname) - 1);
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(rmdir(p), cases[i].exp_errno, "rmdir(%s)", cases[i].desc);
	}

	SAFE_MKDIR("ro", 0755);
	SAFE_MKDIR("ro/sub", 0755);
	SAFE_CHMOD("ro", 0555);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("ro", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
