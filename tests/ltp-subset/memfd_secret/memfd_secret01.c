// SPDX-License-Identifier: Apache-2.0
/*
 * memfd_secret01 - memfd_secret(2) (nr 447) through the raw syscall.
 *
 * Checks:
 *  - memfd_secret(FD_CLOEXEC) returns an fd with FD_CLOEXEC set (the
 *    flag is O_CLOEXEC), memfd_secret(0) one without it;
 *  - after ftruncate(2) to 2 pages, a MAP_SHARED mapping can be written
 *    and read back, and a second mapping of the same fd sees the data;
 *  - fstat(2) reports the size set by ftruncate();
 *  - errors: EINVAL (flags O_NONBLOCK|0x1000000, unknown bits), EINVAL
 *    (MAP_PRIVATE mapping of the fd).
 * TCONF if the syscall is missing (ENOSYS: no CONFIG_SECRETMEM or
 * secretmem.enable=0).
 */
#include "tst.h"

#ifndef __NR_memfd_secret
# define __NR_memfd_secret 447
#endif

static long msec(unsigned int fl)
{
	return syscall(__NR_memfd_secret, fl);
}

static void run(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	struct stat st;
	char *p, *q;
	int fd, fd2;

	fd = msec(O_CLOEXEC);
	if (fd < 0 && errno == ENOSYS)
		tst_brk(TCONF, "memfd_secret() not supported");
	TST_EXP_FD(fd, "memfd_secret(O_CLOEXEC)");
	if (fd < 0)
		return;
	TST_EXP_EXPR(fcntl(fd, F_GETFD) & FD_CLOEXEC, "FD_CLOEXEC is set");
	TST_EXP_FD(fd2 = msec(0), "memfd_secret(0)");
	if (fd2 >= 0) {
		TST_EXP_EXPR(!(fcntl(fd2, F_GETFD) & FD_CLOEXEC), "FD_CLOEXEC is clear");
		SAFE_CLOSE(fd2);
	}

	SAFE_FTRUNCATE(fd, 2 * pg);
	if (fstat(fd, &st))
		tst_brk(TBROK | TERRNO, "fstat");
	TST_EXP_EQ(st.st_size, 2 * pg);
	p = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED && (errno == EAGAIN || errno == ENOMEM)) {
		tst_res(TCONF | TERRNO, "mmap(secret memory): no memory/locked-memory budget");
	} else {
		TST_EXP_EXPR(p != MAP_FAILED, "mmap(MAP_SHARED) of the secret fd");
		if (p != MAP_FAILED) {
			memset(p, 's', 2 * pg);
			q = SAFE_MMAP(NULL, 2 * pg, PROT_READ, MAP_SHARED, fd, 0);
			TST_EXP_EXPR(p[0] == 's' && p[2 * pg - 1] == 's' && q[pg] == 's',
				     "data written reads back, also through a second mapping");
			SAFE_MUNMAP(q, 2 * pg);
			SAFE_MUNMAP(p, 2 * pg);
		}
	}
	TST_EXP_EXPR(mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0) == MAP_FAILED &&
		     errno == EINVAL, "mmap(MAP_PRIVATE) of the secret fd fails with EINVAL");
	SAFE_CLOSE(fd);

	TST_EXP_FAIL(msec(O_NONBLOCK | 0x1000000), EINVAL, "memfd_secret(unknown flag bits)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
