// SPDX-License-Identifier: Apache-2.0
/*
 * lsm_list_modules01 - lsm_list_modules(2) (nr 461, Linux 6.8) through the
 * raw syscall.
 *
 * Checks:
 *  - with a large enough buffer the call returns the number of active
 *    LSMs, n >= 1 (the capability module is always active), and sets
 *    *size to n * sizeof(u64);
 *  - every id is a registered LSM id (>= LSM_ID_CAPABILITY, 100) and the
 *    capability module (100) is among them;
 *  - with *size 0 the call fails with E2BIG and still reports the size
 *    needed;
 *  - errors: EINVAL (flags 1), EFAULT (bad size pointer), EFAULT (bad id
 *    buffer with a large enough size).
 * TCONF if the syscall is missing (ENOSYS: no CONFIG_SECURITY) or fails
 * with EOPNOTSUPP.
 */
#include "tst.h"

#ifndef __NR_lsm_list_modules
# define __NR_lsm_list_modules 461
#endif
#define LSM_ID_CAPABILITY 100

static long llm(uint64_t *ids, uint32_t *size, uint32_t fl)
{
	return syscall(__NR_lsm_list_modules, ids, size, fl);
}

static void run(void)
{
	uint64_t ids[64];
	uint32_t size = sizeof(ids);
	long n;
	int valid = 1, cap = 0;

	if (llm(ids, &size, 0) == -1 && (errno == ENOSYS || errno == EOPNOTSUPP))
		tst_brk(TCONF | TERRNO, "lsm_list_modules() not usable");
	size = sizeof(ids);
	TST_EXP_POSITIVE(llm(ids, &size, 0), "lsm_list_modules(64 slots)");
	n = TST_RET;
	TST_EXP_EXPR(n >= 1, "%ld active LSMs", n);
	TST_EXP_EQ(size, n * sizeof(uint64_t));
	for (long i = 0; i < n && i < 64; i++) {
		valid = valid && ids[i] >= LSM_ID_CAPABILITY;
		cap = cap || ids[i] == LSM_ID_CAPABILITY;
	}
	TST_EXP_EXPR(valid, "all ids are >= %d", LSM_ID_CAPABILITY);
	TST_EXP_EXPR(cap, "the capability LSM (%d) is listed", LSM_ID_CAPABILITY);

	size = 0;
	TST_EXP_FAIL(llm(ids, &size, 0), E2BIG, "lsm_list_modules(size 0)");
	TST_EXP_EQ(size, n * sizeof(uint64_t));

	size = sizeof(ids);
	TST_EXP_FAIL(llm(ids, &size, 1), EINVAL, "lsm_list_modules(flags 1)");
	TST_EXP_FAIL(llm(ids, tst_bad_addr(), 0), EFAULT, "lsm_list_modules(bad size pointer)");
	size = sizeof(ids);
	TST_EXP_FAIL(llm(tst_bad_addr(), &size, 0), EFAULT, "lsm_list_modules(bad id buffer)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
