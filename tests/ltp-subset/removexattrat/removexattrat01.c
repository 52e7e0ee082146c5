// SPDX-License-Identifier: Apache-2.0
/*
 * removexattrat01 - removexattrat(2) (nr 466, Linux 6.13) through the raw
 * syscall: removexattrat(dfd, path, at_flags, name).
 *
 * Checks, on a file in the temp dir with user.a and user.b set by
 * setxattr(2):
 *  - removexattrat(AT_FDCWD, "file", 0, "user.a") returns 0 and
 *    getxattr(2) then fails with ENODATA, while user.b is still there;
 *  - fd + "" + AT_EMPTY_PATH removes user.b;
 *  - errors: ENODATA (name already removed), EINVAL (at_flags 0x1),
 *    ENOENT (missing path), EBADF (dirfd 100 with a relative path).
 * TCONF if the syscall is missing (ENOSYS) or the filesystem does not
 * support user.* xattrs (EOPNOTSUPP).
 */
#include <sys/xattr.h>
#include "tst.h"

#ifndef __NR_removexattrat
# define __NR_removexattrat 466
#endif

static int fd = -1;

static long rxa(int dfd, const char *path, unsigned int atfl, const char *name)
{
	return syscall(__NR_removexattrat, dfd, path, atfl, name);
}

static void setup(void)
{
	fd = SAFE_OPEN("file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fsetxattr(fd, "user.a", "1", 1, 0)) {
		if (errno == EOPNOTSUPP || errno == ENOTSUP)
			tst_brk(TCONF, "no user.* xattrs on the temp dir's filesystem");
		tst_brk(TBROK | TERRNO, "fsetxattr(user.a)");
	}
	if (fsetxattr(fd, "user.b", "2", 1, 0))
		tst_brk(TBROK | TERRNO, "fsetxattr(user.b)");
}

static void run(void)
{
	char v[8];

	if (rxa(AT_FDCWD, "file", 0, "user.none") == -1 && errno == ENOSYS)
		tst_brk(TCONF, "removexattrat() not supported");
	TST_EXP_PASS(rxa(AT_FDCWD, "file", 0, "user.a"), "removexattrat(\"file\", user.a)");
	TST_EXP_FAIL(getxattr("file", "user.a", v, sizeof(v)), ENODATA, "getxattr(removed user.a)");
	TST_EXP_VAL(getxattr("file", "user.b", v, sizeof(v)), 1, "getxattr(user.b still set)");
	TST_EXP_PASS(rxa(fd, "", AT_EMPTY_PATH, "user.b"), "removexattrat(fd, \"\", AT_EMPTY_PATH)");
	TST_EXP_FAIL(fgetxattr(fd, "user.b", v, sizeof(v)), ENODATA, "fgetxattr(removed user.b)");

	TST_EXP_FAIL(rxa(AT_FDCWD, "file", 0, "user.a"), ENODATA,
		     "removexattrat(already removed name)");
	TST_EXP_FAIL(rxa(AT_FDCWD, "file", 0x1, "user.a"), EINVAL, "removexattrat(at_flags 0x1)");
	TST_EXP_FAIL(rxa(AT_FDCWD, "missing", 0, "user.a"), ENOENT, "removexattrat(missing path)");
	TST_EXP_FAIL(rxa(100, "file", 0, "user.a"), EBADF, "removexattrat(dirfd 100, relative path)");
}

static void cleanup(void)
{
	if (fd >= 0)
		SAFE_CLOSE(fd);
}

static struct tst_test test = {
	.setup = setup, .cleanup = cleanup, .test_all = run, .needs_tmpdir = 1,
};
TST_MAIN(test)
