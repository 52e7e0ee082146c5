// SPDX-License-Identifier: Apache-2.0
/*
 * setxattrat01 - setxattrat(2) (nr 463, Linux 6.13) through the raw
 * syscall, with struct xattr_args { value, size, flags }.
 *
 * Checks, on a file in the temp dir and a user.* name:
 *  - setxattrat(AT_FDCWD, "file", 0, name, &args, sizeof(args)) returns
 *    0 and getxattr(2) then reads the value back;
 *  - XATTR_REPLACE through an fd of the file with AT_EMPTY_PATH and ""
 *    replaces the value;
 *  - XATTR_CREATE on the existing name fails with EEXIST, XATTR_REPLACE
 *    on a missing name with ENODATA;
 *  - errors: EINVAL (at_flags 0x1, not AT_SYMLINK_NOFOLLOW /
 *    AT_EMPTY_PATH), EINVAL (args size 8, below XATTR_ARGS_SIZE_VER0),
 *    E2BIG (args size above a page), EINVAL (args.flags 0x4), ENOENT
 *    (missing path), EBADF (dirfd 100 with a relative path).
 * TCONF if the syscall is missing (ENOSYS) or the filesystem does not
 * support user.* xattrs (EOPNOTSUPP).
 */
#include <sys/xattr.h>
#include "tst.h"

#ifndef __NR_setxattrat
# define __NR_setxattrat 463
#endif

struct xargs {
	uint64_t value __attribute__((aligned(8)));
	uint32_t size;
	uint32_t flags;
};

static int fd = -1;

static long sxa(int dfd, const char *path, unsigned int atfl, const char *name, void *args,
		size_t sz)
{
	return syscall(__NR_setxattrat, dfd, path, atfl, name, args, sz);
}

static void setup(void)
{
	fd = SAFE_OPEN("file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fsetxattr(fd, "user.probe", "p", 1, 0)) {
		if (errno == EOPNOTSUPP || errno == ENOTSUP)
			tst_brk(TCONF, "no user.* xattrs on the temp dir's filesystem");
		tst_brk(TBROK | TERRNO, "fsetxattr(user.probe)");
	}
}

static void run(void)
{
	char val[64];
	struct xargs a = { (uintptr_t)"value-1", 7, 0 };
	char big[8192];

	if (sxa(AT_FDCWD, "file", 0, "user.t", &a, sizeof(a)) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "setxattrat() not supported");
	TST_EXP_PASS(sxa(AT_FDCWD, "file", 0, "user.t", &a, sizeof(a)), "setxattrat(\"file\")");
	memset(val, 0, sizeof(val));
	TST_EXP_VAL(getxattr("file", "user.t", val, sizeof(val)), 7, "getxattr(user.t)");
	TST_EXP_EXPR(!memcmp(val, "value-1", 7), "value read back \"%s\"", val);

	a.value = (uintptr_t)"second";
	a.size = 6;
	a.flags = XATTR_REPLACE;
	TST_EXP_PASS(sxa(fd, "", AT_EMPTY_PATH, "user.t", &a, sizeof(a)),
		     "setxattrat(fd, \"\", AT_EMPTY_PATH, XATTR_REPLACE)");
	memset(val, 0, sizeof(val));
	TST_EXP_VAL(fgetxattr(fd, "user.t", val, sizeof(val)), 6, "fgetxattr(user.t)");
	TST_EXP_EXPR(!memcmp(val, "second", 6), "value replaced \"%s\"", val);

	a.flags = XATTR_CREATE;
	TST_EXP_FAIL(sxa(AT_FDCWD, "file", 0, "user.t", &a, sizeof(a)), EEXIST,
		     "setxattrat(XATTR_CREATE, existing name)");
	a.flags = XATTR_REPLACE;
	TST_EXP_FAIL(sxa(AT_FDCWD, "file", 0, "user.none", &a, sizeof(a)), ENODATA,
		     "setxattrat(XATTR_REPLACE, missing name)");

	a.flags = 0;
	TST_EXP_FAIL(sxa(AT_FDCWD, "file", 0x1, "user.t", &a, sizeof(a)), EINVAL,
		     "setxattrat(at_flags 0x1)");
	TST_EXP_FAIL(sxa(AT_FDCWD, "file", 0, "user.t", &a, 8), EINVAL,
		     "setxattrat(args size 8)");
	memset(big, 0, sizeof(big));
	memcpy(big, &a, sizeof(a));
	TST_EXP_FAIL(sxa(AT_FDCWD, "file", 0, "user.t", big, sizeof(big)), E2BIG,
		     "setxattrat(args size 8192)");
	a.flags = 0x4;
	TST_EXP_FAIL(sxa(AT_FDCWD, "file", 0, "user.t", &a, sizeof(a)), EINVAL,
		     "setxattrat(args.flags 0x4)");
	a.flags = 0;
	TST_EXP_FAIL(sxa(AT_FDCWD, "missing", 0, "user.t", &a, sizeof(a)), ENOENT,
		     "setxattrat(missing path)");
	TST_EXP_FAIL(sxa(100, "file", 0, "user.t", &a, sizeof(a)), EBADF,
		     "setxattrat(dirfd 100, relative path)");
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
