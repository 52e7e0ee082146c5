// SPDX-License-Identifier: Apache-2.0
/*
 * process_madvise01 - process_madvise(2) (nr 440) through the raw syscall,
 * on the caller's own address space (a pidfd of self needs no privilege).
 *
 * Checks:
 *  - MADV_COLD on a 4-page anonymous region, as an iovec of two 2-page
 *    segments, returns the total length (4 pages) and the data stays;
 *  - MADV_PAGEOUT on the same region returns its length and the data
 *    reads back unchanged (anonymous pages come back from swap or were
 *    never reclaimed);
 *  - MADV_DONTNEED (allowed for the caller's own process since 6.13)
 *    returns the length and the region then reads as zero;
 *  - errors: EINVAL (advice 9999), EINVAL (flags 1), EBADF (fd 100, not
 *    open), EBADF (a pipe fd, not a pidfd), EINVAL (vlen > IOV_MAX).
 * TCONF if process_madvise() or pidfd_open() is missing (ENOSYS).
 */
#include <sys/uio.h>
#include "tst.h"

#ifndef MADV_COLD
# define MADV_COLD 20
# define MADV_PAGEOUT 21
#endif
#ifndef __NR_pidfd_open
# define __NR_pidfd_open 434
#endif

static int pidfd = -1, pfd[2];
static long pg;
static char *p;

static long pmadv(int fd, const struct iovec *iov, unsigned long n, int adv, unsigned int fl)
{
	return syscall(__NR_process_madvise, fd, iov, n, adv, fl);
}

static void setup(void)
{
	pg = sysconf(_SC_PAGESIZE);
	pidfd = syscall(__NR_pidfd_open, getpid(), 0);
	if (pidfd < 0 && errno == ENOSYS)
		tst_brk(TCONF, "pidfd_open() not supported");
	if (pidfd < 0)
		tst_brk(TBROK | TERRNO, "pidfd_open(self)");
	SAFE_PIPE(pfd);
	p = SAFE_MMAP(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

static int all(char c)
{
	for (long i = 0; i < 4 * pg; i++)
		if (p[i] != c)
			return 0;
	return 1;
}

static void run(void)
{
	struct iovec iov[2] = { { p, 2 * pg }, { p + 2 * pg, 2 * pg } };

	memset(p, 'm', 4 * pg);
	if (pmadv(pidfd, iov, 2, MADV_COLD, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "process_madvise() not supported");
	TST_EXP_VAL(pmadv(pidfd, iov, 2, MADV_COLD, 0), 4 * pg, "process_madvise(MADV_COLD)");
	TST_EXP_EXPR(all('m'), "data intact after MADV_COLD");
	TST_EXP_VAL(pmadv(pidfd, iov, 2, MADV_PAGEOUT, 0), 4 * pg, "process_madvise(MADV_PAGEOUT)");
	TST_EXP_EXPR(all('m'), "data intact after MADV_PAGEOUT");
	TST_EXP_VAL(pmadv(pidfd, iov, 1, MADV_DONTNEED, 0), 2 * pg,
		    "process_madvise(MADV_DONTNEED, first 2 pages)");
	TST_EXP_EXPR(p[0] == 0 && p[2 * pg - 1] == 0 && p[2 * pg] == 'm',
		     "dropped pages read as zero, the others keep their data");

	TST_EXP_FAIL(pmadv(pidfd, iov, 2, 9999, 0), EINVAL, "process_madvise(advice 9999)");
	TST_EXP_FAIL(pmadv(pidfd, iov, 2, MADV_COLD, 1), EINVAL, "process_madvise(flags 1)");
	TST_EXP_FAIL(pmadv(100, iov, 2, MADV_COLD, 0), EBADF, "process_madvise(fd 100, not open)");
	TST_EXP_FAIL(pmadv(pfd[0], iov, 2, MADV_COLD, 0), EBADF, "process_madvise(pipe fd)");
	TST_EXP_FAIL(pmadv(pidfd, iov, 1025, MADV_COLD, 0), EINVAL,
		     "process_madvise(1025 segments > IOV_MAX)");
}

static void cleanup(void)
{
	if (pidfd >= 0)
		SAFE_CLOSE(pidfd);
}

static struct tst_test test = { .setup = setup, .cleanup = cleanup, .test_all = run };
TST_MAIN(test)
