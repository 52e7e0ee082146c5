// SPDX-License-Identifier: Apache-2.0
/*
 * pwritev01 - pwritev(2) (raw syscall).
 *
 * Checks:
 *  - gathers buffers and writes them at the offset without moving the
 *    file offset;
 *  - errors: EINVAL (negative offset), ESPIPE (pipe), EBADF (O_RDONLY
 *    fd), EFAULT (bad iov).
 */
#include "tst.h"
#include <sys/uio.h>

static void run(void)
{
	struct iovec iov[2] = { { "XY", 2 }, { "Z", 1 } };
	int fd = SAFE_OPEN("f", O_RDWR | O_CREAT | O_TRUNC, 0644), rfd, p[2];
	char buf[8];

	SAFE_WRITE(fd, "......", 6);
	TST_EXP_VAL(syscall(SYS_pwritev, fd, iov, 2, 2UL, 0UL), 3, "pwritev(off 2)");
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 6, "file offset unchanged");
	pread(fd, buf, 6, 0);
	TST_EXP_EXPR(!memcmp(buf, "..XYZ.", 6), "file is \"%.6s\"", buf);
	TST_EXP_FAIL(pwritev(fd, iov, 2, -1), EINVAL, "pwritev(offset -1)");
	TST_EXP_FAIL(syscall(SYS_pwritev, fd, tst_bad_addr(), 2, 0UL, 0UL), EFAULT,
		     "pwritev(bad iov)");
	rfd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_FAIL(pwritev(rfd, iov, 2, 0), EBADF, "pwritev(O_RDONLY fd)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(pwritev(p[1], iov, 2, 0), ESPIPE, "pwritev(pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	SAFE_CLOSE(rfd);
	SAFE_CLOSE(fd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
