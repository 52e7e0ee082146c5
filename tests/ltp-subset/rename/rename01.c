// SPDX-License-Identifier: Apache-2.0
/*
 * rename01 - rename(2).
 *
 * Checks:
 *  - a file is moved (same inode, old name gone), also into a subdirectory;
 *  - an existing destination file is replaced atomically;
 *  - a directory is renamed, and can replace an empty directory;
 *  - renaming a file onto a hard link of itself succeeds and changes nothing;
 *  - a symlink is renamed, not its target;
 *  - errors: EISDIR (file onto a directory), ENOTDIR (directory onto a file),
 *    ENOTEMPTY (onto a non-empty directory), EINVAL (directory into its own
 *    subdirectory), ENOENT (missing source; missing destination parent),
 *    ENAMETOOLONG, EFAULT, EACCES (uid 65534, parent not writable).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];

static const struct tcase {
	const char *from, *to;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "f", "dir", EISDIR, "file onto a directory" },
	{ "dir", "f", ENOTDIR, "directory onto a file" },
	{ "dir", "full", ENOTEMPTY, "directory onto a non-empty directory" },
	{ "dir", "dir/sub", EINVAL, "directory into its own subdirectory" },
	{ "missing", "x", ENOENT, "missing source" },
	{ "f", "nodir/x", ENOENT, "missing destination parent" },
	{ "f", "L", ENAMETOOLONG, "300-byte destination" },
	{ "f", NULL, EFAULT, "bad destination pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	TST_EXP_FAIL(rename("ro/f", "ro/g"), EACCES, "uid 65534: rename() in a 0555 directory");
}

static ino_t ino(const char *path)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return 0;
	return st.st_ino;
}

static void run(void)
{
	ino_t i;

	tst_write_file("a", "a");
	i = ino("a");
	TST_EXP_PASS(rename("a", "b"), "rename(\"a\", \"b\")");
	TST_EXP_EXPR(ino("b") == i && access("a", F_OK) < 0, "same inode under the new name only");
	tst_write_file("c", "c");
	TST_EXP_PASS(rename("b", "c"), "rename() over an existing file");
	TST_EXP_EXPR(ino("c") == i, "destination now is the source inode");
	SAFE_MKDIR("dir", 0755);
	TST_EXP_PASS(rename("c", "dir/c"), "rename() into a subdirectory");
	TST_EXP_EXPR(ino("dir/c") == i, "moved into dir");

	SAFE_MKDIR("d1", 0755);
	SAFE_MKDIR("d2", 0755);
	i = ino("d1");
	TST_EXP_PASS(rename("d1", "d2"), "rename() directory over an empty directory");
	TST_EXP_EXPR(ino("d2") == i && access("d1", F_OK) < 0, "d2 is the old d1");

	tst_write_file("h1", "x");
	if (link("h1", "h2") < 0)
		tst_brk(TBROK | TERRNO, "link(h1, h2)");
	TST_EXP_PASS(rename("h1", "h2"), "rename() onto a hard link of itself");
	TST_EXP_EXPR(access("h1", F_OK) == 0 && access("h2", F_OK) == 0, "both names remain");

	tst_write_file("tgt", "x");
	SAFE_SYMLINK("tgt", "sl");
	TST_EXP_PASS(rename("sl", "sl2"), "rename(symlink)");
	char buf[8];
	TST_EXP_VAL(readlink("sl2", buf, sizeof(buf)), 3, "renamed link still points to \"tgt\"");

	tst_write_file("f", "x");
	SAFE_MKDIR("dir/sub", 0755);
	SAFE_MKDIR("full", 0755);
	tst_write_file("full/x", "x");
	memset(longname, 'a', sizeof(longname) - 1);
	for (unsigned int n = 0; n < ARRAY_SIZE(cases); n++) {
		const char *to = !cases[n].to ? tst_bad_addr() :
				 !strcmp(cases[n].to, "L") ? longname : cases[n].to;
		TST_EXP_FAIL(rename(cases[n].from, to), cases[n].exp_errno, "rename(%s)", cases[n].desc);
	}
	TST_EXP_FAIL(rename(tst_bad_addr(), "x"), EFAULT, "rename(bad source pointer)");

	SAFE_MKDIR("ro", 0755);
	tst_write_file("ro/f", "x");
	SAFE_CHMOD("ro", 0555);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("ro", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
