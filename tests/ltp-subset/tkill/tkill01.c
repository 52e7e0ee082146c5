// SPDX-License-Identifier: Apache-2.0
/*
 * tkill01 - tkill(2) through the raw syscall.
 *
 * Checks:
 *  - tkill(tid, sig) delivers to that thread (handler sees its tid);
 *  - tkill(own tid, SIGUSR1) runs the handler synchronously;
 *  - ESRCH for a dead thread; EINVAL for tid <= 0 and signal 65.
 */
#include "tst.h"
#include <pthread.h>

static volatile long handled_in, thread_tid;
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

	SAFE_SIGNAL(SIGUSR1, handler);
	TST_EXP_PASS(syscall(SYS_tkill, syscall(SYS_gettid), SIGUSR1), "tkill(self)");
	TST_EXP_EXPR(handled_in == syscall(SYS_gettid), "handler ran in the caller");
	handled_in = 0;
	pthread_create(&t, NULL, thr, NULL);
	while (!thread_tid)
		usleep(1000);
	TST_EXP_PASS(syscall(SYS_tkill, thread_tid, SIGUSR1), "tkill(thread)");
	for (int i = 0; i < 1000 && !handled_in; i++)
		usleep(1000);
	TST_EXP_EXPR(handled_in == thread_tid, "handler ran in thread %ld", handled_in);
	stop = 1;
	pthread_join(t, NULL);
	/*
	 * pthread_join returns once the kernel cleared the tid word, which is
	 * slightly before the thread is unhashed: wait (<= 1 s) for it to go.
	 */
	for (int i = 0; i < 1000 && syscall(SYS_tkill, thread_tid, 0) == 0; i++)
		usleep(1000);
	TST_EXP_FAIL(syscall(SYS_tkill, thread_tid, 0), ESRCH, "tkill(dead thread)");
	TST_EXP_FAIL(syscall(SYS_tkill, 0, 0), EINVAL, "tkill(0)");
	TST_EXP_FAIL(syscall(SYS_tkill, -1, SIGUSR1), EINVAL, "tkill(-1)");
	TST_EXP_FAIL(syscall(SYS_tkill, syscall(SYS_gettid), 65), EINVAL, "tkill(sig 65)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
