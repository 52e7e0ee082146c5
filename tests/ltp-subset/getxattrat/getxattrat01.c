// SPDX-License-Identifier: Apache-2.0
/*
 * getxattrat01 - getxattrat(2) (nr 464, Linux 6.13) through the raw
 * syscall, with struct xattr_args { value, size, flags }.
 *
 * Checks, on a file in the temp dir whose user.t was set by setxattr(2):
 *  - getxattrat(AT_FDCWD, "file", 0, "user.t", &args, sizeof(args))
 *    returns the value length and fills args.value;
 *  - args.size 0 returns the length without copying;
 *  - fd + "" + AT_EMPTY_PATH reads the same value;
 *  - errors: ERANGE (args.size 2, too small), ENODATA (missing name),
 *    EINVAL (at_flags 0x1), EINVAL (args.flags 1: must be 0), EINVAL
 *    (args size 8, below XATTR_ARGS_SIZE_VER0), EFAULT (bad value buffer).
 * TCONF if the syscall is missing (ENOSYS) or the filesystem does not
 * support user.* xattrs (EOPNOTSUPP).
 */
#include <sys/xattr.h>
#include "tst.h"

#ifndef __NR_getxattrat
# define __NR_getxattrat 464
#endif

struct xargs {
	uint64_t value __attribute__((aligned(8)));
	uint32_t size;
	uint32_t flags;
};

static int fd = -1;

static long gxa(int dfd, const char *path, unsigned int atfl, const char *name, void *args,
		size_t sz)
{
	return syscall(__NR_getxattrat, dfd, path, atfl, name, args, sz);
}

static void setup(void)
{
	fd = SAFE_OPEN("file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fsetxattr(fd, "user.t", "hello-xattr", 11, 0)) {
		if (errno == EOPNOTSUPP || errno == ENOTSUP)
			tst_brk(TCONF, "no user.* xattrs on the temp dir's filesystem");
		tst_brk(TBROK | TERRNO, "fsetxattr(user.t)");
	}
}

static void run(void)
{
	char val[64];
	struct xargs a = { (uintptr_t)val, sizeof(val), 0 };

	memset(val, 0, sizeof(val));
	if (gxa(AT_FDCWD, "file", 0, "user.t", &a, sizeof(a)) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "getxattrat() not supported");
	memset(val, 0, sizeof(val));
	TST_EXP_VAL(gxa(AT_FDCWD, "file", 0, "user.t", &a, sizeof(a)), 11,
		    "getxattrat(\"file\", user.t)");
	TST_EXP_EXPR(!memcmp(val, "hello-xattr", 11), "value \"%s\"", val);
	memset(val, 0, sizeof(val));
	a.size = 0;
	TST_EXP_VAL(gxa(AT_FDCWD, "file", 0, "user.t", &a, sizeof(a)), 11,
		    "getxattrat(args.size 0) returns the length");
	TST_EXP_EXPR(val[0] == 0, "nothing copied with args.size 0");
	a.size = sizeof(val);
	TST_EXP_VAL(gxa(fd, "", AT_EMPTY_PATH, "user.t", &a, sizeof(a)), 11,
		    "getxattrat(fd, \"\", AT_EMPTY_PATH)");
	TST_EXP_EXPR(!memcmp(val, "hello-xattr", 11), "value through the fd \"%s\"", val);

	a.size = 2;
	TST_EXP_FAIL(gxa(AT_FDCWD, "file", 0, "user.t", &a, sizeof(a)), ERANGE,
		     "getxattrat(args.size 2)");
	a.size = sizeof(val);
	TST_EXP_FAIL(gxa(AT_FDCWD, "file", 0, "user.none", &a, sizeof(a)), ENODATA,
		     "getxattrat(missing name)");
	TST_EXP_FAIL(gxa(AT_FDCWD, "file", 0x1, "user.t", &a, sizeof(a)), EINVAL,
		     "getxattrat(at_flags 0x1)");
	a.flags = 1;
	TST_EXP_FAIL(gxa(AT_FDCWD, "file", 0, "user.t", &a, sizeof(a)), EINVAL,
		     "getxattrat(args.flags 1)");
	a.flags = 0;
	TST_EXP_FAIL(gxa(AT_FDCWD, "file", 0, "user.t", &a, 8), EINVAL, "getxattrat(args size 8)");
	a.value = (uintptr_t)tst_bad_addr();
	TST_EXP_FAIL(gxa(AT_FDCWD, "file", 0, "user.t", &a, sizeof(a)), EFAULT,
		     "getxattrat(bad value buffer)");
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
