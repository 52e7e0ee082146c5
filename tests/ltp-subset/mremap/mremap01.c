// SPDX-License-Identifier: Apache-2.0
/*
 * mremap01 - mremap(2).
 *
 * Checks:
 *  - growing with MREMAP_MAYMOVE keeps the old contents and the new tail
 *    is zero-filled and writable;
 *  - shrinking in place returns the same address; the cut tail faults;
 *  - MREMAP_FIXED|MREMAP_MAYMOVE moves the mapping to the given address
 *    and the old address becomes unmapped;
 *  - EINVAL: unaligned old address; unknown flags; MREMAP_FIXED without
 *    MREMAP_MAYMOVE;
 *  - EFAULT: old range not mapped;
 *  - ENOMEM: growing in place when the next page is in use (no MAYMOVE).
 */
#include "tst.h"

#define PS 4096

static int faults(void *addr)
{
	pid_t pid = SAFE_FORK();
	int status;

	if (pid == 0) {
		(void)*(volatile char *)addr;
		_exit(0);
	}
	SAFE_WAITPID(pid, &status, 0);
	return WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV;
}

static void run(void)
{
	char *m, *n, *target;
	int ok = 1;

	m = SAFE_MMAP(NULL, 2 * PS, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memset(m, 'a', 2 * PS);
	n = mremap(m, 2 * PS, 8 * PS, MREMAP_MAYMOVE);
	if (n == MAP_FAILED)
		tst_brk(TBROK | TERRNO, "mremap(grow, MAYMOVE)");
	for (int i = 0; i < 2 * PS; i++)
		ok &= n[i] == 'a';
	TST_EXP_EXPR(ok, "grown mapping kept its contents");
	ok = 1;
	for (int i = 2 * PS; i < 8 * PS; i++)
		ok &= n[i] == 0;
	TST_EXP_EXPR(ok, "grown tail is zero-filled");
	n[8 * PS - 1] = 'z';

	m = mremap(n, 8 * PS, 4 * PS, 0);
	TST_EXP_EXPR(m == n, "shrink in place returned the same address");
	TST_EXP_EXPR(faults(n + 5 * PS), "cut tail faults");

	target = SAFE_MMAP(NULL, 4 * PS, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	n = mremap(m, 4 * PS, 4 * PS, MREMAP_MAYMOVE | MREMAP_FIXED, target);
	TST_EXP_EXPR(n == target, "MREMAP_FIXED moved mapping to %p (got %p)",
		     (void *)target, (void *)n);
	TST_EXP_EXPR(n == target && n[0] == 'a', "moved mapping keeps contents");
	TST_EXP_EXPR(faults(m), "old address unmapped after move");

	TST_EXP_FAIL(mremap(n + 1, PS, 2 * PS, MREMAP_MAYMOVE), EINVAL,
		     "mremap(unaligned)");
	TST_EXP_FAIL(mremap(n, PS, 2 * PS, 0x100), EINVAL, "mremap(flags 0x100)");
	TST_EXP_FAIL(mremap(n, PS, PS, MREMAP_FIXED, m), EINVAL,
		     "mremap(MREMAP_FIXED without MAYMOVE)");
	TST_EXP_FAIL(mremap(m, PS, 2 * PS, MREMAP_MAYMOVE), EFAULT,
		     "mremap(unmapped old range)");

	/* two adjacent mappings: growing the first in place must fail */
	m = SAFE_MMAP(NULL, 2 * PS, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	SAFE_MMAP(m + PS, PS, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	TST_EXP_FAIL(mremap(m, PS, 2 * PS, 0), ENOMEM,
		     "mremap(grow in place into a used page)");
	SAFE_MUNMAP(m, 2 * PS);
	SAFE_MUNMAP(n, 4 * PS);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
