// SPDX-License-Identifier: Apache-2.0
/*
 * pkey_mprotect01 - pkey_mprotect(2) (nr 329) through the raw syscall.
 *
 * Checks that need no protection-key hardware (key -1 means "like
 * mprotect(2)"):
 *  - pkey_mprotect(page, PROT_READ, -1) returns 0 and a store to the page
 *    in a child then dies with SIGSEGV; PROT_READ | PROT_WRITE with key
 *    -1 makes it writable again;
 *  - errors: EINVAL (key 15, not allocated), EINVAL (unaligned address),
 *    EINVAL (unknown prot bit 0x10000), ENOMEM (unmapped range).
 * With PKU (pkey_alloc() succeeds): pkey_mprotect() with the allocated key
 * returns 0 and the page stays readable and writable (the key's rights
 * allow access); otherwise that part is TCONF (pkey_alloc() fails with
 * EINVAL/ENOSPC/ENOSYS: no PKU on this CPU).
 */
#include "tst.h"

static long pkm(void *a, size_t len, int prot, int key)
{
	return syscall(__NR_pkey_mprotect, a, len, prot, key);
}

static void run(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	volatile char *p;
	pid_t pid;
	int st, key;

	p = SAFE_MMAP(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	p[0] = 'k';
	TST_EXP_PASS(pkm((void *)p, pg, PROT_READ, -1), "pkey_mprotect(PROT_READ, key -1)");
	pid = SAFE_FORK();
	if (!pid) {
		p[0] = 'w';
		_exit(0);
	}
	SAFE_WAITPID(pid, &st, 0);
	TST_EXP_EXPR(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV,
		     "store to the read-only page: child %s", tst_strstatus(st));
	TST_EXP_PASS(pkm((void *)p, pg, PROT_READ | PROT_WRITE, -1),
		     "pkey_mprotect(PROT_READ | PROT_WRITE, key -1)");
	p[0] = 'z';
	TST_EXP_EXPR(p[0] == 'z', "page writable again");

	TST_EXP_FAIL(pkm((void *)p, pg, PROT_READ, 15), EINVAL, "pkey_mprotect(key 15, not allocated)");
	TST_EXP_FAIL(pkm((void *)(p + 1), pg, PROT_READ, -1), EINVAL,
		     "pkey_mprotect(unaligned address)");
	TST_EXP_FAIL(pkm((void *)p, pg, 0x10000, -1), EINVAL, "pkey_mprotect(prot 0x10000)");
	SAFE_MUNMAP((void *)(p + pg), pg);
	TST_EXP_FAIL(pkm((void *)(p + pg), pg, PROT_READ, -1), ENOMEM,
		     "pkey_mprotect(unmapped range)");

	key = syscall(__NR_pkey_alloc, 0, 0);
	if (key < 0) {
		tst_res(TCONF | TERRNO, "pkey_alloc(): no protection keys, keyed part skipped");
	} else {
		TST_EXP_PASS(pkm((void *)p, pg, PROT_READ | PROT_WRITE, key),
			     "pkey_mprotect(key %d)", key);
		p[0] = 'q';
		TST_EXP_EXPR(p[0] == 'q', "page with key %d is accessible", key);
		TST_EXP_PASS(pkm((void *)p, pg, PROT_READ | PROT_WRITE, 0),
			     "pkey_mprotect(back to key 0)");
		syscall(__NR_pkey_free, key);
	}
	SAFE_MUNMAP((void *)p, pg);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
