// SPDX-License-Identifier: Apache-2.0
/*
 * listxattrat01 - listxattrat(2) (nr 465, Linux 6.13) through the raw
 * syscall: listxattrat(dfd, path, at_flags, list, size).
 *
 * Checks, on a file in the temp dir with user.a and user.bb set by
 * setxattr(2):
 *  - the call returns the length of the name list and the list holds
 *    both names, NUL-terminated;
 *  - size 0 returns the same length without copying;
 *  - fd + "" + AT_EMPTY_PATH lists the same names;
 *  - errors: ERANGE (size 3, too small), EINVAL (at_flags 0x1), ENOENT
 *    (missing path), EFAULT (bad list buffer).
 * TCONF if the syscall is missing (ENOSYS) or the filesystem does not
 * support user.* xattrs (EOPNOTSUPP).
 */
#include <sys/xattr.h>
#include "tst.h"

#ifndef __NR_listxattrat
# define __NR_listxattrat 465
#endif

static int fd = -1;

static long lxa(int dfd, const char *path, unsigned int atfl, char *list, size_t sz)
{
	return syscall(__NR_listxattrat, dfd, path, atfl, list, sz);
}

static int has(const char *list, long len, const char *name)
{
	for (long i = 0; i < len; i += strlen(list + i) + 1)
		if (!strcmp(list + i, name))
			return 1;
	return 0;
}

static void setup(void)
{
	fd = SAFE_OPEN("file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fsetxattr(fd, "user.a", "1", 1, 0)) {
		if (errno == EOPNOTSUPP || errno == ENOTSUP)
			tst_brk(TCONF, "no user.* xattrs on the temp dir's filesystem");
		tst_brk(TBROK | TERRNO, "fsetxattr(user.a)");
	}
	if (fsetxattr(fd, "user.bb", "2", 1, 0))
		tst_brk(TBROK | TERRNO, "fsetxattr(user.bb)");
}

static void run(void)
{
	char list[1024];
	long len;

	if (lxa(AT_FDCWD, "file", 0, list, sizeof(list)) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "listxattrat() not supported");
	memset(list, 0, sizeof(list));
	TST_EXP_POSITIVE(lxa(AT_FDCWD, "file", 0, list, sizeof(list)), "listxattrat(\"file\")");
	len = TST_RET;
	TST_EXP_EXPR(len >= 15 && list[len - 1] == 0 && has(list, len, "user.a") &&
		     has(list, len, "user.bb"), "list (%ld bytes) holds user.a and user.bb", len);
	TST_EXP_VAL(lxa(AT_FDCWD, "file", 0, NULL, 0), len, "listxattrat(size 0)");
	memset(list, 0, sizeof(list));
	TST_EXP_VAL(lxa(fd, "", AT_EMPTY_PATH, list, sizeof(list)), len,
		    "listxattrat(fd, \"\", AT_EMPTY_PATH)");
	TST_EXP_EXPR(has(list, len, "user.a") && has(list, len, "user.bb"),
		     "same names through the fd");

	TST_EXP_FAIL(lxa(AT_FDCWD, "file", 0, list, 3), ERANGE, "listxattrat(size 3)");
	TST_EXP_FAIL(lxa(AT_FDCWD, "file", 0x1, list, sizeof(list)), EINVAL,
		     "listxattrat(at_flags 0x1)");
	TST_EXP_FAIL(lxa(AT_FDCWD, "missing", 0, list, sizeof(list)), ENOENT,
		     "listxattrat(missing path)");
	TST_EXP_FAIL(lxa(AT_FDCWD, "file", 0, tst_bad_addr(), sizeof(list)), EFAULT,
		     "listxattrat(bad list buffer)");
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
