// SPDX-License-Identifier: Apache-2.0
/*
 * lstat01 - lstat(2) via the raw syscall (libc routes lstat() elsewhere).
 *
 * Checks:
 *  - lstat() of a symlink reports S_IFLNK and st_size == strlen(target),
 *    and an inode different from the target's;
 *  - lstat() of a dangling symlink succeeds;
 *  - lstat() of a regular file matches stat();
 *  - symlinks in leading components are still followed;
 *  - errors: ENOENT, ENOTDIR, ELOOP (loop in a leading component),
 *    ENAMETOOLONG, EFAULT (bad path; bad buf), EACCES (uid 65534).
 */
#include "tst.h"
#include <grp.h>

/* The lstat(2) syscall itself: libc may route lstat() through a newer call. */
static long sys_lstat(const char *path, struct stat *st)
{
	return syscall(SYS_lstat, path, st);
}

static char longname[300];

static const struct tcase {
	const char *path;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "missing", ENOENT, "missing file" },
	{ "file/x", ENOTDIR, "file used as a directory" },
	{ "loop/x", ELOOP, "symlink loop in a leading component" },
	{ "L", ENAMETOOLONG, "300-byte component" },
	{ NULL, EFAULT, "bad path pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	struct stat st;

	TST_EXP_FAIL(sys_lstat("nosearch/f", &st), EACCES, "uid 65534: lstat() through a dir without x");
}

static void run(void)
{
	struct stat st, lst;

	tst_write_file("file", "12345");
	SAFE_SYMLINK("file", "link");
	SAFE_SYMLINK("nowhere/at/all", "dangling");
	SAFE_SYMLINK("loop", "loop");
	SAFE_MKDIR("dir", 0755);
	SAFE_SYMLINK("dir", "dirlink");
	tst_write_file("dir/inner", "x");

	TST_EXP_PASS(sys_lstat("link", &lst), "lstat(\"link\")");
	TST_EXP_EXPR(S_ISLNK(lst.st_mode), "S_ISLNK");
	TST_EXP_EQ(lst.st_size, 4);
	TST_EXP_PASS(stat("file", &st), "stat(\"file\")");
	TST_EXP_EXPR(st.st_ino != lst.st_ino, "symlink has its own inode");
	TST_EXP_PASS(sys_lstat("dangling", &lst), "lstat(dangling symlink)");
	TST_EXP_EQ(lst.st_size, strlen("nowhere/at/all"));
	TST_EXP_PASS(sys_lstat("file", &lst), "lstat(\"file\")");
	TST_EXP_EXPR(lst.st_ino == st.st_ino && S_ISREG(lst.st_mode) && lst.st_size == 5,
		     "lstat() of a regular file matches stat()");
	TST_EXP_PASS(sys_lstat("dirlink/inner", &lst), "lstat(\"dirlink/inner\")");
	TST_EXP_EXPR(S_ISREG(lst.st_mode), "leading symlink was followed");

	memset(longname, 'a', sizeof(longname) - 1);
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(sys_lstat(p, &st), cases[i].exp_errno, "lstat(%s)", cases[i].desc);
	}
	TST_EXP_FAIL(sys_lstat("link", tst_bad_addr()), EFAULT, "lstat(bad buf)");

	SAFE_MKDIR("nosearch", 0755);
	SAFE_SYMLINK("x", "nosearch/f");
	SAFE_CHMOD("nosearch", 0666);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("nosearch", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
