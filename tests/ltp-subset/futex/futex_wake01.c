// SPDX-License-Identifier: Apache-2.0
/*
 * futex_wake01 - futex(2) FUTEX_WAKE through the raw syscall.
 *
 * Checks:
 *  - FUTEX_WAKE with no waiters returns 0;
 *  - a thread blocked in FUTEX_WAIT is woken by FUTEX_WAKE (returns 1),
 *    and its wait returns 0;
 *  - FUTEX_WAKE(n) wakes at most n of several waiters;
 *  - across processes: a child waiting on a MAP_SHARED word (non-private
 *    futex) is woken by the parent.
 */
#include "tst.h"
#include <linux/futex.h>
#include <pthread.h>

#define NW 3

static int word;
static volatile int woken, waiting;

static long fx(int *u, int op, int val, const struct timespec *ts)
{
	return syscall(SYS_futex, u, op, val, ts, NULL, 0);
}

static void *waiter(void *a)
{
	struct timespec to = { 3, 0 };
	long r;

	(void)a;
	__atomic_fetch_add(&waiting, 1, __ATOMIC_SEQ_CST);
	do {
		r = fx(&word, FUTEX_WAIT_PRIVATE, 0, &to);
	} while (r == -1 && errno == EINTR);
	if (r == 0)
		__atomic_fetch_add(&woken, 1, __ATOMIC_SEQ_CST);
	return NULL;
}

/* wake until 'n' waiters have been woken (a waiter may not be queued yet) */
static long wake_count(int n)
{
	long total = 0;

	for (int i = 0; i < 2000 && total < n; i++) {
		long r = fx(&word, FUTEX_WAKE_PRIVATE, n - (int)total, NULL);
		if (r > 0)
			total += r;
		else
			usleep(1000);
	}
	return total;
}

static void run(void)
{
	pthread_t t[NW];
	int *sh;
	pid_t pid;
	long r = 0;

	TST_EXP_VAL(fx(&word, FUTEX_WAKE_PRIVATE, 1, NULL), 0, "FUTEX_WAKE, no waiters");

	pthread_create(&t[0], NULL, waiter, NULL);
	TST_EXP_EXPR(wake_count(1) == 1, "FUTEX_WAKE woke the waiting thread");
	pthread_join(t[0], NULL);
	TST_EXP_EXPR(woken == 1, "waiter's FUTEX_WAIT returned 0");

	woken = waiting = 0;
	for (int i = 0; i < NW; i++)
		pthread_create(&t[i], NULL, waiter, NULL);
	while (waiting < NW)
		usleep(1000);
	usleep(20000);	/* let all three block */
	r = fx(&word, FUTEX_WAKE_PRIVATE, 2, NULL);
	TST_EXP_EXPR(r <= 2 && r >= 1, "FUTEX_WAKE(2) with 3 waiters woke %ld", r);
	wake_count(NW - (int)r);
	for (int i = 0; i < NW; i++)
		pthread_join(t[i], NULL);
	TST_EXP_EXPR(woken == NW, "all %d waiters eventually woken (%d)", NW, woken);

	sh = SAFE_MMAP(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	*sh = 0;
	pid = SAFE_FORK();
	if (pid == 0) {
		struct timespec to = { 3, 0 };
		long x;

		sh[1] = 1;
		do {
			x = fx(sh, FUTEX_WAIT, 0, &to);
		} while (x == -1 && errno == EINTR);
		_exit(x == 0 ? 0 : 1);
	}
	while (!sh[1])
		usleep(1000);
	r = 0;
	for (int i = 0; i < 2000 && r == 0; i++) {
		r = fx(sh, FUTEX_WAKE, 1, NULL);
		if (!r)
			usleep(1000);
	}
	TST_EXP_EXPR(r == 1, "shared FUTEX_WAKE woke the child (%ld)", r);
	tst_check_child_exit(pid, 0, "child's shared FUTEX_WAIT returned 0");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
