// SPDX-License-Identifier: Apache-2.0
/*
 * creat01 - creat(2).
 *
 * Checks:
 *  - creat() makes a regular file with mode & ~umask and returns a
 *    write-only fd (read gives EBADF);
 *  - creat() on an existing file truncates it to 0 and keeps its mode;
 *  - errors: EISDIR (directory), ENOENT (missing parent), ENOTDIR (file as
 *    a directory), ELOOP (symlink loop), ENAMETOOLONG, EFAULT (bad path),
 *    EACCES (uid 65534: directory without write; existing file without
 *    write permission).
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
	{ "nodir/f", ENOENT, "missing parent" },
	{ "file/f", ENOTDIR, "file used as a directory" },
	{ "loop", ELOOP, "symlink loop" },
	{ "L", ENAMETOOLONG, "300-byte component" },
	{ NULL, EFAULT, "bad path pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_cases(void)
{
	TST_EXP_FAIL(creat("ro/new", 0644), EACCES, "uid 65534: creat() in a mode-0555 directory");
	TST_EXP_FAIL(creat("rofile", 0644), EACCES, "uid 65534: creat() over a mode-0444 file");
}

static void run(void)
{
	struct stat st;
	char c;
	int fd;

	umask(027);
	TST_EXP_FD(fd = creat("file", 0666), "creat(\"file\", 0666)");
	if (fd < 0)
		return;
	TST_EXP_FAIL(read(fd, &c, 1), EBADF, "read() on the creat() fd");
	SAFE_WRITE(fd, "abc", 3);
	TST_EXP_PASS(fstat(fd, &st), "fstat(file)");
	TST_EXP_EXPR(S_ISREG(st.st_mode) && (st.st_mode & 07777) == 0640,
		     "regular file, mode 0640 (0666 & ~027), got 0%o", st.st_mode & 07777);
	SAFE_CLOSE(fd);
	umask(0);
	TST_EXP_FD(fd = creat("file", 0600), "creat() on the existing file");
	TST_EXP_PASS(fstat(fd, &st), "fstat(file)");
	TST_EXP_EQ(st.st_size, 0);
	TST_EXP_EQ(st.st_mode & 07777, 0640);
	SAFE_CLOSE(fd);

	memset(longname, 'a', sizeof(longname) - 1);
	SAFE_MKDIR("dir", 0755);
	SAFE_SYMLINK("loop", "loop");
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(creat(p, 0644), cases[i].exp_errno, "creat(%s)", cases[i].desc);
	}

	SAFE_MKDIR("ro", 0555);
	tst_write_file("rofile", "x");
	SAFE_CHMOD("rofile", 0444);
	tst_as_nobody(eacces_cases);
	SAFE_CHMOD("ro", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
