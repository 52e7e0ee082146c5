// SPDX-License-Identifier: Apache-2.0
/*
 * exit_group01 - exit_group(2) through the raw syscall.
 *
 * Checks:
 *  - exit_group(status) from a secondary thread ends the whole process,
 *    including a main thread blocked in pause(); the parent sees the
 *    status given by the thread;
 *  - the low 8 bits are reported (exit_group(0x1ff) -> 255);
 *  - single-threaded: exit_group behaves like exit.
 */
#include "tst.h"
#include <pthread.h>

static void *thr(void *arg)
{
	syscall(SYS_exit_group, (int)(long)arg);
	return NULL;
}

static void run(void)
{
	pid_t pid;

	pid = SAFE_FORK();
	if (pid == 0) {
		pthread_t t;

		if (pthread_create(&t, NULL, thr, (void *)3L))
			_exit(2);
		for (;;)
			pause();
	}
	tst_check_child_exit(pid, 3, "exit_group(3) from a thread ends the process");

	pid = SAFE_FORK();
	if (pid == 0)
		syscall(SYS_exit_group, 0x1ff);
	tst_check_child_exit(pid, 255, "exit_group(0x1ff)");

	pid = SAFE_FORK();
	if (pid == 0)
		syscall(SYS_exit_group, 0);
	tst_check_child_exit(pid, 0, "exit_group(0)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
