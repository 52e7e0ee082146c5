// SPDX-License-Identifier: Apache-2.0
/*
 * pkey_alloc01 - pkey_alloc(2) and pkey_free(2) (TCONF without memory
 * protection keys: ENOSYS, EINVAL or ENOSPC from the first call).
 *
 * Checks:
 *  - pkey_alloc(0, 0) returns a key >= 1 (key 0 is the default key);
 *  - PKEY_DISABLE_ACCESS and PKEY_DISABLE_WRITE are accepted as initial
 *    rights;
 *  - keys run out with ENOSPC, and pkey_free() of all of them succeeds
 *    so that a new allocation works again;
 *  - pkey_mprotect() with an allocated key succeeds;
 *  - errors: EINVAL (flags != 0; unknown access-rights bit; pkey_free of
 *    a key not allocated).
 */
#include "tst.h"

#ifndef PKEY_DISABLE_ACCESS
#define PKEY_DISABLE_ACCESS 1
#define PKEY_DISABLE_WRITE 2
#endif

static long alloc(unsigned long fl, unsigned long rights) { return syscall(SYS_pkey_alloc, fl, rights); }
static long pfree(int k) { return syscall(SYS_pkey_free, k); }

static void run(void)
{
	int keys[32], n = 0, k;
	long pg = sysconf(_SC_PAGESIZE);
	char *p;

	k = alloc(0, 0);
	if (k < 0 && (errno == ENOSYS || errno == EINVAL || errno == ENOSPC))
		tst_brk(TCONF | TERRNO, "no memory protection keys");
	TST_EXP_EXPR(k >= 1, "pkey_alloc(0, 0) = %d", k);
	keys[n++] = k;
	p = SAFE_MMAP(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	TST_EXP_PASS(syscall(SYS_pkey_mprotect, p, pg, PROT_READ | PROT_WRITE, k),
		     "pkey_mprotect(key %d)", k);
	TST_EXP_FAIL(alloc(1, 0), EINVAL, "pkey_alloc(flags 1)");
	TST_EXP_FAIL(alloc(0, 0x10), EINVAL, "pkey_alloc(rights 0x10)");
	TST_EXP_FD(alloc(0, PKEY_DISABLE_ACCESS), "pkey_alloc(PKEY_DISABLE_ACCESS)");
	if (TST_RET > 0)
		keys[n++] = TST_RET;
	TST_EXP_FD(alloc(0, PKEY_DISABLE_WRITE), "pkey_alloc(PKEY_DISABLE_WRITE)");
	if (TST_RET > 0)
		keys[n++] = TST_RET;
	while (n < 32 && (k = alloc(0, 0)) > 0)
		keys[n++] = k;
	TST_EXP_EXPR(n < 32 && errno == ENOSPC, "keys ran out with ENOSPC after %d", n);
	SAFE_MUNMAP(p, pg);
	k = 1;
	for (int i = 0; i < n; i++)
		k = k && pfree(keys[i]) == 0;
	TST_EXP_EXPR(k, "pkey_free() of all %d keys", n);
	TST_EXP_FAIL(pfree(keys[0]), EINVAL, "pkey_free(freed key)");
	TST_EXP_FAIL(pfree(9999), EINVAL, "pkey_free(9999)");
	k = alloc(0, 0);
	TST_EXP_EXPR(k > 0, "allocation works again (%d)", k);
	if (k > 0)
		pfree(k);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
