// SPDX-License-Identifier: Apache-2.0
/*
 * open02 - open(2) error paths, via the raw syscall (libc routes open()
 * to openat).
 *
 * Checks, one case per row:
 *  - ENOENT: missing file without O_CREAT; missing parent with O_CREAT;
 *    empty path;
 *  - ENOTDIR: a regular file used as a directory; O_DIRECTORY on a file;
 *  - ELOOP: a symlink loop; O_NOFOLLOW on a symlink;
 *  - ENAMETOOLONG: a 300-byte path component;
 *  - EISDIR: a directory opened for writing;
 *  - EEXIST: O_CREAT|O_EXCL on a directory;
 *  - EFAULT: a bad path pointer;
 *  - EINVAL: O_TMPFILE without write access; O_CREAT|O_DIRECTORY (5.x+);
 *  - EACCES (as uid 65534): a file with mode 0, a path through a directory
 *    without search permission, O_CREAT in a directory without write
 *    permission.
 */
#include "tst.h"
#include <grp.h>

/* The open(2) syscall itself: libc may route open() through a newer call. */
static long sys_open(const char *path, int flags, mode_t mode)
{
	return syscall(SYS_open, path, flags, mode);
}

static char longname[300];

static const struct tcase {
	const char *path;	/* NULL: bad pointer; "L": longname */
	int flags;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "missing", O_RDONLY, ENOENT, "missing file" },
	{ "nodir/f", O_RDWR | O_CREAT, ENOENT, "O_CREAT with a missing parent" },
	{ "", O_RDONLY, ENOENT, "empty path" },
	{ "file/x", O_RDONLY, ENOTDIR, "file used as a directory" },
	{ "file", O_RDONLY | O_DIRECTORY, ENOTDIR, "O_DIRECTORY on a file" },
	{ "loop", O_RDONLY, ELOOP, "symlink loop" },
	{ "link", O_RDONLY | O_NOFOLLOW, ELOOP, "O_NOFOLLOW on a symlink" },
	{ "L", O_RDONLY, ENAMETOOLONG, "300-byte component" },
	{ "dir", O_WRONLY, EISDIR, "directory opened O_WRONLY" },
	{ "dir", O_RDWR, EISDIR, "directory opened O_RDWR" },
	{ "dir", O_RDONLY | O_CREAT | O_EXCL, EEXIST, "O_CREAT|O_EXCL on a directory" },
	{ NULL, O_RDONLY, EFAULT, "bad path pointer" },
	{ ".", O_TMPFILE | O_RDONLY, EINVAL, "O_TMPFILE without O_WRONLY/O_RDWR" },
	{ "newdir", O_RDWR | O_CREAT | O_DIRECTORY, EINVAL, "O_CREAT|O_DIRECTORY" },
};

static const struct acase {
	const char *path;
	int flags;
	const char *desc;
} acases[] = {
	{ "noperm", O_RDONLY, "file with mode 0 opened for reading" },
	{ "noperm", O_WRONLY, "file with mode 0 opened for writing" },
	{ "nosearch/f", O_RDONLY, "path through a directory without x" },
	{ "nowrite/new", O_WRONLY | O_CREAT, "O_CREAT in a directory without w" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void setup(void)
{
	memset(longname, 'a', sizeof(longname) - 1);
	tst_write_file("file", "x");
	SAFE_MKDIR("dir", 0755);
	SAFE_SYMLINK("loop", "loop");
	SAFE_SYMLINK("file", "link");
	tst_write_file("noperm", "x");
	SAFE_CHMOD("noperm", 0);
	SAFE_MKDIR("nosearch", 0755);
	tst_write_file("nosearch/f", "x");
	SAFE_CHMOD("nosearch", 0666);
	SAFE_MKDIR("nowrite", 0555);
}

static void cleanup(void)
{
	chmod("nosearch", 0755);
	chmod("nowrite", 0755);
}

static void eacces_cases(void)
{
	for (unsigned int i = 0; i < ARRAY_SIZE(acases); i++)
		TST_EXP_FAIL(sys_open(acases[i].path, acases[i].flags, 0600), EACCES,
			     "uid 65534: %s", acases[i].desc);
}

static void run(unsigned int n)
{
	const struct tcase *tc;

	if (n == ARRAY_SIZE(cases)) {
		tst_as_nobody(eacces_cases);
		return;
	}
	tc = &cases[n];
	const char *path = !tc->path ? tst_bad_addr() :
			   !strcmp(tc->path, "L") ? longname : tc->path;
	TST_EXP_FAIL(sys_open(path, tc->flags, 0600), tc->exp_errno, "open(%s)", tc->desc);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1,
	.setup = setup, .cleanup = cleanup, .needs_tmpdir = 1,
};
TST_MAIN(test)
