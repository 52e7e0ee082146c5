// SPDX-License-Identifier: Apache-2.0
/*
 * exit01 - exit(2) through the raw syscall (glibc's exit() uses exit_group).
 *
 * Checks:
 *  - SYS_exit(status) in a single-threaded child ends it with that status;
 *  - only the low 8 bits of the status are reported (256 + 7 -> 7);
 *  - atexit handlers and stdio flushing do not run (the raw call bypasses
 *    libc): a buffered printf is lost;
 *  - SYS_exit in a secondary thread ends only that thread: the process
 *    keeps running and later exits with its own status.
 */
#include "tst.h"
#include <pthread.h>

static void *thr(void *arg)
{
	(void)arg;
	syscall(SYS_exit, 0);
	return NULL;
}

static void run(void)
{
	pid_t pid;
	int p[2];
	char buf[64];

	pid = SAFE_FORK();
	if (pid == 0)
		syscall(SYS_exit, 42);
	tst_check_child_exit(pid, 42, "SYS_exit(42)");

	pid = SAFE_FORK();
	if (pid == 0)
		syscall(SYS_exit, 256 + 7);
	tst_check_child_exit(pid, 7, "SYS_exit(263) keeps the low 8 bits");

	SAFE_PIPE(p);
	pid = SAFE_FORK();
	if (pid == 0) {
		SAFE_DUP2(p[1], STDOUT_FILENO);
		setvbuf(stdout, NULL, _IOFBF, 4096);
		printf("buffered");
		syscall(SYS_exit, 0);
	}
	SAFE_CLOSE(p[1]);
	tst_check_child_exit(pid, 0, "SYS_exit with buffered stdio");
	TST_EXP_VAL(read(p[0], buf, sizeof(buf)), 0,
		    "stdio buffer not flushed by raw exit");
	SAFE_CLOSE(p[0]);

	pid = SAFE_FORK();
	if (pid == 0) {
		pthread_t t;

		if (pthread_create(&t, NULL, thr, NULL))
			_exit(2);
		pthread_join(t, NULL);
		_exit(5);
	}
	tst_check_child_exit(pid, 5, "thread's SYS_exit leaves the process running");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
