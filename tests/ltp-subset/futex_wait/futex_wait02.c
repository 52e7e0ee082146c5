// SPDX-License-Identifier: Apache-2.0
/*
 * futex_wait02 - the futex2 futex_wait(2) syscall (nr 455, Linux 6.7+),
 * through the raw syscall.  (futex_wait01 covers futex(2) FUTEX_WAIT.)
 *
 * Checks, with FUTEX2_SIZE_U32 | FUTEX2_PRIVATE:
 *  - a value that does not match *uaddr fails with EAGAIN at once;
 *  - a matching value with an absolute CLOCK_MONOTONIC timeout in the past
 *    fails with ETIMEDOUT, and one 30 ms ahead times out after >= 30 ms;
 *  - a thread waiting with a matching value is woken by futex_wake(2) and
 *    returns 0;
 *  - errors: EINVAL (mask 0), EINVAL (mask or value wider than the 32-bit
 *    futex size), EINVAL (unknown flag bit), EINVAL (size
 *    FUTEX2_SIZE_U64, not supported), EINVAL (misaligned uaddr), EINVAL
 *    (clockid CLOCK_BOOTTIME), EFAULT (bad uaddr).
 * TCONF if the syscall is missing (ENOSYS).
 */
#include "tst.h"
#include <pthread.h>
#include <time.h>

#define NR_futex_wake 454
#define NR_futex_wait 455
#define F2_U32 0x02
#define F2_U64 0x03
#define F2_PRIVATE 128
#define FL (F2_U32 | F2_PRIVATE)
#define ANY 0xffffffffUL	/* FUTEX_BITSET_MATCH_ANY; wider masks are EINVAL */

static unsigned int word __attribute__((aligned(8))) = 3;
static volatile int in_wait;

static long fwait(void *u, unsigned long val, unsigned long mask, unsigned int flags,
		  struct timespec *ts, clockid_t clk)
{
	return syscall(NR_futex_wait, u, val, mask, flags, ts, clk);
}

static long fwake(void *u, unsigned long mask, int nr, unsigned int flags)
{
	return syscall(NR_futex_wake, u, mask, nr, flags);
}

static void *waiter(void *arg)
{
	(void)arg;
	in_wait = 1;
	return (void *)fwait(&word, 3, ANY, FL, NULL, 0);
}

static struct timespec mono_in(long ns)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	t.tv_nsec += ns;
	while (t.tv_nsec >= 1000000000L) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000L;
	}
	while (t.tv_nsec < 0) {
		t.tv_sec--;
		t.tv_nsec += 1000000000L;
	}
	return t;
}

static void setup(void)
{
	if (fwait(&word, 99, ANY, FL, NULL, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "futex_wait() (futex2) not supported");
}

static void run(void)
{
	struct timespec ts, a, b;
	pthread_t th;
	void *ret;
	long woke = 0;

	TST_EXP_FAIL(fwait(&word, 4, ANY, FL, NULL, 0), EAGAIN, "value mismatch");
	ts = mono_in(-1000000000L);
	TST_EXP_FAIL(fwait(&word, 3, ANY, FL, &ts, CLOCK_MONOTONIC), ETIMEDOUT,
		     "absolute timeout in the past");
	clock_gettime(CLOCK_MONOTONIC, &a);
	ts = mono_in(30000000L);
	TST_EXP_FAIL(fwait(&word, 3, ANY, FL, &ts, CLOCK_MONOTONIC), ETIMEDOUT,
		     "absolute timeout 30 ms ahead");
	clock_gettime(CLOCK_MONOTONIC, &b);
	TST_EXP_EXPR((b.tv_sec - a.tv_sec) * 1000000000LL + b.tv_nsec - a.tv_nsec >= 30000000LL,
		     "waited >= 30 ms");

	if (pthread_create(&th, NULL, waiter, NULL))
		tst_brk(TBROK, "pthread_create");
	while (!in_wait)
		usleep(1000);
	for (int i = 0; i < 500 && woke == 0; i++) {
		usleep(2000);
		woke = fwake(&word, ANY, 1, FL);
	}
	pthread_join(th, &ret);
	TST_EXP_EXPR(woke == 1 && (long)ret == 0, "futex_wake woke %ld, futex_wait returned %ld",
		     woke, (long)ret);

	TST_EXP_FAIL(fwait(&word, 3, 0, FL, NULL, 0), EINVAL, "mask 0");
	TST_EXP_FAIL(fwait(&word, 3, ~0UL, FL, NULL, 0), EINVAL, "mask wider than 32 bits");
	TST_EXP_FAIL(fwait(&word, 3UL | 1UL << 32, ANY, FL, NULL, 0), EINVAL,
		     "value wider than 32 bits");
	TST_EXP_FAIL(fwait(&word, 3, ANY, FL | 0x10000, NULL, 0), EINVAL, "unknown flag 0x10000");
	TST_EXP_FAIL(fwait(&word, 3, ANY, F2_U64 | F2_PRIVATE, NULL, 0), EINVAL, "FUTEX2_SIZE_U64");
	TST_EXP_FAIL(fwait((char *)&word + 1, 3, ANY, FL, NULL, 0), EINVAL, "misaligned uaddr");
	ts = mono_in(-1000000000L);
	TST_EXP_FAIL(fwait(&word, 3, ANY, FL, &ts, CLOCK_BOOTTIME), EINVAL, "CLOCK_BOOTTIME");
	TST_EXP_FAIL(fwait(tst_bad_addr(), 3, ANY, FL, NULL, 0), EFAULT, "bad uaddr");
}

static struct tst_test test = { .setup = setup, .test_all = run };
TST_MAIN(test)
