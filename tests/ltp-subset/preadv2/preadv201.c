// SPDX-License-Identifier: Apache-2.0
/*
 * preadv201 - preadv2(2) and pwritev2(2) (raw syscalls).
 *
 * Checks:
 *  - offset -1 uses and advances the current file offset (both calls);
 *  - an explicit offset does not move the file offset;
 *  - RWF_HIPRI is accepted on a regular file;
 *  - pwritev2 with RWF_APPEND appends regardless of the offset;
 *  - EOPNOTSUPP for unknown flags; EINVAL for an offset below -1;
 *    RWF_NOWAIT on an empty pipe -> EAGAIN.
 */
#include "tst.h"
#include <sys/uio.h>

#ifndef RWF_HIPRI
#define RWF_HIPRI 1
#endif
#ifndef RWF_NOWAIT
#define RWF_NOWAIT 8
#endif
#ifndef RWF_APPEND
#define RWF_APPEND 0x10
#endif

static long p2(long nr, int fd, struct iovec *iov, int cnt, long off, int flags)
{
	return syscall(nr, fd, iov, cnt, (unsigned long)off,
		       off < 0 ? -1UL : 0UL, flags);
}

static void run(void)
{
	char a[4];
	struct iovec r = { a, 4 }, w = { "WXYZ", 4 };
	int fd = SAFE_OPEN("f", O_RDWR | O_CREAT | O_TRUNC, 0644), p[2];
	struct stat st;

	SAFE_WRITE(fd, "abcdefgh", 8);
	SAFE_LSEEK(fd, 0, SEEK_SET);
	TST_EXP_VAL(p2(SYS_preadv2, fd, &r, 1, -1, 0), 4, "preadv2(off -1)");
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 4, "offset -1 advanced the file offset");
	TST_EXP_VAL(p2(SYS_preadv2, fd, &r, 1, 1, RWF_HIPRI), 4, "preadv2(off 1, RWF_HIPRI)");
	TST_EXP_EXPR(!memcmp(a, "bcde", 4), "got \"%.4s\"", a);
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 4, "explicit offset left file offset at 4");
	TST_EXP_VAL(p2(SYS_pwritev2, fd, &w, 1, -1, 0), 4, "pwritev2(off -1)");
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 8, "pwritev2 advanced the file offset");
	TST_EXP_VAL(p2(SYS_pwritev2, fd, &w, 1, 0, RWF_APPEND), 4, "pwritev2(off 0, RWF_APPEND)");
	fstat(fd, &st);
	TST_EXP_EQ(st.st_size, 12);
	TST_EXP_FAIL(p2(SYS_preadv2, fd, &r, 1, 0, 0x40000000), EOPNOTSUPP,
		     "preadv2(unknown flag)");
	TST_EXP_FAIL(p2(SYS_pwritev2, fd, &w, 1, 0, 0x40000000), EOPNOTSUPP,
		     "pwritev2(unknown flag)");
	TST_EXP_FAIL(p2(SYS_preadv2, fd, &r, 1, -2, 0), EINVAL, "preadv2(off -2)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(p2(SYS_preadv2, p[0], &r, 1, -1, RWF_NOWAIT), EAGAIN,
		     "preadv2(empty pipe, RWF_NOWAIT)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	SAFE_CLOSE(fd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
