// SPDX-License-Identifier: Apache-2.0
/*
 * writev01 - writev(2).
 *
 * Checks:
 *  - buffers are gathered in order into the file; total returned;
 *  - zero-length entries are skipped; iovcnt 0 returns 0;
 *  - errors: EINVAL (iovcnt -1; iovcnt > IOV_MAX; an iov_len that
 *    overflows ssize_t), EFAULT (bad iov pointer), EBADF (O_RDONLY fd).
 */
#include "tst.h"
#include <sys/uio.h>
#include <limits.h>

static void run(void)
{
	struct iovec iov[3] = { { "abc", 3 }, { NULL, 0 }, { "defg", 4 } };
	struct iovec ovf[2] = { { "a", 1 }, { "b", SIZE_MAX } };
	char buf[16];
	int fd = SAFE_OPEN("f", O_RDWR | O_CREAT | O_TRUNC, 0644), rfd;

	TST_EXP_VAL(writev(fd, iov, 3), 7, "writev(3, 0, 4)");
	TST_EXP_EXPR(pread(fd, buf, 16, 0) == 7 && !memcmp(buf, "abcdefg", 7),
		     "file holds \"abcdefg\"");
	TST_EXP_VAL(writev(fd, iov, 0), 0, "writev(iovcnt 0)");
	TST_EXP_FAIL(syscall(SYS_writev, fd, iov, -1), EINVAL, "writev(iovcnt -1)");
	TST_EXP_FAIL(syscall(SYS_writev, fd, iov, IOV_MAX + 1), EINVAL, "writev(iovcnt IOV_MAX+1)");
	TST_EXP_FAIL(writev(fd, ovf, 2), EINVAL, "writev(iov_len overflowing ssize_t)");
	TST_EXP_FAIL(writev(fd, tst_bad_addr(), 1), EFAULT, "writev(bad iov)");
	rfd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_FAIL(writev(rfd, iov, 1), EBADF, "writev(O_RDONLY fd)");
	SAFE_CLOSE(rfd);
	SAFE_CLOSE(fd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
