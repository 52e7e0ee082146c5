// SPDX-License-Identifier: Apache-2.0
/*
 * set_mempolicy01 - set_mempolicy(2) through the raw syscall (no libnuma).
 *
 * Checks:
 *  - set_mempolicy(MPOL_DEFAULT, NULL, 0) succeeds and get_mempolicy then
 *    reports MPOL_DEFAULT;
 *  - MPOL_BIND to node 0 succeeds and is reported back with node 0 in the
 *    mask; MPOL_PREFERRED with an empty mask (local allocation) succeeds;
 *    MPOL_DEFAULT restores the default;
 *  - errors: EINVAL (mode 99), EINVAL (MPOL_BIND with an empty mask),
 *    EINVAL (MPOL_DEFAULT with a nonempty mask), EINVAL (MPOL_F_STATIC_NODES
 *    together with MPOL_F_RELATIVE_NODES), EFAULT (bad nodemask pointer).
 * TCONF if the kernel has no NUMA support (ENOSYS).
 */
#include "tst.h"

#define MPOL_DEFAULT 0
#define MPOL_PREFERRED 1
#define MPOL_BIND 2
#define MPOL_F_STATIC_NODES (1 << 15)
#define MPOL_F_RELATIVE_NODES (1 << 14)
#define MAXNODE 64

static long smp(int mode, const unsigned long *mask, unsigned long maxnode)
{
	return syscall(SYS_set_mempolicy, mode, mask, maxnode);
}

static long gmp(int *mode, unsigned long *mask, unsigned long maxnode)
{
	return syscall(SYS_get_mempolicy, mode, mask, maxnode, NULL, 0UL);
}

static void setup(void)
{
	if (smp(MPOL_DEFAULT, NULL, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "no NUMA support (set_mempolicy: ENOSYS)");
}

static void run(void)
{
	unsigned long mask = 1, empty = 0, got;
	int mode = -1;

	TST_EXP_PASS(smp(MPOL_DEFAULT, NULL, 0), "set_mempolicy(MPOL_DEFAULT, NULL, 0)");
	TST_EXP_PASS(gmp(&mode, NULL, 0), "get_mempolicy");
	TST_EXP_EQ(mode, MPOL_DEFAULT);

	TST_EXP_PASS(smp(MPOL_BIND, &mask, MAXNODE), "set_mempolicy(MPOL_BIND, node 0)");
	got = 0;
	TST_EXP_PASS(gmp(&mode, &got, MAXNODE), "get_mempolicy after MPOL_BIND");
	TST_EXP_EXPR(mode == MPOL_BIND && (got & 1), "mode %d mask 0x%lx", mode, got);
	TST_EXP_PASS(smp(MPOL_PREFERRED, &empty, MAXNODE), "MPOL_PREFERRED, empty mask");
	TST_EXP_PASS(smp(MPOL_DEFAULT, NULL, 0), "back to MPOL_DEFAULT");
	mode = -1;
	gmp(&mode, NULL, 0);
	TST_EXP_EQ(mode, MPOL_DEFAULT);

	TST_EXP_FAIL(smp(99, NULL, 0), EINVAL, "mode 99");
	TST_EXP_FAIL(smp(MPOL_BIND, &empty, MAXNODE), EINVAL, "MPOL_BIND, empty mask");
	TST_EXP_FAIL(smp(MPOL_DEFAULT, &mask, MAXNODE), EINVAL, "MPOL_DEFAULT, nonempty mask");
	TST_EXP_FAIL(smp(MPOL_BIND | MPOL_F_STATIC_NODES | MPOL_F_RELATIVE_NODES, &mask, MAXNODE),
		     EINVAL, "STATIC_NODES | RELATIVE_NODES");
	TST_EXP_FAIL(smp(MPOL_BIND, tst_bad_addr(), MAXNODE), EFAULT, "bad nodemask pointer");
	smp(MPOL_DEFAULT, NULL, 0);
}

static struct tst_test test = { .setup = setup, .test_all = run };
TST_MAIN(test)
