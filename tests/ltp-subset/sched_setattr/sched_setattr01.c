// SPDX-License-Identifier: Apache-2.0
/*
 * sched_setattr01 - sched_setattr(2) (Linux 3.14; TCONF on ENOSYS), in
 * forked children only.
 *
 * Checks, one case per row:
 *  - SCHED_OTHER nice 5, SCHED_BATCH nice 10, SCHED_IDLE are applied and
 *    read back with sched_getattr (policy, nice);
 *  - SCHED_FLAG_RESET_ON_FORK is reported in sched_flags;
 *  - SCHED_FIFO priority 1 from a child that dropped to uid 65534 with
 *    RLIMIT_RTPRIO 0 fails with EPERM (TCONF if the drop fails);
 *  - errors: EINVAL (policy 99; SCHED_OTHER with priority 1; unknown
 *    sched_flags bit; flags argument != 0), E2BIG (size 40, below
 *    SCHED_ATTR_SIZE_VER0; size larger than the kernel knows with non-zero
 *    tail bytes, where the kernel writes its own size back).
 */
#include "tst.h"
#include <grp.h>
#include <sched.h>
#include <sys/resource.h>

struct attr {
	uint32_t size, sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime, sched_deadline, sched_period;
	uint32_t util_min, util_max;
	char pad[4096];
};

#define FLAG_RESET_ON_FORK 0x01

static long setattr(struct attr *a, unsigned int flags)
{
	return syscall(SYS_sched_setattr, 0, a, flags);
}

static const struct tcase {
	const char *name;
	uint32_t policy;
	int nice;
	uint32_t prio;
	uint64_t flags;
	uint32_t size;
	int exp_err;
} cases[] = {
	{ "SCHED_OTHER nice 5", SCHED_OTHER, 5, 0, 0, 48, 0 },
	{ "SCHED_BATCH nice 10", SCHED_BATCH, 10, 0, 0, 48, 0 },
	{ "SCHED_IDLE", SCHED_IDLE, 19, 0, 0, 48, 0 },
	{ "SCHED_BATCH, RESET_ON_FORK", SCHED_BATCH, 19, 0, FLAG_RESET_ON_FORK, 48, 0 },
	{ "policy 99", 99, 0, 0, 0, 48, EINVAL },
	{ "SCHED_OTHER priority 1", SCHED_OTHER, 0, 1, 0, 48, EINVAL },
	{ "unknown sched_flags bit", SCHED_OTHER, 0, 0, 1ULL << 40, 48, EINVAL },
	{ "size 40", SCHED_OTHER, 0, 0, 0, 40, E2BIG },
};

static int child(const struct tcase *tc)
{
	struct attr a, g;
	long r;

	memset(&a, 0, sizeof(a));
	a.size = tc->size;
	a.sched_policy = tc->policy;
	a.sched_nice = tc->nice;
	a.sched_priority = tc->prio;
	a.sched_flags = tc->flags;
	r = setattr(&a, 0);
	if (r < 0 && errno == ENOSYS)
		return 32;
	if (tc->exp_err)
		return r == -1 && errno == tc->exp_err ? 0 : 1;
	if (r)
		return 2;
	memset(&g, 0, sizeof(g));
	if (syscall(SYS_sched_getattr, 0, &g, 48, 0))
		return 3;
	if (g.sched_policy != tc->policy || (tc->policy != SCHED_IDLE && g.sched_nice != tc->nice))
		return 4;
	return (g.sched_flags & FLAG_RESET_ON_FORK) == (tc->flags & FLAG_RESET_ON_FORK) ? 0 : 5;
}

static int wait_code(pid_t pid)
{
	int status;

	SAFE_WAITPID(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

static void run_more(void)
{
	pid_t pid;
	int code;

	pid = SAFE_FORK();
	if (pid == 0) {
		struct attr a;

		memset(&a, 0, sizeof(a));
		a.size = sizeof(a);
		a.pad[sizeof(a.pad) - 1] = 1;
		if (setattr(&a, 0) != -1 || errno != E2BIG)
			_exit(1);
		if (a.size < 48 || a.size >= sizeof(a))
			_exit(2);
		memset(&a, 0, sizeof(a));
		a.size = 48;
		_exit(setattr(&a, 1) == -1 && errno == EINVAL ? 0 : 3);
	}
	code = wait_code(pid);
	TST_EXP_EXPR(code == 0, "E2BIG for a large size with non-zero tail, size written back; "
		     "EINVAL for flags 1 (code %d)", code);

	pid = SAFE_FORK();
	if (pid == 0) {
		struct rlimit rl = { 0, 0 };
		struct attr a;

		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		setrlimit(RLIMIT_RTPRIO, &rl);
		memset(&a, 0, sizeof(a));
		a.size = 48;
		a.sched_policy = SCHED_FIFO;
		a.sched_priority = 1;
		_exit(setattr(&a, 0) == -1 && errno == EPERM ? 0 : 1);
	}
	code = wait_code(pid);
	if (code == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(code == 0, "unprivileged SCHED_FIFO -> EPERM (code %d)", code);
}

static void run(unsigned int n)
{
	pid_t pid;
	int code;

	if (n == ARRAY_SIZE(cases)) {
		run_more();
		return;
	}
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(child(&cases[n]));
	code = wait_code(pid);
	if (code == 32)
		tst_brk(TCONF, "sched_setattr not supported");
	TST_EXP_EXPR(code == 0, "sched_setattr(%s) %s (code %d)", cases[n].name,
		     cases[n].exp_err ? tst_errno_name(cases[n].exp_err) : "reads back", code);
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) + 1 };
TST_MAIN(test)
