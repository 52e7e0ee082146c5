// SPDX-License-Identifier: Apache-2.0
/*
 * gettid01 - gettid(2).
 *
 * Checks:
 *  - in a single-threaded process gettid() == getpid();
 *  - a second thread gets a distinct tid, while its getpid() stays the
 *    process's pid (thread group id);
 *  - glibc's pthread_gettid_np-free path: the tid is usable with tgkill()
 *    (signal 0 probes existence).
 */
#include "tst.h"
#include <pthread.h>

static long thread_tid, thread_pid, probe_ret = -2;

static void *thr(void *arg)
{
	(void)arg;
	thread_tid = syscall(SYS_gettid);
	thread_pid = syscall(SYS_getpid);
	probe_ret = syscall(SYS_tgkill, thread_pid, thread_tid, 0);
	return NULL;
}

static void run(void)
{
	long pid = syscall(SYS_getpid), tid = syscall(SYS_gettid);
	pthread_t t;

	TST_EXP_EXPR(tid == pid, "main thread gettid() %ld == getpid() %ld",
		     tid, pid);
	if (pthread_create(&t, NULL, thr, NULL))
		tst_brk(TBROK, "pthread_create failed");
	pthread_join(t, NULL);
	TST_EXP_EXPR(thread_tid > 0 && thread_tid != tid,
		     "thread gettid() %ld differs from main %ld", thread_tid, tid);
	TST_EXP_EXPR(thread_pid == pid, "thread getpid() %ld == process pid %ld",
		     thread_pid, pid);
	TST_EXP_EXPR(probe_ret == 0, "tgkill(pid, tid, 0) on the live thread "
		     "returned %ld", probe_ret);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
