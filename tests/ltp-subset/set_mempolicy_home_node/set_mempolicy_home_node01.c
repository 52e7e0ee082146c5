// SPDX-License-Identifier: Apache-2.0
/*
 * set_mempolicy_home_node01 - set_mempolicy_home_node(2) (nr 450, Linux
 * 5.17) through the raw syscall: (start, len, home_node, flags).
 *
 * Checks, on 4-page anonymous mappings:
 *  - on a range mbind(2)-ed with MPOL_BIND to node 0, home node 0 is
 *    accepted (0);
 *  - on a range with no VMA policy (default) the call fails with ENOENT:
 *    there is no policy in the range to give a home node;
 *  - on a range mbind-ed with MPOL_PREFERRED it fails with EOPNOTSUPP
 *    (only MPOL_BIND and MPOL_PREFERRED_MANY take a home node);
 *  - errors: EINVAL (flags 1), EINVAL (home node 1000000, beyond
 *    MAX_NUMNODES), EINVAL (unaligned start), ENOENT (unmapped range:
 *    no VMA, so no policy either).
 * TCONF if the syscall or mbind() is missing (ENOSYS: no CONFIG_NUMA).
 */
#include "tst.h"

#ifndef __NR_set_mempolicy_home_node
# define __NR_set_mempolicy_home_node 450
#endif
#define MPOL_PREFERRED_ 1
#define MPOL_BIND_ 2

static long shn(void *start, unsigned long len, unsigned long node, unsigned long fl)
{
	return syscall(__NR_set_mempolicy_home_node, start, len, node, fl);
}

static void run(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	unsigned long mask = 1;
	char *p, *d, *pr;

	p = SAFE_MMAP(NULL, 12 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	d = p + 4 * pg;
	pr = p + 8 * pg;
	if (syscall(__NR_mbind, p, 4 * pg, MPOL_BIND_, &mask, 8 * sizeof(mask) + 1, 0)) {
		if (errno == ENOSYS)
			tst_brk(TCONF, "mbind() not supported");
		tst_brk(TBROK | TERRNO, "mbind(MPOL_BIND, node 0)");
	}
	if (syscall(__NR_mbind, pr, 4 * pg, MPOL_PREFERRED_, &mask, 8 * sizeof(mask) + 1, 0))
		tst_brk(TBROK | TERRNO, "mbind(MPOL_PREFERRED, node 0)");
	if (shn(p, 4 * pg, 0, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "set_mempolicy_home_node() not supported");
	TST_EXP_PASS(shn(p, 4 * pg, 0, 0), "set_mempolicy_home_node(MPOL_BIND range, node 0)");
	memset(p, 'h', 4 * pg);
	TST_EXP_EXPR(p[0] == 'h' && p[4 * pg - 1] == 'h', "range usable after setting home node");
	TST_EXP_FAIL(shn(d, 4 * pg, 0, 0), ENOENT, "set_mempolicy_home_node(default-policy range)");
	TST_EXP_FAIL(shn(pr, 4 * pg, 0, 0), EOPNOTSUPP,
		     "set_mempolicy_home_node(MPOL_PREFERRED range)");

	TST_EXP_FAIL(shn(p, 4 * pg, 0, 1), EINVAL, "set_mempolicy_home_node(flags 1)");
	TST_EXP_FAIL(shn(p, 4 * pg, 1000000, 0), EINVAL, "set_mempolicy_home_node(node 1000000)");
	TST_EXP_FAIL(shn(p + 1, 4 * pg, 0, 0), EINVAL, "set_mempolicy_home_node(unaligned start)");
	SAFE_MUNMAP(p, 12 * pg);
	TST_EXP_FAIL(shn(p, 4 * pg, 0, 0), ENOENT, "set_mempolicy_home_node(unmapped range)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
