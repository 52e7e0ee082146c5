// SPDX-License-Identifier: Apache-2.0
/*
 * munmap01 - munmap(2).
 *
 * Checks:
 *  - after munmap the range is inaccessible (SIGSEGV in a child);
 *  - unmapping the middle page of three leaves the outer pages usable;
 *  - unmapping an already unmapped range succeeds;
 *  - EINVAL: unaligned address; length 0.
 */
#include "tst.h"

#define PS 4096

static int probe(void *addr)
{
	pid_t pid = SAFE_FORK();
	int status;

	if (pid == 0) {
		*(volatile char *)addr = 1;
		_exit(0);
	}
	SAFE_WAITPID(pid, &status, 0);
	return WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV;
}

static void run(void)
{
	char *m = SAFE_MMAP(NULL, 3 * PS, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	TST_EXP_PASS(munmap(m + PS, PS), "munmap(middle page)");
	TST_EXP_EXPR(probe(m + PS), "middle page faults after munmap");
	m[0] = 1;
	m[2 * PS] = 2;
	TST_EXP_EXPR(m[0] == 1 && m[2 * PS] == 2, "outer pages still usable");
	TST_EXP_EXPR(!probe(m) && !probe(m + 2 * PS), "outer pages do not fault");
	TST_EXP_PASS(munmap(m + PS, PS), "munmap(already unmapped page)");
	TST_EXP_FAIL(munmap(m + 1, PS), EINVAL, "munmap(unaligned address)");
	TST_EXP_FAIL(munmap(m, 0), EINVAL, "munmap(len 0)");
	TST_EXP_PASS(munmap(m, 3 * PS), "munmap(whole range)");
	TST_EXP_EXPR(probe(m), "first page faults after munmap");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
