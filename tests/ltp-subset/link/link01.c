// SPDX-License-Identifier: Apache-2.0
/*
 * link01 - link(2).
 *
 * Checks:
 *  - the new name refers to the same inode and st_nlink becomes 2; data
 *    written through one name is read through the other;
 *  - link() of a symlink links the symlink itself (not followed);
 *  - errors: EEXIST (new path exists), ENOENT (missing source; missing
 *    destination parent), EPERM (source is a directory), ENOTDIR, ELOOP,
 *    ENAMETOOLONG, EFAULT, EACCES (uid 65534, destination directory not
 *    writable).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];

static const struct tcase {
	const char *from, *to;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "f", "g", EEXIST, "new path exists" },
	{ "missing", "x", ENOENT, "missing source" },
	{ "f", "nodir/x", ENOENT, "missing destination parent" },
	{ "dir", "dir2", EPERM, "source is a directory" },
	{ "f/x", "x", ENOTDIR, "file used as a directory" },
	{ "loop/x", "x", ELOOP, "symlink loop" },
	{ "f", "L", ENAMETOOLONG, "300-byte new name" },
	{ NULL, "x", EFAULT, "bad source pointer" },
	{ "f", NULL, EFAULT, "bad destination pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	TST_EXP_FAIL(link("own", "ro/x"), EACCES, "uid 65534: link() into a 0555 directory");
}

static void run(void)
{
	struct stat a, b;
	char buf[8];
	int fd;

	tst_write_file("f", "x");
	TST_EXP_PASS(link("f", "g"), "link(\"f\", \"g\")");
	TST_EXP_PASS(stat("f", &a), "stat(\"f\")");
	TST_EXP_PASS(stat("g", &b), "stat(\"g\")");
	TST_EXP_EXPR(a.st_ino == b.st_ino && a.st_nlink == 2, "same inode, st_nlink %lu",
		     (unsigned long)a.st_nlink);
	fd = SAFE_OPEN("g", O_WRONLY | O_TRUNC);
	SAFE_WRITE(fd, "via-g", 5);
	SAFE_CLOSE(fd);
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_VAL(read(fd, buf, sizeof(buf)), 5, "read via \"f\" sees the write via \"g\"");
	SAFE_CLOSE(fd);

	SAFE_SYMLINK("f", "sl");
	TST_EXP_PASS(link("sl", "sl2"), "link(symlink)");
	TST_EXP_PASS(lstat("sl2", &b), "lstat(\"sl2\")");
	TST_EXP_EXPR(S_ISLNK(b.st_mode), "the new name is the symlink itself");

	SAFE_MKDIR("dir", 0755);
	SAFE_SYMLINK("loop", "loop");
	memset(longname, 'a', sizeof(longname) - 1);
	for (unsigned int n = 0; n < ARRAY_SIZE(cases); n++) {
		const char *from = cases[n].from ? cases[n].from : tst_bad_addr();
		const char *to = !cases[n].to ? tst_bad_addr() :
				 !strcmp(cases[n].to, "L") ? longname : cases[n].to;
		TST_EXP_FAIL(link(from, to), cases[n].exp_errno, "link(%s)", cases[n].desc);
	}

	SAFE_MKDIR("ro", 0555);
	tst_write_file("own", "x");
	SAFE_CHMOD("own", 0666);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("ro", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
