// SPDX-License-Identifier: Apache-2.0
/*
 * preadv01 - preadv(2) (raw syscall: offset split into low/high words).
 *
 * Checks:
 *  - reads at the given offset into several buffers without moving the
 *    file offset;
 *  - at EOF returns 0;
 *  - errors: EINVAL (negative offset), ESPIPE (pipe), EBADF (closed fd),
 *    EFAULT (bad iov).
 */
#include "tst.h"
#include <sys/uio.h>

static long raw_preadv(int fd, const struct iovec *iov, int cnt, long long off)
{
	return syscall(SYS_preadv, fd, iov, cnt, (unsigned long)off,
		       (unsigned long)((unsigned long long)off >> 32 >> 32));
}

static void run(void)
{
	char a[2], b[3];
	struct iovec iov[2] = { { a, 2 }, { b, 3 } };
	int fd, p[2];

	tst_write_file("f", "0123456789");
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_VAL(raw_preadv(fd, iov, 2, 4), 5, "preadv(off 4, 2+3)");
	TST_EXP_EXPR(!memcmp(a, "45", 2) && !memcmp(b, "678", 3),
		     "got \"%.2s\" + \"%.3s\"", a, b);
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 0, "file offset unchanged");
	TST_EXP_VAL(raw_preadv(fd, iov, 2, 10), 0, "preadv at EOF");
	TST_EXP_FAIL(preadv(fd, iov, 2, -1), EINVAL, "preadv(offset -1)");
	TST_EXP_FAIL(raw_preadv(fd, tst_bad_addr(), 2, 0), EFAULT, "preadv(bad iov)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(preadv(p[0], iov, 2, 0), ESPIPE, "preadv(pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(preadv(fd, iov, 2, 0), EBADF, "preadv(closed fd)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
