// SPDX-License-Identifier: Apache-2.0
/*
 * access01 - access(2).
 *
 * Checks:
 *  - F_OK on an existing file, R_OK|W_OK on a mode-0600 file the caller
 *    owns, X_OK on a mode-0700 file;
 *  - as uid 65534 (not the owner, mode bits decide): R_OK on a 0444 file
 *    passes, W_OK on it fails with EACCES, X_OK on a 0644 file fails with
 *    EACCES, F_OK through a directory without search permission fails
 *    with EACCES;
 *  - X_OK on a file with no execute bit at all fails with EACCES for every
 *    caller, root included;
 *  - errors: ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG, EFAULT, EINVAL (mode
 *    with unknown bits).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];

static const struct tcase {
	const char *path;
	int mode;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "rw", F_OK, 0, "F_OK" },
	{ "rw", R_OK | W_OK, 0, "R_OK|W_OK on an owned 0600 file" },
	{ "x", X_OK, 0, "X_OK on a 0700 file" },
	{ "rw", X_OK, EACCES, "X_OK on a file without any x bit" },
	{ "missing", F_OK, ENOENT, "missing file" },
	{ "rw/x", F_OK, ENOTDIR, "file used as a directory" },
	{ "loop", F_OK, ELOOP, "symlink loop" },
	{ "L", F_OK, ENAMETOOLONG, "300-byte component" },
	{ NULL, F_OK, EFAULT, "bad path pointer" },
	{ "rw", 0x100, EINVAL, "mode 0x100" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_cases(void)
{
	TST_EXP_PASS(access("ro", R_OK), "uid 65534: R_OK on a 0444 file");
	TST_EXP_FAIL(access("ro", W_OK), EACCES, "uid 65534: W_OK on a 0444 file");
	TST_EXP_FAIL(access("noexec", X_OK), EACCES, "uid 65534: X_OK on a 0644 file");
	TST_EXP_FAIL(access("nosearch/f", F_OK), EACCES, "uid 65534: F_OK through a dir without x");
}

static void run(void)
{
	tst_write_file("rw", "x");
	SAFE_CHMOD("rw", 0600);
	tst_write_file("x", "x");
	SAFE_CHMOD("x", 0700);
	tst_write_file("ro", "x");
	SAFE_CHMOD("ro", 0444);
	tst_write_file("noexec", "x");
	SAFE_CHMOD("noexec", 0644);
	SAFE_SYMLINK("loop", "loop");
	SAFE_MKDIR("nosearch", 0755);
	tst_write_file("nosearch/f", "x");
	SAFE_CHMOD("nosearch", 0666);
	memset(longname, 'a', sizeof(longname) - 1);

	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const struct tcase *tc = &cases[i];
		const char *p = !tc->path ? tst_bad_addr() :
				!strcmp(tc->path, "L") ? longname : tc->path;

		if (tc->exp_errno)
			TST_EXP_FAIL(access(p, tc->mode), tc->exp_errno, "access(%s)", tc->desc);
		else
			TST_EXP_PASS(access(p, tc->mode), "access(%s)", tc->desc);
	}
	tst_as_nobody(nobody_cases);
	SAFE_CHMOD("nosearch", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
