// SPDX-License-Identifier: Apache-2.0
/*
 * sched_getaffinity01 - sched_getaffinity(2) through the raw syscall (which
 * returns the number of bytes copied, not 0).
 *
 * Checks:
 *  - returns a positive byte count (a multiple of sizeof(long)) and at
 *    least one CPU; the current CPU (sched_getcpu) is in the mask;
 *  - pid 0 and getpid() agree; a child's mask equals the parent's;
 *  - EINVAL for size 0 and for size 3 (not a multiple of sizeof(long));
 *  - ESRCH for a reaped pid; EFAULT for a bad mask pointer.
 */
#include "tst.h"
#include <sched.h>

static void run(void)
{
	cpu_set_t s, s2;
	long n;
	pid_t pid;

	CPU_ZERO(&s);
	n = syscall(SYS_sched_getaffinity, 0, sizeof(s), &s);
	TST_EXP_EXPR(n > 0 && n % sizeof(long) == 0, "returned %ld bytes", n);
	TST_EXP_EXPR(CPU_COUNT(&s) >= 1, "%d CPUs in the mask", CPU_COUNT(&s));
	TST_EXP_EXPR(CPU_ISSET(sched_getcpu(), &s), "current CPU %d is in the mask",
		     sched_getcpu());
	CPU_ZERO(&s2);
	syscall(SYS_sched_getaffinity, getpid(), sizeof(s2), &s2);
	TST_EXP_EXPR(CPU_EQUAL(&s, &s2), "pid 0 and getpid() agree");
	pid = SAFE_FORK();
	if (pid == 0) {
		cpu_set_t c;
		CPU_ZERO(&c);
		syscall(SYS_sched_getaffinity, 0, sizeof(c), &c);
		_exit(CPU_EQUAL(&c, &s) ? 0 : 1);
	}
	tst_check_child_exit(pid, 0, "child inherits the affinity mask");
	TST_EXP_FAIL(syscall(SYS_sched_getaffinity, pid, sizeof(s), &s), ESRCH,
		     "sched_getaffinity(reaped pid)");
	TST_EXP_FAIL(syscall(SYS_sched_getaffinity, 0, 0, &s), EINVAL, "size 0");
	TST_EXP_FAIL(syscall(SYS_sched_getaffinity, 0, 3, &s), EINVAL, "size 3");
	TST_EXP_FAIL(syscall(SYS_sched_getaffinity, 0, sizeof(s), tst_bad_addr()), EFAULT,
		     "bad mask pointer");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
