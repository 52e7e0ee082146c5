// SPDX-License-Identifier: Apache-2.0
/*
 * tgkill01 - tgkill(2) through the raw syscall.
 *
 * Checks:
 *  - tgkill(pid, tid, sig) delivers to that specific thread: the handler
 *    observes gettid() == target thread;
 *  - signal 0 probes existence;
 *  - ESRCH when tid does not belong to tgid, and for a dead thread;
 *  - EINVAL for an invalid signal and for tgid/tid <= 0.
 */
#include "tst.h"
#include <pthread.h>

static volatile long handled_in;
static volatile long thread_tid;
static volatile int stop;

static void handler(int s) { (void)s; handled_in = syscall(SYS_gettid); }

static void *thr(void *a)
{
	(void)a;
	thread_tid = syscall(SYS_gettid);
	while (!stop)
		usleep(1000);
	return NULL;
}

static void run(void)
{
	pthread_t t;
	long pid = getpid(), dead;

	SAFE_SIGNAL(SIGUSR1, handler);
	pthread_create(&t, NULL, thr, NULL);
	while (!thread_tid)
		usleep(1000);
	TST_EXP_PASS(syscall(SYS_tgkill, pid, thread_tid, 0), "tgkill(pid, tid, 0)");
	TST_EXP_PASS(syscall(SYS_tgkill, pid, thread_tid, SIGUSR1), "tgkill(pid, tid, SIGUSR1)");
	for (int i = 0; i < 1000 && !handled_in; i++)
		usleep(1000);
	TST_EXP_EXPR(handled_in == thread_tid, "handler ran in thread %ld (target %ld)",
		     handled_in, thread_tid);
	TST_EXP_FAIL(syscall(SYS_tgkill, getppid(), thread_tid, 0), ESRCH,
		     "tgkill(other tgid, tid, 0)");
	stop = 1;
	pthread_join(t, NULL);
	dead = thread_tid;
	/*
	 * pthread_join returns once the kernel cleared the tid word, which is
	 * slightly before the thread is unhashed: wait (<= 1 s) for it to go.
	 */
	for (int i = 0; i < 1000 && syscall(SYS_tgkill, pid, dead, 0) == 0; i++)
		usleep(1000);
	TST_EXP_FAIL(syscall(SYS_tgkill, pid, dead, 0), ESRCH, "tgkill(dead thread)");
	TST_EXP_FAIL(syscall(SYS_tgkill, pid, pid, 65), EINVAL, "tgkill(sig 65)");
	TST_EXP_FAIL(syscall(SYS_tgkill, 0, pid, 0), EINVAL, "tgkill(tgid 0)");
	TST_EXP_FAIL(syscall(SYS_tgkill, pid, -1, 0), EINVAL, "tgkill(tid -1)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
