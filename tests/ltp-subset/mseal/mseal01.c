// SPDX-License-Identifier: Apache-2.0
/*
 * mseal01 - mseal(2) (nr 462) through the raw syscall.
 *
 * Checks, on a 2-page anonymous read/write mapping:
 *  - mseal(addr, len, 0) returns 0; sealing it again returns 0;
 *  - afterwards munmap, mprotect(PROT_READ), mremap to a new size and
 *    MAP_FIXED over it all fail with EPERM, and the memory stays mapped
 *    and writable (data written before sealing is still there);
 *  - an unsealed neighbouring mapping can still be unmapped;
 *  - errors: EINVAL (flags 1), EINVAL (addr not page aligned), ENOMEM
 *    (range not mapped).
 * TCONF if the syscall is missing (ENOSYS).
 */
#include "tst.h"

#ifndef __NR_mseal
# define __NR_mseal 462
#endif

static long ms(void *a, size_t len, unsigned long flags)
{
	return syscall(__NR_mseal, a, len, flags);
}

static void run(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	char *p, *q;

	p = SAFE_MMAP(NULL, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	q = p + 2 * pg;		/* third page stays unsealed */
	p[0] = 'S';
	TST_EXP_FAIL(ms(p, 2 * pg, 1), EINVAL, "mseal(flags 1)");
	if (TST_ERR == ENOSYS)
		tst_brk(TCONF, "mseal() not supported");
	TST_EXP_FAIL(ms(p + 1, pg, 0), EINVAL, "mseal(unaligned addr)");
	TST_EXP_PASS(ms(p, 2 * pg, 0), "mseal(2 pages)");
	if (!TST_PASS)
		return;
	TST_EXP_PASS(ms(p, 2 * pg, 0), "mseal again");

	TST_EXP_FAIL(munmap(p, 2 * pg), EPERM, "munmap(sealed)");
	TST_EXP_FAIL(mprotect(p, pg, PROT_READ), EPERM, "mprotect(sealed, PROT_READ)");
	TST_EXP_EXPR(mremap(p, 2 * pg, pg, 0) == MAP_FAILED && errno == EPERM,
		     "mremap(sealed, shrink) fails with EPERM");
	TST_EXP_EXPR(mmap(p, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) ==
		     MAP_FAILED && errno == EPERM, "mmap(MAP_FIXED over sealed) fails with EPERM");
	p[1] = 'T';
	TST_EXP_EXPR(p[0] == 'S' && p[1] == 'T', "sealed memory still mapped and writable");
	TST_EXP_PASS(munmap(q, pg), "munmap(unsealed neighbour)");
	TST_EXP_FAIL(ms(q, pg, 0), ENOMEM, "mseal(unmapped range)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
