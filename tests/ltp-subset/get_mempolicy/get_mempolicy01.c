// SPDX-License-Identifier: Apache-2.0
/*
 * get_mempolicy01 - get_mempolicy(2) through the raw syscall (no libnuma).
 *
 * Checks:
 *  - after set_mempolicy(MPOL_DEFAULT, NULL, 0) the process policy is
 *    MPOL_DEFAULT, and with a mask buffer the call succeeds too;
 *  - MPOL_F_ADDR on a fresh anonymous mapping reports MPOL_DEFAULT;
 *  - MPOL_F_MEMS_ALLOWED returns a mask containing node 0;
 *  - MPOL_F_NODE|MPOL_F_ADDR on a touched page returns a node id >= 0;
 *  - errors: EINVAL (unknown flag 0x100), EINVAL (addr given without
 *    MPOL_F_ADDR), EFAULT (MPOL_F_ADDR on an unmapped address), EFAULT (bad
 *    mode pointer).
 * TCONF if the kernel has no NUMA support (ENOSYS).
 */
#include "tst.h"

#define MPOL_DEFAULT 0
#define MPOL_F_NODE (1 << 0)
#define MPOL_F_ADDR (1 << 1)
#define MPOL_F_MEMS_ALLOWED (1 << 2)
#define MAXNODE 64

static long gmp(int *mode, unsigned long *mask, unsigned long maxnode, void *addr,
		unsigned long flags)
{
	return syscall(SYS_get_mempolicy, mode, mask, maxnode, addr, flags);
}

static void setup(void)
{
	if (syscall(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0UL) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "no NUMA support (set_mempolicy: ENOSYS)");
}

static void run(void)
{
	unsigned long mask = 0;
	int mode = -1;
	char *p = SAFE_MMAP(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	TST_EXP_PASS(gmp(&mode, NULL, 0, NULL, 0), "get_mempolicy(process policy)");
	TST_EXP_EQ(mode, MPOL_DEFAULT);
	mode = -1;
	TST_EXP_PASS(gmp(&mode, &mask, MAXNODE, NULL, 0), "get_mempolicy with a mask buffer");
	TST_EXP_EQ(mode, MPOL_DEFAULT);
	mode = -1;
	TST_EXP_PASS(gmp(&mode, NULL, 0, p, MPOL_F_ADDR), "get_mempolicy(MPOL_F_ADDR)");
	TST_EXP_EQ(mode, MPOL_DEFAULT);
	mask = 0;
	TST_EXP_PASS(gmp(NULL, &mask, MAXNODE, NULL, MPOL_F_MEMS_ALLOWED), "MPOL_F_MEMS_ALLOWED");
	TST_EXP_EXPR(mask & 1, "allowed nodes 0x%lx include node 0", mask);
	p[0] = 1;
	mode = -1;
	TST_EXP_PASS(gmp(&mode, NULL, 0, p, MPOL_F_NODE | MPOL_F_ADDR), "MPOL_F_NODE|MPOL_F_ADDR");
	TST_EXP_EXPR(mode >= 0, "page is on node %d", mode);

	TST_EXP_FAIL(gmp(&mode, NULL, 0, NULL, 0x100), EINVAL, "unknown flag 0x100");
	TST_EXP_FAIL(gmp(&mode, NULL, 0, p, 0), EINVAL, "addr without MPOL_F_ADDR");
	SAFE_MUNMAP(p, 4096);
	TST_EXP_FAIL(gmp(&mode, NULL, 0, p, MPOL_F_ADDR), EFAULT, "MPOL_F_ADDR, unmapped address");
	TST_EXP_FAIL(gmp(tst_bad_addr(), NULL, 0, NULL, 0), EFAULT, "bad mode pointer");
}

static struct tst_test test = { .setup = setup, .test_all = run };
TST_MAIN(test)
