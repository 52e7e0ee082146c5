// SPDX-License-Identifier: Apache-2.0
/*
 * symlink01 - symlink(2).
 *
 * Checks:
 *  - creates a symlink whose readlink() is the exact target string
 *    (relative, absolute, dangling, and a 4000-byte target);
 *  - opening through the link reaches the target;
 *  - errors: EEXIST (link path exists, also as a dangling symlink), ENOENT
 *    (missing parent; empty target), ENOTDIR, ELOOP, ENAMETOOLONG (link
 *    path component; target longer than PATH_MAX), EFAULT (bad target; bad
 *    link path), EACCES (uid 65534, parent not writable).
 */
#include "tst.h"
#include <grp.h>

static char longname[300], longtarget[4097 + 8], bigtarget[4001];

static const struct tcase {
	const char *target, *path;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "x", "rel", EEXIST, "link path exists" },
	{ "x", "dangling", EEXIST, "link path is a dangling symlink" },
	{ "x", "nodir/l", ENOENT, "missing parent" },
	{ "", "empty", ENOENT, "empty target" },
	{ "x", "file/l", ENOTDIR, "file used as a directory" },
	{ "x", "loop/l", ELOOP, "symlink loop in the parent" },
	{ "x", "L", ENAMETOOLONG, "300-byte link name" },
	{ "T", "longt", ENAMETOOLONG, "target longer than PATH_MAX" },
	{ NULL, "badt", EFAULT, "bad target pointer" },
	{ "x", NULL, EFAULT, "bad link path pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	TST_EXP_FAIL(symlink("x", "ro/l"), EACCES, "uid 65534: symlink() in a 0555 directory");
}

static void check_link(const char *path, const char *target)
{
	static char buf[4200];
	long n;

	n = readlink(path, buf, sizeof(buf));
	TST_EXP_EXPR(n == (long)strlen(target) && !memcmp(buf, target, n),
		     "readlink(\"%.20s\") returns the %zu-byte target", path, strlen(target));
}

static void run(void)
{
	char abs[4200], buf[8];
	int fd;

	tst_write_file("file", "data");
	snprintf(abs, sizeof(abs), "%s/file", tst_tmpdir());
	memset(bigtarget, 'b', sizeof(bigtarget) - 1);

	TST_EXP_PASS(symlink("file", "rel"), "symlink(\"file\", \"rel\")");
	check_link("rel", "file");
	TST_EXP_PASS(symlink(abs, "abs"), "symlink(absolute target)");
	check_link("abs", abs);
	TST_EXP_PASS(symlink("no/such/thing", "dangling"), "symlink(dangling target)");
	check_link("dangling", "no/such/thing");
	TST_EXP_PASS(symlink(bigtarget, "big"), "symlink(4000-byte target)");
	check_link("big", bigtarget);
	fd = SAFE_OPEN("abs", O_RDONLY);
	TST_EXP_VAL(read(fd, buf, sizeof(buf)), 4, "open() through the link reads the target");
	SAFE_CLOSE(fd);

	SAFE_SYMLINK("loop", "loop");
	memset(longname, 'a', sizeof(longname) - 1);
	memset(longtarget, 't', sizeof(longtarget) - 1);
	for (unsigned int n = 0; n < ARRAY_SIZE(cases); n++) {
		const struct tcase *tc = &cases[n];
		const char *t = !tc->target ? tst_bad_addr() :
				!strcmp(tc->target, "T") ? longtarget : tc->target;
		const char *p = !tc->path ? tst_bad_addr() :
				!strcmp(tc->path, "L") ? longname : tc->path;
		TST_EXP_FAIL(symlink(t, p), tc->exp_errno, "symlink(%s)", tc->desc);
	}

	SAFE_MKDIR("ro", 0555);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("ro", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
