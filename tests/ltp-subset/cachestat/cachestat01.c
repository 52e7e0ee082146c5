// SPDX-License-Identifier: Apache-2.0
/*
 * cachestat01 - cachestat(2) (nr 451) through the raw syscall.
 *
 * Checks:
 *  - on a temp file just written with 16 pages, the range of those pages
 *    reports nr_cache > 0 (at most 16 pages), and len 0 ("to end of file")
 *    does too;
 *  - a range wholly beyond EOF reports nr_cache 0;
 *  - errors: EINVAL (flags 1), EBADF (fd 100, not open), EFAULT (bad range
 *    pointer and bad cstat pointer).
 * TCONF if the syscall is missing (ENOSYS).
 */
#include "tst.h"

#ifndef __NR_cachestat
# define __NR_cachestat 451
#endif

struct cs_range {
	uint64_t off, len;
};

struct cs {
	uint64_t nr_cache, nr_dirty, nr_writeback, nr_evicted, nr_recently_evicted;
};

#define NPG 16

static int fd;
static long pg;

static long cstat(int f, struct cs_range *r, struct cs *c, unsigned int flags)
{
	return syscall(__NR_cachestat, f, r, c, flags);
}

static void setup(void)
{
	char *buf;

	pg = sysconf(_SC_PAGESIZE);
	buf = SAFE_MALLOC(NPG * pg);
	memset(buf, 'c', NPG * pg);
	fd = SAFE_OPEN("file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	SAFE_WRITE(fd, buf, NPG * pg);
	free(buf);
}

static void run(void)
{
	struct cs_range r = { 0, NPG * pg };
	struct cs c;

	memset(&c, 0, sizeof(c));
	if (cstat(fd, &r, &c, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "cachestat() not supported");
	TST_EXP_PASS(cstat(fd, &r, &c, 0), "cachestat(written range)");
	TST_EXP_EXPR(c.nr_cache > 0 && c.nr_cache <= NPG, "nr_cache %llu (dirty %llu)",
		     (unsigned long long)c.nr_cache, (unsigned long long)c.nr_dirty);
	r.len = 0;
	memset(&c, 0, sizeof(c));
	TST_EXP_PASS(cstat(fd, &r, &c, 0), "cachestat(len 0: to EOF)");
	TST_EXP_EXPR(c.nr_cache > 0, "nr_cache %llu", (unsigned long long)c.nr_cache);
	r.off = 64 * NPG * pg;
	r.len = NPG * pg;
	TST_EXP_PASS(cstat(fd, &r, &c, 0), "cachestat(beyond EOF)");
	TST_EXP_EQ(c.nr_cache, 0);

	r.off = 0;
	TST_EXP_FAIL(cstat(fd, &r, &c, 1), EINVAL, "flags 1");
	TST_EXP_FAIL(cstat(100, &r, &c, 0), EBADF, "fd 100 (not open)");
	TST_EXP_FAIL(cstat(fd, tst_bad_addr(), &c, 0), EFAULT, "bad range pointer");
	TST_EXP_FAIL(cstat(fd, &r, tst_bad_addr(), 0), EFAULT, "bad cstat pointer");
}

static struct tst_test test = { .setup = setup, .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
