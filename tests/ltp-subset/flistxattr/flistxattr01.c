// SPDX-License-Identifier: Apache-2.0
/*
 * flistxattr01 - flistxattr(2).
 *
 * Checks:
 *  - lists the user.* names through an fd; size 0 returns the size and a
 *    second call with that size returns the same count;
 *  - errors: ERANGE (small buffer), EBADF (closed fd), EFAULT (bad buffer).
 * TCONF when the tmpdir's filesystem has no user xattrs.
 */
#include "tst.h"
#include <sys/xattr.h>

/* TCONF unless the tmpdir's filesystem takes user.* xattrs. */
static void require_user_xattr(void)
{
	tst_write_file("probe", "x");
	if (setxattr("probe", "user.probe", "1", 1, 0) < 0) {
		if (errno == EOPNOTSUPP || errno == EPERM)
			tst_brk(TCONF | TERRNO, "user.* xattrs not supported in the tmpdir");
		tst_brk(TBROK | TERRNO, "setxattr(probe)");
	}
}

static void run(void)
{
	char buf[1024];
	long need, n;
	int fd, found = 0;

	require_user_xattr();
	tst_write_file("f", "x");
	if (setxattr("f", "user.listed", "1", 1, 0) < 0)
		tst_brk(TBROK | TERRNO, "setxattr(f)");
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_POSITIVE(need = flistxattr(fd, NULL, 0), "flistxattr(fd, NULL, 0)");
	TST_EXP_VAL(n = flistxattr(fd, buf, sizeof(buf)), need, "flistxattr(fd, buf)");
	for (long off = 0; off < n; off += strlen(buf + off) + 1)
		found += !strcmp(buf + off, "user.listed");
	TST_EXP_EQ(found, 1);
	TST_EXP_FAIL(flistxattr(fd, buf, 2), ERANGE, "flistxattr(2-byte buffer)");
	TST_EXP_FAIL(flistxattr(fd, tst_bad_addr(), sizeof(buf)), EFAULT, "flistxattr(bad buffer)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(flistxattr(fd, buf, sizeof(buf)), EBADF, "flistxattr(closed fd)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
