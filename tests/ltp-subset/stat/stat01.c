// SPDX-License-Identifier: Apache-2.0
/*
 * stat01 - stat(2) via the raw syscall (libc routes stat() elsewhere).
 *
 * Checks:
 *  - a regular file reports S_IFREG, its mode, size, st_nlink 1, the
 *    caller's uid/gid, and st_blksize > 0;
 *  - a directory reports S_IFDIR; stat() follows a symlink to its target
 *    (same st_ino and st_dev);
 *  - a hard link raises st_nlink to 2;
 *  - errors: ENOENT (missing, dangling symlink, empty path), ENOTDIR, ELOOP,
 *    ENAMETOOLONG, EFAULT (bad path; bad buf), EACCES (uid 65534, path
 *    through a directory without search permission).
 */
#include "tst.h"
#include <grp.h>

/* The stat(2) syscall itself: libc may route stat() through a newer call. */
static long sys_stat(const char *path, struct stat *st)
{
	return syscall(SYS_stat, path, st);
}

static char longname[300];

static const struct tcase {
	const char *path;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "missing", ENOENT, "missing file" },
	{ "dangling", ENOENT, "dangling symlink" },
	{ "", ENOENT, "empty path" },
	{ "file/x", ENOTDIR, "file used as a directory" },
	{ "loop", ELOOP, "symlink loop" },
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

	TST_EXP_FAIL(sys_stat("nosearch/f", &st), EACCES, "uid 65534: stat() through a dir without x");
}

static void run(void)
{
	struct stat st, st2;

	tst_write_file("file", "12345");
	SAFE_CHMOD("file", 0640);
	TST_EXP_PASS(sys_stat("file", &st), "stat(\"file\")");
	TST_EXP_EXPR(S_ISREG(st.st_mode), "S_ISREG");
	TST_EXP_EQ(st.st_mode & 07777, 0640);
	TST_EXP_EQ(st.st_size, 5);
	TST_EXP_EQ(st.st_nlink, 1);
	TST_EXP_EQ(st.st_uid, geteuid());
	TST_EXP_EQ(st.st_gid, getegid());
	TST_EXP_EXPR(st.st_blksize > 0, "st_blksize %ld > 0", (long)st.st_blksize);

	SAFE_MKDIR("dir", 0755);
	TST_EXP_PASS(sys_stat("dir", &st2), "stat(\"dir\")");
	TST_EXP_EXPR(S_ISDIR(st2.st_mode), "S_ISDIR");

	SAFE_SYMLINK("file", "link");
	TST_EXP_PASS(sys_stat("link", &st2), "stat(\"link\")");
	TST_EXP_EXPR(S_ISREG(st2.st_mode) && st2.st_ino == st.st_ino && st2.st_dev == st.st_dev,
		     "stat() follows the symlink to the file's inode");

	if (link("file", "hard") < 0)
		tst_brk(TBROK | TERRNO, "link(file, hard)");
	TST_EXP_PASS(sys_stat("file", &st), "stat(\"file\") after link()");
	TST_EXP_EQ(st.st_nlink, 2);

	memset(longname, 'a', sizeof(longname) - 1);
	SAFE_SYMLINK("nowhere", "dangling");
	SAFE_SYMLINK("loop", "loop");
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(sys_stat(p, &st), cases[i].exp_errno, "stat(%s)", cases[i].desc);
	}
	TST_EXP_FAIL(sys_stat("file", tst_bad_addr()), EFAULT, "stat(bad buf)");

	SAFE_MKDIR("nosearch", 0755);
	tst_write_file("nosearch/f", "x");
	SAFE_CHMOD("nosearch", 0666);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("nosearch", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
