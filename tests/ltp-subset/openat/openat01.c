// SPDX-License-Identifier: Apache-2.0
/*
 * openat01 - openat(2).
 *
 * Checks:
 *  - a relative path is resolved against dirfd, not the cwd;
 *  - AT_FDCWD resolves against the cwd;
 *  - an absolute path ignores dirfd (even an invalid one);
 *  - an O_PATH directory fd works as dirfd;
 *  - errors: EBADF (closed dirfd with a relative path), ENOTDIR (dirfd is a
 *    regular file), ENOENT (missing name under dirfd), ELOOP (symlink loop),
 *    ENAMETOOLONG, EFAULT (bad path), EEXIST (O_CREAT|O_EXCL), EISDIR,
 *    EACCES (uid 65534, dirfd without search permission).
 */
#include "tst.h"
#include <grp.h>

static int dfd, pfd, ffd;
static char longname[300];
static char abspath[4200];

static const struct tcase {
	int *dirfd;		/* NULL: AT_FDCWD */
	const char *path;	/* NULL: bad pointer, "L": longname */
	int flags;
	int exp_errno;		/* 0: success */
	const char *desc;
} cases[] = {
	{ &dfd, "inner", O_RDONLY, 0, "relative to dirfd" },
	{ NULL, "top", O_RDONLY, 0, "AT_FDCWD" },
	{ &pfd, "inner", O_RDONLY, 0, "relative to an O_PATH dirfd" },
	{ &dfd, "top", O_RDONLY, ENOENT, "cwd file is not seen under dirfd" },
	{ &ffd, "inner", O_RDONLY, ENOTDIR, "dirfd is a regular file" },
	{ &dfd, "loop", O_RDONLY, ELOOP, "symlink loop under dirfd" },
	{ &dfd, "L", O_RDONLY, ENAMETOOLONG, "300-byte component" },
	{ &dfd, NULL, O_RDONLY, EFAULT, "bad path pointer" },
	{ &dfd, "inner", O_RDWR | O_CREAT | O_EXCL, EEXIST, "O_CREAT|O_EXCL on an existing file" },
	{ &dfd, ".", O_WRONLY, EISDIR, "directory opened O_WRONLY" },
};

static void setup(void)
{
	memset(longname, 'a', sizeof(longname) - 1);
	SAFE_MKDIR("d", 0755);
	tst_write_file("d/inner", "inner");
	tst_write_file("top", "top");
	SAFE_SYMLINK("loop", "d/loop");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	pfd = SAFE_OPEN("d", O_PATH | O_DIRECTORY);
	ffd = SAFE_OPEN("top", O_RDONLY);
	snprintf(abspath, sizeof(abspath), "%s/top", tst_tmpdir());
}

static void cleanup(void)
{
	chmod("d", 0755);
}

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	TST_EXP_FAIL(openat(dfd, "inner", O_RDONLY), EACCES,
		     "uid 65534: openat(dirfd without x, \"inner\")");
}

static void run(unsigned int n)
{
	const struct tcase *tc;
	int fd;

	if (n == ARRAY_SIZE(cases)) {
		char buf[8];

		TST_EXP_FD(fd = openat(-1, abspath, O_RDONLY), "absolute path ignores dirfd -1");
		if (fd >= 0) {
			TST_EXP_VAL(read(fd, buf, sizeof(buf)), 3, "read the cwd's \"top\"");
			SAFE_CLOSE(fd);
		}
		fd = SAFE_OPEN("/dev/null", O_RDONLY);
		SAFE_CLOSE(fd);
		TST_EXP_FAIL(openat(fd, "inner", O_RDONLY), EBADF, "closed dirfd, relative path");
		return;
	}
	if (n == ARRAY_SIZE(cases) + 1) {
		SAFE_CHMOD("d", 0600);
		tst_as_nobody(eacces_case);
		SAFE_CHMOD("d", 0755);
		return;
	}
	tc = &cases[n];
	const char *path = !tc->path ? tst_bad_addr() :
			   !strcmp(tc->path, "L") ? longname : tc->path;
	int dirfd = tc->dirfd ? *tc->dirfd : AT_FDCWD;
	if (tc->exp_errno) {
		TST_EXP_FAIL(openat(dirfd, path, tc->flags, 0600), tc->exp_errno,
			     "openat(%s)", tc->desc);
		return;
	}
	TST_EXP_FD(fd = openat(dirfd, path, tc->flags, 0600), "openat(%s)", tc->desc);
	if (fd >= 0) {
		char buf[16] = "";

		SAFE_READ(fd, buf, sizeof(buf) - 1);
		TST_EXP_EXPR(!strcmp(buf, path), "opened the right file (\"%s\")", buf);
		SAFE_CLOSE(fd);
	}
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 2,
	.setup = setup, .cleanup = cleanup, .needs_tmpdir = 1,
};
TST_MAIN(test)
