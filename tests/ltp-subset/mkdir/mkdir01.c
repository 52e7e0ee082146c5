// SPDX-License-Identifier: Apache-2.0
/*
 * mkdir01 - mkdir(2).
 *
 * Checks:
 *  - creates a directory with mode & ~umask, owned by the caller, with
 *    st_nlink 2, and raises the parent's st_nlink by one (on filesystems
 *    that count subdirectories: the parent's count is only compared when
 *    it was > 1);
 *  - a trailing slash is accepted;
 *  - errors: EEXIST (existing directory, file, dangling symlink), ENOENT
 *    (missing parent; empty path), ENOTDIR, ELOOP, ENAMETOOLONG, EFAULT,
 *    EACCES (uid 65534, parent without write permission).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];

static const struct tcase {
	const char *path;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "dir", EEXIST, "existing directory" },
	{ "file", EEXIST, "existing file" },
	{ "dangling", EEXIST, "dangling symlink" },
	{ "nodir/sub", ENOENT, "missing parent" },
	{ "", ENOENT, "empty path" },
	{ "file/sub", ENOTDIR, "file used as a directory" },
	{ "loop/sub", ELOOP, "symlink loop in the parent" },
	{ "L", ENAMETOOLONG, "300-byte component" },
	{ NULL, EFAULT, "bad path pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	TST_EXP_FAIL(mkdir("ro/sub", 0755), EACCES, "uid 65534: mkdir() in a 0555 directory");
}

static void run(void)
{
	struct stat st, parent0, parent1;

	if (stat(".", &parent0) < 0)
		tst_brk(TBROK | TERRNO, "stat(.)");
	umask(022);
	TST_EXP_PASS(mkdir("dir", 0777), "mkdir(\"dir\", 0777)");
	umask(0);
	TST_EXP_PASS(stat("dir", &st), "stat(\"dir\")");
	TST_EXP_EXPR(S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 0755,
		     "directory with mode 0755 (0777 & ~022), got 0%o", st.st_mode & 07777);
	TST_EXP_EQ(st.st_uid, geteuid());
	TST_EXP_EQ(st.st_nlink, 2);
	if (stat(".", &parent1) < 0)
		tst_brk(TBROK | TERRNO, "stat(.)");
	if (parent0.st_nlink > 1)
		TST_EXP_EQ(parent1.st_nlink, parent0.st_nlink + 1);
	TST_EXP_PASS(mkdir("slash/", 0700), "mkdir(\"slash/\")");
	TST_EXP_PASS(access("slash", F_OK), "\"slash\" exists");

	memset(longname, 'a', sizeof(longname) - 1);
	tst_write_file("file", "x");
	SAFE_SYMLINK("nowhere", "dangling");
	SAFE_SYMLINK("loop", "loop");
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(mkdir(p, 0755), cases[i].exp_errno, "mkdir(%s)", cases[i].desc);
	}
	TST_EXP_FAIL(access("nowhere", F_OK), ENOENT, "dangling symlink target not created");

	SAFE_MKDIR("ro", 0555);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("ro", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
