// SPDX-License-Identifier: Apache-2.0
/*
 * futex_waitv01 - futex_waitv(2) (nr 449) through the raw syscall.
 *
 * Checks:
 *  - one FUTEX_32|FUTEX_PRIVATE_FLAG waiter whose value does not match
 *    fails with EAGAIN at once;
 *  - a matching value with an absolute CLOCK_MONOTONIC timeout already in
 *    the past fails with ETIMEDOUT; the same with CLOCK_REALTIME;
 *  - a thread waiting on two futexes is woken by FUTEX_WAKE on the second
 *    one, and futex_waitv returns its index, 1;
 *  - errors: EINVAL (nr_futexes 0, nr_futexes 129, flags 1, waiter flags
 *    without a size, nonzero __reserved, clockid CLOCK_BOOTTIME),
 *    EFAULT (bad waiters pointer).
 * TCONF if the syscall is missing (ENOSYS).
 */
#include "tst.h"
#include <linux/futex.h>
#include <pthread.h>
#include <time.h>

#ifndef FUTEX_32
# define FUTEX_32 2
#endif

static unsigned int w0 = 5, w1 = 6;
static volatile int in_wait;

static long waitv(struct futex_waitv *w, unsigned int nr, unsigned int flags,
		  struct timespec *ts, clockid_t clk)
{
	return syscall(SYS_futex_waitv, w, nr, flags, ts, clk);
}

static void fill(struct futex_waitv *w, unsigned int *word, unsigned int val)
{
	memset(w, 0, sizeof(*w));
	w->uaddr = (uintptr_t)word;
	w->val = val;
	w->flags = FUTEX_32 | FUTEX_PRIVATE_FLAG;
}

static void *waiter(void *arg)
{
	struct futex_waitv w[2];

	(void)arg;
	fill(&w[0], &w0, 5);
	fill(&w[1], &w1, 6);
	in_wait = 1;
	return (void *)waitv(w, 2, 0, NULL, 0);
}

static void setup(void)
{
	struct futex_waitv w;
	struct timespec ts = { 0, 0 };

	fill(&w, &w0, 99);
	if (waitv(&w, 1, 0, &ts, CLOCK_MONOTONIC) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "futex_waitv() not supported");
}

static void run(void)
{
	struct futex_waitv w, many[129];
	struct timespec past;
	pthread_t th;
	void *ret;
	long woke = 0;

	fill(&w, &w0, 4);
	TST_EXP_FAIL(waitv(&w, 1, 0, NULL, 0), EAGAIN, "value mismatch");

	fill(&w, &w0, 5);
	clock_gettime(CLOCK_MONOTONIC, &past);
	past.tv_sec -= 1;
	TST_EXP_FAIL(waitv(&w, 1, 0, &past, CLOCK_MONOTONIC), ETIMEDOUT,
		     "absolute CLOCK_MONOTONIC timeout in the past");
	clock_gettime(CLOCK_REALTIME, &past);
	past.tv_sec -= 1;
	TST_EXP_FAIL(waitv(&w, 1, 0, &past, CLOCK_REALTIME), ETIMEDOUT,
		     "absolute CLOCK_REALTIME timeout in the past");

	if (pthread_create(&th, NULL, waiter, NULL))
		tst_brk(TBROK, "pthread_create");
	while (!in_wait)
		usleep(1000);
	for (int i = 0; i < 500 && woke == 0; i++) {
		usleep(2000);
		woke = syscall(SYS_futex, &w1, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	}
	pthread_join(th, &ret);
	TST_EXP_EXPR(woke == 1 && (long)ret == 1, "FUTEX_WAKE woke %ld, futex_waitv returned %ld",
		     woke, (long)ret);

	fill(&w, &w0, 5);
	TST_EXP_FAIL(waitv(&w, 0, 0, NULL, 0), EINVAL, "nr_futexes 0");
	for (unsigned int i = 0; i < ARRAY_SIZE(many); i++)
		fill(&many[i], &w0, 4);
	TST_EXP_FAIL(waitv(many, 129, 0, NULL, 0), EINVAL, "nr_futexes 129");
	TST_EXP_FAIL(waitv(&w, 1, 1, NULL, 0), EINVAL, "flags 1");
	w.flags = FUTEX_PRIVATE_FLAG;
	TST_EXP_FAIL(waitv(&w, 1, 0, NULL, 0), EINVAL, "waiter flags without FUTEX_32");
	fill(&w, &w0, 5);
	w.__reserved = 1;
	TST_EXP_FAIL(waitv(&w, 1, 0, NULL, 0), EINVAL, "nonzero __reserved");
	fill(&w, &w0, 5);
	TST_EXP_FAIL(waitv(&w, 1, 0, &past, CLOCK_BOOTTIME), EINVAL, "clockid CLOCK_BOOTTIME");
	TST_EXP_FAIL(waitv(tst_bad_addr(), 1, 0, NULL, 0), EFAULT, "bad waiters pointer");
}

static struct tst_test test = { .setup = setup, .test_all = run };
TST_MAIN(test)
