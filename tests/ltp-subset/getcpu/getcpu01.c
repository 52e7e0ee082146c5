// SPDX-License-Identifier: Apache-2.0
/*
 * getcpu01 - getcpu(2).
 *
 * Checks:
 *  - getcpu() returns a cpu number below the configured CPU count and a
 *    node >= 0; either pointer may be NULL;
 *  - after pinning to one CPU of our affinity mask with
 *    sched_setaffinity (in a child), getcpu() reports that CPU;
 *  - errors: EFAULT (bad cpu pointer).
 */
#include "tst.h"
#include <sched.h>

static long sys_getcpu(unsigned int *cpu, unsigned int *node)
{
	return syscall(SYS_getcpu, cpu, node, NULL);
}

static void run(void)
{
	unsigned int cpu = ~0U, node = ~0U;
	long ncpu = sysconf(_SC_NPROCESSORS_CONF);
	cpu_set_t set;
	int target = -1;
	pid_t pid;

	TST_EXP_PASS(sys_getcpu(&cpu, &node), "getcpu(&cpu, &node)");
	TST_EXP_EXPR((long)cpu < (ncpu > 0 ? ncpu : CPU_SETSIZE) && (int)node >= 0,
		     "cpu %u of %ld, node %u", cpu, ncpu, node);
	TST_EXP_PASS(sys_getcpu(&cpu, NULL), "getcpu(&cpu, NULL)");
	TST_EXP_PASS(sys_getcpu(NULL, &node), "getcpu(NULL, &node)");
	TST_EXP_FAIL(sys_getcpu(tst_bad_addr(), NULL), EFAULT, "getcpu(bad cpu pointer)");

	if (sched_getaffinity(0, sizeof(set), &set))
		tst_brk(TBROK | TERRNO, "sched_getaffinity");
	for (int i = CPU_SETSIZE - 1; i >= 0; i--)
		if (CPU_ISSET(i, &set)) {
			target = i;
			break;
		}
	pid = SAFE_FORK();
	if (pid == 0) {
		unsigned int c = ~0U;

		CPU_ZERO(&set);
		CPU_SET(target, &set);
		if (sched_setaffinity(0, sizeof(set), &set))
			_exit(2);
		sched_yield();
		_exit(sys_getcpu(&c, NULL) == 0 && (int)c == target ? 0 : 1);
	}
	tst_check_child_exit(pid, 0, "getcpu() reports the CPU we were pinned to");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
