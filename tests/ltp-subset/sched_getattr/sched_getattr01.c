// SPDX-License-Identifier: Apache-2.0
/*
 * sched_getattr01 - sched_getattr(2) (Linux 3.14; TCONF on ENOSYS).
 *
 * Checks:
 *  - with size 48 (SCHED_ATTR_SIZE_VER0) it fills size, sched_policy and
 *    sched_nice matching sched_getscheduler and getpriority;
 *  - a larger buffer is accepted and size reports what the kernel filled
 *    (>= 48);
 *  - a child's attributes (SCHED_BATCH, nice 4) are read by pid;
 *  - errors: EINVAL (size smaller than 48; flags != 0; NULL attr; pid -1),
 *    ESRCH (reaped pid), EFAULT (bad attr).
 */
#include "tst.h"
#include <sched.h>
#include <sys/resource.h>

struct attr {
	uint32_t size, sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime, sched_deadline, sched_period;
	uint32_t util_min, util_max;
	char pad[64];
};

static long getattr(pid_t pid, struct attr *a, unsigned int size, unsigned int flags)
{
	return syscall(SYS_sched_getattr, pid, a, size, flags);
}

static void run(void)
{
	struct attr a;
	int go[2], rd[2];
	char c = 0;
	pid_t pid;

	memset(&a, 0, sizeof(a));
	if (getattr(0, &a, 48, 0) < 0 && errno == ENOSYS)
		tst_brk(TCONF, "sched_getattr not supported");
	TST_EXP_PASS(getattr(0, &a, 48, 0), "sched_getattr(0, size 48)");
	TST_EXP_EXPR(a.size == 48 && (int)a.sched_policy == sched_getscheduler(0) &&
		     a.sched_nice == getpriority(PRIO_PROCESS, 0),
		     "size %u policy %u nice %d", a.size, a.sched_policy, a.sched_nice);
	memset(&a, 0, sizeof(a));
	TST_EXP_PASS(getattr(0, &a, sizeof(a), 0), "sched_getattr(size %zu)", sizeof(a));
	TST_EXP_EXPR(a.size >= 48 && a.size <= sizeof(a), "kernel filled %u bytes", a.size);

	SAFE_PIPE(go);
	SAFE_PIPE(rd);
	pid = SAFE_FORK();
	if (pid == 0) {
		struct sched_param sp = { 0 };

		sched_setscheduler(0, SCHED_BATCH, &sp);
		setpriority(PRIO_PROCESS, 0, 4 > getpriority(PRIO_PROCESS, 0) ? 4 : 19);
		SAFE_WRITE(rd[1], &c, 1);
		SAFE_READ(go[0], &c, 1);
		_exit(0);
	}
	SAFE_READ(rd[0], &c, 1);
	memset(&a, 0, sizeof(a));
	TST_EXP_PASS(getattr(pid, &a, 48, 0), "sched_getattr(child)");
	TST_EXP_EXPR(a.sched_policy == SCHED_BATCH && (a.sched_nice == 4 || a.sched_nice == 19),
		     "child: policy %u nice %d", a.sched_policy, a.sched_nice);
	SAFE_WRITE(go[1], &c, 1);
	SAFE_WAITPID(pid, NULL, 0);

	TST_EXP_FAIL(getattr(0, &a, 47, 0), EINVAL, "size 47");
	TST_EXP_FAIL(getattr(0, &a, 48, 1), EINVAL, "flags 1");
	TST_EXP_FAIL(getattr(0, NULL, 48, 0), EINVAL, "NULL attr");
	TST_EXP_FAIL(getattr(-1, &a, 48, 0), EINVAL, "pid -1");
	TST_EXP_FAIL(getattr(pid, &a, 48, 0), ESRCH, "reaped pid");
	TST_EXP_FAIL(getattr(0, tst_bad_addr(), 48, 0), EFAULT, "bad attr");
	close(go[0]);
	close(go[1]);
	close(rd[0]);
	close(rd[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
