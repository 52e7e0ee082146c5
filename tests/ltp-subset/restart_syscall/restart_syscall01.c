// SPDX-License-Identifier: Apache-2.0
/*
 * restart_syscall01 - restart_syscall(2), exercised the way the kernel uses
 * it: a stopped and continued sleeper is resumed through the restart block.
 *
 * Checks:
 *  - a child in a 300 ms raw nanosleep(2) that is sent SIGSTOP and, 50 ms
 *    later, SIGCONT (no handlers installed) sees the sleep return 0, not
 *    EINTR, after >= 300 ms in total; the parent sees it stop (WUNTRACED)
 *    and then exit 0;
 *  - the same for a relative clock_nanosleep(CLOCK_MONOTONIC) and for an
 *    absolute clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME);
 *  - calling restart_syscall directly with nothing to restart fails with
 *    EINTR.
 */
#include "tst.h"
#include <time.h>

#define SLEEP_NS 300000000LL

static long long now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static const struct {
	const char *name;
	int kind;	/* 0 nanosleep, 1 clock_nanosleep rel, 2 clock_nanosleep abs */
} cases[] = {
	{ "nanosleep(300 ms)", 0 },
	{ "clock_nanosleep(MONOTONIC, 300 ms)", 1 },
	{ "clock_nanosleep(MONOTONIC, TIMER_ABSTIME)", 2 },
};

/* Child: exit 0 on a complete sleep; 2 EINTR, 3 other error, 4 too short. */
static void sleeper(int kind)
{
	struct timespec req = { 0, SLEEP_NS };
	long long start = now_ns();
	long r;

	if (kind == 0) {
		r = syscall(SYS_nanosleep, &req, NULL);
	} else if (kind == 1) {
		r = syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &req, NULL);
	} else {
		clock_gettime(CLOCK_MONOTONIC, &req);
		req.tv_nsec += SLEEP_NS;
		if (req.tv_nsec >= 1000000000L) {
			req.tv_sec++;
			req.tv_nsec -= 1000000000L;
		}
		r = syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &req, NULL);
	}
	/* Raw syscalls: both report failure as -1 with errno. */
	if (r != 0)
		_exit(errno == EINTR ? 2 : 3);
	_exit(now_ns() - start >= SLEEP_NS - 1000000 ? 0 : 4);
}

static void run(unsigned int n)
{
	int status;
	pid_t pid = SAFE_FORK();

	if (pid == 0)
		sleeper(cases[n].kind);
	usleep(50000);
	SAFE_KILL(pid, SIGSTOP);
	SAFE_WAITPID(pid, &status, WUNTRACED);
	TST_EXP_EXPR(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP,
		     "%s: child stopped (%s)", cases[n].name, tst_strstatus(status));
	usleep(50000);
	SAFE_KILL(pid, SIGCONT);
	tst_check_child_exit(pid, 0, cases[n].name);
	if (n == ARRAY_SIZE(cases) - 1)
		TST_EXP_FAIL(syscall(SYS_restart_syscall), EINTR,
			     "restart_syscall() with nothing to restart");
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
