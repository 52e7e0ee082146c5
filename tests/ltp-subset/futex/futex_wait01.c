// SPDX-License-Identifier: Apache-2.0
/*
 * futex_wait01 - futex(2) FUTEX_WAIT through the raw syscall.
 *
 * Checks:
 *  - FUTEX_WAIT with a value that does not match *uaddr -> EAGAIN at once;
 *  - FUTEX_WAIT with a matching value and a 30 ms relative timeout ->
 *    ETIMEDOUT after >= 30 ms; also with FUTEX_PRIVATE_FLAG;
 *  - FUTEX_WAIT_BITSET with an absolute CLOCK_MONOTONIC deadline ->
 *    ETIMEDOUT; a zero bitset -> EINVAL;
 *  - EINVAL for a misaligned uaddr and for a negative tv_nsec; ENOSYS for
 *    an unknown op; EFAULT for a bad uaddr.
 */
#include "tst.h"
#include <linux/futex.h>
#include <time.h>

static int word = 7;

static long fx(void *u, int op, int val, const struct timespec *ts, int val3)
{
	return syscall(SYS_futex, u, op, val, ts, NULL, val3);
}

static long long ns(struct timespec *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }

static void run(void)
{
	struct timespec to = { 0, 30000000 }, a, b;
	static char buf[8] __attribute__((aligned(8)));

	TST_EXP_FAIL(fx(&word, FUTEX_WAIT, 8, &to, 0), EAGAIN, "FUTEX_WAIT(*u=7, val 8)");
	clock_gettime(CLOCK_MONOTONIC, &a);
	TST_EXP_FAIL(fx(&word, FUTEX_WAIT, 7, &to, 0), ETIMEDOUT, "FUTEX_WAIT 30 ms timeout");
	clock_gettime(CLOCK_MONOTONIC, &b);
	TST_EXP_EXPR(ns(&b) - ns(&a) >= 30000000, "waited %lld ns", ns(&b) - ns(&a));
	TST_EXP_FAIL(fx(&word, FUTEX_WAIT_PRIVATE, 7, &to, 0), ETIMEDOUT,
		     "FUTEX_WAIT_PRIVATE 30 ms timeout");

	clock_gettime(CLOCK_MONOTONIC, &a);
	a.tv_nsec += 20000000;
	if (a.tv_nsec >= 1000000000) {
		a.tv_sec++;
		a.tv_nsec -= 1000000000;
	}
	TST_EXP_FAIL(fx(&word, FUTEX_WAIT_BITSET, 7, &a, FUTEX_BITSET_MATCH_ANY), ETIMEDOUT,
		     "FUTEX_WAIT_BITSET absolute deadline");
	TST_EXP_FAIL(fx(&word, FUTEX_WAIT_BITSET, 7, &a, 0), EINVAL,
		     "FUTEX_WAIT_BITSET(bitset 0)");
	TST_EXP_FAIL(fx(buf + 1, FUTEX_WAIT, 0, &to, 0), EINVAL, "FUTEX_WAIT(misaligned)");
	to.tv_nsec = -1;
	TST_EXP_FAIL(fx(&word, FUTEX_WAIT, 7, &to, 0), EINVAL, "FUTEX_WAIT(tv_nsec -1)");
	to.tv_nsec = 1000;
	TST_EXP_FAIL(fx(&word, 99, 7, &to, 0), ENOSYS, "futex(op 99)");
	TST_EXP_FAIL(fx(tst_bad_addr(), FUTEX_WAIT, 7, &to, 0), EFAULT, "FUTEX_WAIT(bad uaddr)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
