// SPDX-License-Identifier: Apache-2.0
/*
 * pkey_free01 - pkey_free(2) (nr 331) through the raw syscall.
 *
 * Checks that need no protection-key hardware:
 *  - errors: EINVAL (key -1), EINVAL (key 16, beyond the x86 keys),
 *    EINVAL (key 0x7fffffff), EINVAL (key 15, not allocated).
 * With PKU (pkey_alloc() succeeds): freeing the allocated key returns 0
 * and freeing it a second time fails with EINVAL; otherwise that part is
 * TCONF (pkey_alloc() fails with EINVAL/ENOSPC/ENOSYS: no PKU).
 */
#include "tst.h"

static long pkf(int key)
{
	return syscall(__NR_pkey_free, key);
}

static void run(void)
{
	int key;

	if (pkf(-1) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "pkey_free() not supported");
	TST_EXP_FAIL(pkf(-1), EINVAL, "pkey_free(-1)");
	TST_EXP_FAIL(pkf(16), EINVAL, "pkey_free(16)");
	TST_EXP_FAIL(pkf(0x7fffffff), EINVAL, "pkey_free(0x7fffffff)");
	TST_EXP_FAIL(pkf(15), EINVAL, "pkey_free(15, not allocated)");

	key = syscall(__NR_pkey_alloc, 0, 0);
	if (key < 0) {
		tst_res(TCONF | TERRNO, "pkey_alloc(): no protection keys, allocated-key part skipped");
		return;
	}
	TST_EXP_PASS(pkf(key), "pkey_free(allocated key %d)", key);
	TST_EXP_FAIL(pkf(key), EINVAL, "pkey_free(key %d again)", key);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
