// SPDX-License-Identifier: Apache-2.0
/*
 * migrate_pages01 - migrate_pages(2) (nr 256) through the raw syscall.
 * maxnode is the number of bits in the masks plus one, as the kernel
 * ignores the last bit (get_nodes() decrements it).
 *
 * Checks:
 *  - migrating the caller's pages (pid 0, then its real pid) from node 0
 *    to node 0 returns the number of pages not moved, >= 0;
 *  - errors: EINVAL (maxnode 0: the decremented count wraps and exceeds
 *    the page-size limit), EINVAL (maxnode larger than PAGE_SIZE * 8
 *    bits), EINVAL (maxnode 1: the new-node mask is then empty), EFAULT
 *    (bad old-node mask pointer), ESRCH (pid of a reaped child).
 * TCONF if the syscall is missing (ENOSYS: no CONFIG_NUMA / CONFIG_MIGRATION).
 */
#include "tst.h"

#define MAXNODE (8 * sizeof(unsigned long) + 1)

static long mig(pid_t pid, unsigned long maxnode, const unsigned long *oldm,
		const unsigned long *newm)
{
	return syscall(__NR_migrate_pages, pid, maxnode, oldm, newm);
}

static void run(void)
{
	unsigned long m = 1;	/* node 0 */
	long pg = sysconf(_SC_PAGESIZE);
	char *p;
	pid_t pid;
	int st;

	p = SAFE_MMAP(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memset(p, 'n', 4 * pg);
	if (mig(0, MAXNODE, &m, &m) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "migrate_pages() not supported");
	TST_EXP_POSITIVE(mig(0, MAXNODE, &m, &m), "migrate_pages(pid 0, node 0 -> node 0)");
	TST_EXP_POSITIVE(mig(getpid(), MAXNODE, &m, &m),
			 "migrate_pages(own pid, node 0 -> node 0)");
	TST_EXP_EXPR(p[0] == 'n' && p[4 * pg - 1] == 'n', "memory intact");

	TST_EXP_FAIL(mig(0, 0, &m, &m), EINVAL, "migrate_pages(maxnode 0)");
	TST_EXP_FAIL(mig(0, 8 * pg + 2, &m, &m), EINVAL, "migrate_pages(maxnode PAGE_SIZE*8 + 2)");
	TST_EXP_FAIL(mig(0, 1, &m, &m), EINVAL, "migrate_pages(maxnode 1: empty new mask)");
	TST_EXP_FAIL(mig(0, MAXNODE, tst_bad_addr(), &m), EFAULT,
		     "migrate_pages(bad old_nodes pointer)");
	pid = SAFE_FORK();
	if (!pid)
		_exit(0);
	SAFE_WAITPID(pid, &st, 0);
	TST_EXP_FAIL(mig(pid, MAXNODE, &m, &m), ESRCH, "migrate_pages(reaped child pid)");
	SAFE_MUNMAP(p, 4 * pg);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
