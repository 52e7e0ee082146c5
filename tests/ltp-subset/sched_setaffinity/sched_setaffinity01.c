// SPDX-License-Identifier: Apache-2.0
/*
 * sched_setaffinity01 - sched_setaffinity(2) on the calling process.
 *
 * Checks:
 *  - restricting the mask to one allowed CPU succeeds; getaffinity then
 *    reports exactly that CPU and the process runs on it (sched_getcpu);
 *  - restoring the original mask succeeds;
 *  - EINVAL for an empty mask (no CPU); ESRCH for a reaped pid; EFAULT for
 *    a bad mask pointer.
 */
#include "tst.h"
#include <sched.h>

static void run(void)
{
	cpu_set_t orig, one, got;
	int cpu = -1;
	pid_t pid;

	sched_getaffinity(0, sizeof(orig), &orig);
	for (int c = CPU_SETSIZE - 1; c >= 0; c--)
		if (CPU_ISSET(c, &orig)) {
			cpu = c;
			break;
		}
	CPU_ZERO(&one);
	CPU_SET(cpu, &one);
	TST_EXP_PASS(syscall(SYS_sched_setaffinity, 0, sizeof(one), &one),
		     "sched_setaffinity(0, {CPU %d})", cpu);
	sched_getaffinity(0, sizeof(got), &got);
	TST_EXP_EXPR(CPU_EQUAL(&got, &one), "getaffinity reports only CPU %d", cpu);
	TST_EXP_EQ(sched_getcpu(), cpu);
	TST_EXP_PASS(syscall(SYS_sched_setaffinity, getpid(), sizeof(orig), &orig),
		     "restore the original mask");
	CPU_ZERO(&one);
	TST_EXP_FAIL(syscall(SYS_sched_setaffinity, 0, sizeof(one), &one), EINVAL,
		     "sched_setaffinity(empty mask)");
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(0);
	SAFE_WAITPID(pid, NULL, 0);
	TST_EXP_FAIL(syscall(SYS_sched_setaffinity, pid, sizeof(orig), &orig), ESRCH,
		     "sched_setaffinity(reaped pid)");
	TST_EXP_FAIL(syscall(SYS_sched_setaffinity, 0, sizeof(orig), tst_bad_addr()),
		     EFAULT, "sched_setaffinity(bad mask)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
