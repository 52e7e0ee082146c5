// SPDX-License-Identifier: Apache-2.0
/*
 * rt_sigtimedwait01 - rt_sigtimedwait(2) through the raw syscall.
 *
 * Checks:
 *  - a pending blocked signal is accepted: returns its number, fills
 *    siginfo (si_signo, si_code SI_USER / SI_QUEUE with si_value) and
 *    removes it from the pending set without running a handler;
 *  - real-time signals queue: two sigqueue()s are accepted twice;
 *  - a zero timeout with nothing pending -> EAGAIN; 20 ms -> EAGAIN;
 *  - EINVAL for tv_nsec >= 1e9 and sigsetsize 4; EFAULT for a bad set.
 */
#include "tst.h"
#include <time.h>

static volatile int handler_ran;
static void handler(int s) { (void)s; handler_ran = 1; }

static void run(void)
{
	sigset_t set, pend;
	siginfo_t si;
	struct timespec ts = { 0, 0 };
	union sigval v = { .sival_int = 77 };
	int rt = SIGRTMIN + 1;

	SAFE_SIGNAL(SIGUSR1, handler);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, rt);
	SAFE_SIGPROCMASK(SIG_BLOCK, &set, NULL);
	SAFE_KILL(getpid(), SIGUSR1);
	memset(&si, 0, sizeof(si));
	TST_EXP_VAL(syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 8), SIGUSR1,
		    "rt_sigtimedwait accepts pending SIGUSR1");
	TST_EXP_EXPR(si.si_signo == SIGUSR1 && si.si_code == SI_USER &&
		     si.si_pid == getpid(), "siginfo signo %d code %d pid %d",
		     si.si_signo, si.si_code, (int)si.si_pid);
	sigpending(&pend);
	TST_EXP_EXPR(!sigismember(&pend, SIGUSR1) && !handler_ran,
		     "signal consumed, handler not run");

	sigqueue(getpid(), rt, v);
	v.sival_int = 78;
	sigqueue(getpid(), rt, v);
	TST_EXP_VAL(syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 8), rt, "first RT signal");
	TST_EXP_EXPR(si.si_code == SI_QUEUE && si.si_value.sival_int == 77,
		     "SI_QUEUE with value %d", si.si_value.sival_int);
	TST_EXP_VAL(syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 8), rt, "second RT signal queued");
	TST_EXP_EXPR(si.si_value.sival_int == 78, "second value %d", si.si_value.sival_int);

	TST_EXP_FAIL(syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 8), EAGAIN,
		     "nothing pending, zero timeout");
	ts.tv_nsec = 20000000;
	TST_EXP_FAIL(syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 8), EAGAIN,
		     "nothing pending, 20 ms timeout");
	ts.tv_nsec = 1000000000;
	TST_EXP_FAIL(syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 8), EINVAL,
		     "tv_nsec 1e9");
	ts.tv_nsec = 0;
	TST_EXP_FAIL(syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 4), EINVAL,
		     "sigsetsize 4");
	TST_EXP_FAIL(syscall(SYS_rt_sigtimedwait, tst_bad_addr(), &si, &ts, 8), EFAULT,
		     "bad set pointer");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
