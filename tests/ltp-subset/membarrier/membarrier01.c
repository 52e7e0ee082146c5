// SPDX-License-Identifier: Apache-2.0
/*
 * membarrier01 - membarrier(2) through the raw syscall.  ENOSYS is TCONF.
 *
 * Checks:
 *  - MEMBARRIER_CMD_QUERY returns a bitmask that does not include QUERY
 *    itself;
 *  - each command reported as supported by QUERY and needing no
 *    registration (GLOBAL) succeeds;
 *  - PRIVATE_EXPEDITED before registration -> EPERM; after
 *    REGISTER_PRIVATE_EXPEDITED it succeeds (when supported);
 *  - EINVAL: an unknown command; non-zero flags for QUERY.
 */
#include "tst.h"
#include <linux/membarrier.h>

static long mb(int cmd, unsigned int flags)
{
	return syscall(SYS_membarrier, cmd, flags, 0);
}

static void run(void)
{
	long mask;

	errno = 0;
	mask = mb(MEMBARRIER_CMD_QUERY, 0);
	if (mask == -1 && errno == ENOSYS)
		tst_brk(TCONF, "membarrier not implemented (ENOSYS)");
	TST_EXP_EXPR(mask >= 0, "MEMBARRIER_CMD_QUERY returned 0x%lx", mask);
	TST_EXP_EXPR(!(mask & MEMBARRIER_CMD_QUERY), "QUERY bit (0) never set");

	if (mask & MEMBARRIER_CMD_GLOBAL)
		TST_EXP_PASS(mb(MEMBARRIER_CMD_GLOBAL, 0), "MEMBARRIER_CMD_GLOBAL");
	else
		tst_res(TCONF, "MEMBARRIER_CMD_GLOBAL not supported");

	if (mask & MEMBARRIER_CMD_PRIVATE_EXPEDITED) {
		TST_EXP_FAIL(mb(MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0), EPERM,
			     "PRIVATE_EXPEDITED before registration");
		TST_EXP_PASS(mb(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0),
			     "REGISTER_PRIVATE_EXPEDITED");
		TST_EXP_PASS(mb(MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0),
			     "PRIVATE_EXPEDITED after registration");
	} else {
		tst_res(TCONF, "MEMBARRIER_CMD_PRIVATE_EXPEDITED not supported");
	}
	TST_EXP_FAIL(mb(1 << 20, 0), EINVAL, "membarrier(unknown cmd)");
	TST_EXP_FAIL(mb(MEMBARRIER_CMD_QUERY, 1), EINVAL, "membarrier(QUERY, flags 1)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
