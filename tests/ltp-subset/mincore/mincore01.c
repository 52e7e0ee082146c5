// SPDX-License-Identifier: Apache-2.0
/*
 * mincore01 - mincore(2).
 *
 * Checks:
 *  - touched anonymous pages are reported resident (bit 0 set);
 *  - after MADV_DONTNEED, an untouched private anonymous page is not
 *    resident;
 *  - only bit 0 is meaningful: the other bits of each vector byte are 0;
 *  - EINVAL: unaligned address;
 *  - ENOMEM: an unmapped range;
 *  - EFAULT: a bad vector pointer.
 */
#include "tst.h"

#define PS 4096

static void run(void)
{
	char *m = SAFE_MMAP(NULL, 4 * PS, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char vec[4];
	int hi = 0;

	memset(m, 1, 4 * PS);
	TST_EXP_PASS(mincore(m, 4 * PS, vec), "mincore(4 touched pages)");
	TST_EXP_EXPR((vec[0] & vec[1] & vec[2] & vec[3] & 1),
		     "touched pages resident: %d %d %d %d", vec[0], vec[1], vec[2], vec[3]);
	for (int i = 0; i < 4; i++)
		hi |= vec[i] & 0xfe;
	TST_EXP_EXPR(hi == 0, "upper bits of vector bytes are zero");
	madvise(m + PS, PS, MADV_DONTNEED);
	TST_EXP_PASS(mincore(m, 4 * PS, vec), "mincore after MADV_DONTNEED");
	TST_EXP_EXPR(!(vec[1] & 1) && (vec[0] & 1), "discarded page not resident "
		     "(vec[1]=%d), neighbour resident (vec[0]=%d)", vec[1], vec[0]);
	TST_EXP_FAIL(mincore(m + 1, PS, vec), EINVAL, "mincore(unaligned)");
	TST_EXP_FAIL(mincore(m, PS, tst_bad_addr()), EFAULT, "mincore(bad vector)");
	SAFE_MUNMAP(m, 4 * PS);
	TST_EXP_FAIL(mincore(m, PS, vec), ENOMEM, "mincore(unmapped)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
