// SPDX-License-Identifier: Apache-2.0
/*
 * readv01 - readv(2).
 *
 * Checks:
 *  - data is scattered over the buffers in order, the total is returned;
 *  - zero-length iovec entries are skipped; iovcnt 0 returns 0;
 *  - a short file fills the buffers partially;
 *  - errors: EINVAL (iovcnt -1; iovcnt > IOV_MAX), EFAULT (bad iov
 *    pointer; bad buffer in an iovec), EBADF (closed fd).
 */
#include "tst.h"
#include <sys/uio.h>
#include <limits.h>

static void run(void)
{
	char a[3], b[4], c[16];
	struct iovec iov[3] = { { a, 3 }, { NULL, 0 }, { b, 4 } };
	struct iovec big[3] = { { a, 3 }, { c, 16 }, { b, 4 } };
	struct iovec bad[1] = { { tst_bad_addr(), 4 } };
	int fd;

	tst_write_file("f", "abcdefghij");
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_VAL(readv(fd, iov, 3), 7, "readv(3, 0, 4)");
	TST_EXP_EXPR(!memcmp(a, "abc", 3) && !memcmp(b, "defg", 4),
		     "scattered \"%.3s\" + \"%.4s\"", a, b);
	TST_EXP_VAL(readv(fd, iov, 0), 0, "readv(iovcnt 0)");
	TST_EXP_VAL(readv(fd, big, 3), 3, "readv at near-EOF is short");
	TST_EXP_EXPR(!memcmp(a, "hij", 3), "first buffer got \"%.3s\"", a);
	TST_EXP_FAIL(syscall(SYS_readv, fd, iov, -1), EINVAL, "readv(iovcnt -1)");
	TST_EXP_FAIL(syscall(SYS_readv, fd, iov, IOV_MAX + 1), EINVAL, "readv(iovcnt IOV_MAX+1)");
	SAFE_LSEEK(fd, 0, SEEK_SET);
	TST_EXP_FAIL(readv(fd, tst_bad_addr(), 1), EFAULT, "readv(bad iov)");
	TST_EXP_FAIL(readv(fd, bad, 1), EFAULT, "readv(bad buffer in iov)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(readv(fd, iov, 1), EBADF, "readv(closed fd)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
