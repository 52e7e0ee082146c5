// SPDX-License-Identifier: Apache-2.0
/*
 * rt_tgsigqueueinfo01 - rt_tgsigqueueinfo(2) through the raw syscall.
 *
 * Checks:
 *  - queueing a blocked SIGUSR1 with si_code SI_QUEUE and sival_int 4242 to
 *    our own thread (tgid getpid(), tid gettid()) returns 0, and
 *    sigwaitinfo() then returns SIGUSR1 with si_code SI_QUEUE, that value
 *    and our si_pid;
 *  - to our own thread, si_code SI_USER (>= 0) is also allowed;
 *  - to another process (a child), si_code SI_USER or SI_TKILL fails with
 *    EPERM (only negative codes other than SI_TKILL may be forged there),
 *    while SI_QUEUE is delivered;
 *  - errors: ESRCH (tid of a reaped child), ESRCH (our tid with the wrong
 *    tgid), EINVAL (signal 0x100), EINVAL (tid 0 and tgid 0), EFAULT (bad
 *    siginfo pointer).
 */
#include "tst.h"

static siginfo_t info(int code, int val)
{
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = code;
	si.si_pid = getpid();
	si.si_uid = getuid();
	si.si_value.sival_int = val;
	return si;
}

static long tgsq(pid_t tgid, pid_t tid, int sig, siginfo_t *si)
{
	return syscall(SYS_rt_tgsigqueueinfo, tgid, tid, sig, si);
}

static void run(void)
{
	siginfo_t si, got;
	sigset_t set;
	pid_t me = getpid(), tid = gettid(), pid;
	int status;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	SAFE_SIGPROCMASK(SIG_BLOCK, &set, NULL);

	si = info(SI_QUEUE, 4242);
	TST_EXP_PASS(tgsq(me, tid, SIGUSR1, &si), "rt_tgsigqueueinfo(self, SIGUSR1, SI_QUEUE)");
	memset(&got, 0, sizeof(got));
	TST_EXP_VAL(sigwaitinfo(&set, &got), SIGUSR1, "sigwaitinfo");
	TST_EXP_EXPR(got.si_code == SI_QUEUE && got.si_value.sival_int == 4242 &&
		     got.si_pid == me, "si_code %d sival_int %d si_pid %d", got.si_code,
		     got.si_value.sival_int, got.si_pid);
	si = info(SI_USER, 1);
	TST_EXP_PASS(tgsq(me, tid, SIGUSR1, &si), "rt_tgsigqueueinfo(self, SI_USER)");
	TST_EXP_VAL(sigwaitinfo(&set, &got), SIGUSR1, "sigwaitinfo after SI_USER");

	pid = SAFE_FORK();
	if (pid == 0) {
		memset(&got, 0, sizeof(got));
		if (sigwaitinfo(&set, &got) != SIGUSR1)
			_exit(1);
		_exit(got.si_code == SI_QUEUE && got.si_value.sival_int == 77 ? 0 : 2);
	}
	si = info(SI_USER, 0);
	TST_EXP_FAIL(tgsq(pid, pid, SIGUSR1, &si), EPERM, "SI_USER to another process");
	si = info(SI_TKILL, 0);
	TST_EXP_FAIL(tgsq(pid, pid, SIGUSR1, &si), EPERM, "SI_TKILL to another process");
	si = info(SI_QUEUE, 77);
	TST_EXP_PASS(tgsq(pid, pid, SIGUSR1, &si), "SI_QUEUE to a child");
	tst_check_child_exit(pid, 0, "child received the queued value");

	pid = SAFE_FORK();
	if (pid == 0)
		_exit(0);
	SAFE_WAITPID(pid, &status, 0);
	si = info(SI_QUEUE, 0);
	TST_EXP_FAIL(tgsq(pid, pid, SIGUSR1, &si), ESRCH, "tid of a reaped child");
	TST_EXP_FAIL(tgsq(pid, tid, SIGUSR1, &si), ESRCH, "our tid with a wrong tgid");
	TST_EXP_FAIL(tgsq(me, tid, 0x100, &si), EINVAL, "signal 0x100");
	TST_EXP_FAIL(tgsq(0, 0, SIGUSR1, &si), EINVAL, "tgid 0, tid 0");
	TST_EXP_FAIL(tgsq(me, tid, SIGUSR1, tst_bad_addr()), EFAULT, "bad siginfo pointer");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
