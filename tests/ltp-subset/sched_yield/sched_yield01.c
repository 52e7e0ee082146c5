// SPDX-License-Identifier: Apache-2.0
/*
 * sched_yield01 - sched_yield(2) through the raw syscall.
 *
 * Checks:
 *  - returns 0 (it cannot fail on Linux), repeatedly;
 *  - two threads pinned to the same CPU (when affinity can be set) make
 *    progress while yielding to each other (ping-pong via a shared flag).
 */
#include "tst.h"
#include <pthread.h>
#include <sched.h>

static volatile int turn, rounds;

static void *other(void *a)
{
	(void)a;
	while (rounds < 200) {
		if (turn == 1) {
			turn = 0;
			rounds++;
		}
		syscall(SYS_sched_yield);
	}
	return NULL;
}

static void run(void)
{
	pthread_t t;
	int ok = 1;
	cpu_set_t one;

	TST_EXP_PASS(syscall(SYS_sched_yield), "sched_yield()");
	for (int i = 0; i < 100; i++)
		ok &= syscall(SYS_sched_yield) == 0;
	TST_EXP_EXPR(ok, "100 more calls returned 0");

	CPU_ZERO(&one);
	sched_getaffinity(0, sizeof(one), &one);
	for (int c = 0; c < CPU_SETSIZE; c++)
		if (CPU_ISSET(c, &one)) {
			CPU_ZERO(&one);
			CPU_SET(c, &one);
			break;
		}
	if (sched_setaffinity(0, sizeof(one), &one))
		tst_res(TINFO | TERRNO, "could not pin to one CPU; ping-pong unpinned");
	pthread_create(&t, NULL, other, NULL);
	while (rounds < 200) {
		if (turn == 0)
			turn = 1;
		syscall(SYS_sched_yield);
	}
	pthread_join(t, NULL);
	TST_EXP_EXPR(rounds == 200, "threads on one CPU alternated 200 times by yielding");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
