// SPDX-License-Identifier: Apache-2.0
/*
 * mbind01 - mbind(2) through the raw syscall (no libnuma).
 *
 * Checks:
 *  - on a 4-page anonymous mapping, MPOL_DEFAULT with no mask returns 0,
 *    MPOL_BIND to node 0 returns 0 and get_mempolicy(MPOL_F_ADDR) then
 *    reports MPOL_BIND for it, MPOL_DEFAULT resets it; len 0 returns 0;
 *  - errors: EINVAL (mode 99), EINVAL (unknown flag), EINVAL (addr not
 *    page aligned), EINVAL (MPOL_BIND with an empty mask), EFAULT
 *    (MPOL_BIND over a range with an unmapped hole, and MPOL_DEFAULT over
 *    a wholly unmapped range: the man page documents EFAULT for "an
 *    unmapped hole in the specified memory range"; ENOMEM is only for lack
 *    of kernel memory).  MPOL_DEFAULT over a partly mapped range is not
 *    checked: Linux 6.18 skips the hole check for it and returns 0.
 * TCONF if the kernel has no NUMA support (ENOSYS).
 */
#include "tst.h"

#define MPOL_DEFAULT 0
#define MPOL_BIND 2
#define MPOL_F_ADDR (1 << 1)
#define MAXNODE 64

static long mb(void *a, unsigned long len, int mode, const unsigned long *mask,
	       unsigned long maxnode, unsigned int flags)
{
	return syscall(SYS_mbind, a, len, mode, mask, maxnode, flags);
}

static void run(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	unsigned long node0 = 1, empty = 0;
	int mode = -1;
	char *p = SAFE_MMAP(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
			    -1, 0);

	if (mb(p, 4 * pg, MPOL_DEFAULT, NULL, 0, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "no NUMA support (mbind: ENOSYS)");
	TST_EXP_PASS(mb(p, 4 * pg, MPOL_DEFAULT, NULL, 0, 0), "mbind(MPOL_DEFAULT)");
	TST_EXP_PASS(mb(p, 4 * pg, MPOL_BIND, &node0, MAXNODE, 0), "mbind(MPOL_BIND, node 0)");
	TST_EXP_PASS(syscall(SYS_get_mempolicy, &mode, NULL, 0UL, p + pg, MPOL_F_ADDR),
		     "get_mempolicy(MPOL_F_ADDR)");
	TST_EXP_EQ(mode, MPOL_BIND);
	TST_EXP_PASS(mb(p, 4 * pg, MPOL_DEFAULT, NULL, 0, 0), "mbind(MPOL_DEFAULT) again");
	mode = -1;
	syscall(SYS_get_mempolicy, &mode, NULL, 0UL, p + pg, MPOL_F_ADDR);
	TST_EXP_EQ(mode, MPOL_DEFAULT);
	TST_EXP_PASS(mb(p, 0, MPOL_DEFAULT, NULL, 0, 0), "mbind(len 0)");

	TST_EXP_FAIL(mb(p, 4 * pg, 99, NULL, 0, 0), EINVAL, "mode 99");
	TST_EXP_FAIL(mb(p, 4 * pg, MPOL_DEFAULT, NULL, 0, 0x80), EINVAL, "flag 0x80");
	TST_EXP_FAIL(mb(p + 1, pg, MPOL_DEFAULT, NULL, 0, 0), EINVAL, "unaligned addr");
	TST_EXP_FAIL(mb(p, 4 * pg, MPOL_BIND, &empty, MAXNODE, 0), EINVAL, "MPOL_BIND, empty mask");
	SAFE_MUNMAP(p + pg, pg);
	TST_EXP_FAIL(mb(p, 4 * pg, MPOL_BIND, &node0, MAXNODE, 0), EFAULT,
		     "MPOL_BIND over a range with an unmapped hole");
	SAFE_MUNMAP(p, 4 * pg);
	TST_EXP_FAIL(mb(p, 4 * pg, MPOL_DEFAULT, NULL, 0, 0), EFAULT, "fully unmapped range");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
