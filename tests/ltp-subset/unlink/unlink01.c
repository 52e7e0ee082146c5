// SPDX-License-Identifier: Apache-2.0
/*
 * unlink01 - unlink(2).
 *
 * Checks:
 *  - removes the name; an fd opened before stays readable (st_nlink 0);
 *  - unlinking one of two hard links leaves the other with st_nlink 1;
 *  - unlinking a symlink removes the link, not its target;
 *  - a FIFO can be unlinked;
 *  - errors: EISDIR (a directory, Linux's answer), ENOENT (missing; empty
 *    path), ENOTDIR, ELOOP, ENAMETOOLONG, EFAULT, EACCES (uid 65534, parent
 *    directory not writable), EPERM (uid 65534, sticky directory, entry
 *    owned by another user; TCONF when running as uid 65534).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];

static const struct tcase {
	const char *path;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "dir", EISDIR, "a directory" },
	{ "missing", ENOENT, "missing file" },
	{ "", ENOENT, "empty path" },
	{ "f/x", ENOTDIR, "file used as a directory" },
	{ "loop/x", ELOOP, "symlink loop in the parent" },
	{ "L", ENAMETOOLONG, "300-byte component" },
	{ NULL, EFAULT, "bad path pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_cases(void)
{
	TST_EXP_FAIL(unlink("ro/f"), EACCES, "uid 65534: unlink() in a 0555 directory");
	struct stat st;

	if (stat("sticky/f", &st) == 0 && st.st_uid != geteuid())
		TST_EXP_FAIL(unlink("sticky/f"), EPERM,
			     "uid 65534: unlink() of another user's file in a sticky dir");
	else
		tst_res(TCONF, "sticky-dir file is owned by uid 65534 itself");
}

static void run(void)
{
	struct stat st;
	char buf[8];
	int fd;

	tst_write_file("f", "data");
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_PASS(unlink("f"), "unlink(\"f\")");
	TST_EXP_FAIL(access("f", F_OK), ENOENT, "name is gone");
	TST_EXP_VAL(read(fd, buf, sizeof(buf)), 4, "open fd still reads the data");
	TST_EXP_PASS(fstat(fd, &st), "fstat(fd)");
	TST_EXP_EQ(st.st_nlink, 0);
	SAFE_CLOSE(fd);

	tst_write_file("a", "x");
	if (link("a", "b") < 0)
		tst_brk(TBROK | TERRNO, "link(a, b)");
	TST_EXP_PASS(unlink("a"), "unlink(\"a\") with a second link");
	TST_EXP_PASS(stat("b", &st), "stat(\"b\")");
	TST_EXP_EQ(st.st_nlink, 1);

	SAFE_SYMLINK("b", "sl");
	TST_EXP_PASS(unlink("sl"), "unlink(symlink)");
	TST_EXP_PASS(access("b", F_OK), "symlink target still exists");
	TST_EXP_PASS(mkfifo("fifo", 0600), "mkfifo(\"fifo\")");
	TST_EXP_PASS(unlink("fifo"), "unlink(FIFO)");

	tst_write_file("f", "x");
	SAFE_MKDIR("dir", 0755);
	SAFE_SYMLINK("loop", "loop");
	memset(longname, 'a', sizeof(longname) - 1);
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(unlink(p), cases[i].exp_errno, "unlink(%s)", cases[i].desc);
	}

	SAFE_MKDIR("ro", 0755);
	tst_write_file("ro/f", "x");
	SAFE_CHMOD("ro", 0555);
	SAFE_MKDIR("sticky", 0755);
	tst_write_file("sticky/f", "x");
	SAFE_CHMOD("sticky", 01777);
	tst_as_nobody(nobody_cases);
	SAFE_CHMOD("ro", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
