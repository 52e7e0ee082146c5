// SPDX-License-Identifier: Apache-2.0
/*
 * vmsplice01 - vmsplice(2) (nr 278) through the raw syscall.
 *
 * Checks:
 *  - two user buffers (an iovec of 2 segments) spliced into the write end
 *    of a pipe: the call returns the total length and read(2) on the read
 *    end returns the same bytes in order;
 *  - SPLICE_F_GIFT is accepted for page-aligned user pages;
 *  - on the read end, vmsplice() copies pipe data out into user memory;
 *  - errors: EBADF (fd 100, not open), EBADF (a regular file, not a pipe),
 *    EINVAL (unknown flag bit 0x100), EINVAL (more than IOV_MAX segments).
 * TCONF if the syscall is missing (ENOSYS).
 */
#include <sys/uio.h>
#include "tst.h"

#ifndef SPLICE_F_GIFT
# define SPLICE_F_NONBLOCK 0x02
# define SPLICE_F_GIFT 0x08
#endif

static int pfd[2], ffd;
static long pg;

static long vms(int fd, const struct iovec *iov, unsigned long n, unsigned int fl)
{
	return syscall(__NR_vmsplice, fd, iov, n, fl);
}

static void setup(void)
{
	pg = sysconf(_SC_PAGESIZE);
	SAFE_PIPE(pfd);
	ffd = SAFE_OPEN("file", O_RDWR | O_CREAT | O_TRUNC, 0644);
}

static void run(void)
{
	char a[100], b[200], out[300], in[300];
	struct iovec iov[2] = { { a, sizeof(a) }, { b, sizeof(b) } };
	struct iovec big = { out, 1 };
	char *page;

	memset(a, 'a', sizeof(a));
	memset(b, 'b', sizeof(b));
	if (vms(pfd[1], iov, 2, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "vmsplice() not supported");
	/* the probe above already put 300 bytes into the pipe */
	SAFE_READ_FULL(pfd[0], out, sizeof(out));
	memset(out, 0, sizeof(out));
	TST_EXP_VAL(vms(pfd[1], iov, 2, 0), 300, "vmsplice(2 segments into pipe)");
	SAFE_READ_FULL(pfd[0], out, sizeof(out));
	TST_EXP_EXPR(!memcmp(out, a, 100) && !memcmp(out + 100, b, 200),
		     "data read back from the pipe matches the user buffers");

	page = SAFE_MMAP(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memset(page, 'g', pg);
	iov[0].iov_base = page;
	iov[0].iov_len = pg;
	TST_EXP_VAL(vms(pfd[1], iov, 1, SPLICE_F_GIFT), pg, "vmsplice(1 page, SPLICE_F_GIFT)");
	memset(in, 0, sizeof(in));
	SAFE_READ_FULL(pfd[0], in, sizeof(in));
	TST_EXP_EXPR(in[0] == 'g' && in[sizeof(in) - 1] == 'g', "gifted page data read back");
	SAFE_READ_FULL(pfd[0], page, pg - sizeof(in));
	SAFE_MUNMAP(page, pg);

	SAFE_WRITE(pfd[1], "pipe-to-user", 12);
	memset(in, 0, sizeof(in));
	iov[0].iov_base = in;
	iov[0].iov_len = 12;
	TST_EXP_VAL(vms(pfd[0], iov, 1, 0), 12, "vmsplice(read end into user memory)");
	TST_EXP_EXPR(!memcmp(in, "pipe-to-user", 12), "pipe data copied to user memory");

	TST_EXP_FAIL(vms(100, &big, 1, 0), EBADF, "vmsplice(fd 100, not open)");
	TST_EXP_FAIL(vms(ffd, &big, 1, 0), EBADF, "vmsplice(regular file)");
	TST_EXP_FAIL(vms(pfd[1], &big, 1, 0x100), EINVAL, "vmsplice(flags 0x100)");
	TST_EXP_FAIL(vms(pfd[1], &big, 1025, 0), EINVAL, "vmsplice(1025 segments > IOV_MAX)");
}

static void cleanup(void)
{
	if (ffd > 0)
		SAFE_CLOSE(ffd);
}

static struct tst_test test = {
	.setup = setup, .cleanup = cleanup, .test_all = run, .needs_tmpdir = 1,
};
TST_MAIN(test)
