// SPDX-License-Identifier: Apache-2.0
/*
 * futex_wake02 - the futex2 futex_wake(2) syscall (nr 454, Linux 6.7+),
 * through the raw syscall.  (futex_wake01 covers futex(2) FUTEX_WAKE.)
 *
 * Checks, with FUTEX2_SIZE_U32 | FUTEX2_PRIVATE:
 *  - waking an address nobody waits on returns 0;
 *  - with two threads blocked in futex_wait(2), nr 1 wakes exactly one
 *    and a second call wakes the other; nr 0 wakes none;
 *  - a waiter with bitmask 0x1 is not woken by a wake with mask 0x2;
 *  - errors: EINVAL (mask 0), EINVAL (mask wider than the 32-bit futex
 *    size), EINVAL (unknown flag bit), EINVAL
 *    (misaligned uaddr).
 * TCONF if the syscall is missing (ENOSYS).
 */
#include "tst.h"
#include <pthread.h>

#define NR_futex_wake 454
#define NR_futex_wait 455
#define FL (0x02 | 128)	/* FUTEX2_SIZE_U32 | FUTEX2_PRIVATE */
#define ANY 0xffffffffUL	/* FUTEX_BITSET_MATCH_ANY; wider masks are EINVAL */

static unsigned int word __attribute__((aligned(8))), idle __attribute__((aligned(8)));
static volatile int started;

static long fwake(void *u, unsigned long mask, int nr, unsigned int flags)
{
	return syscall(NR_futex_wake, u, mask, nr, flags);
}

static void *waiter(void *arg)
{
	__sync_fetch_and_add(&started, 1);
	return (void *)syscall(NR_futex_wait, &word, 0UL, (unsigned long)(uintptr_t)arg, FL,
			       NULL, 0);
}

/* Retry until n waiters are woken (they may not be queued yet). */
static long wake_until(unsigned long mask, int nr)
{
	long r = 0;

	for (int i = 0; i < 500 && r == 0; i++) {
		usleep(2000);
		r = fwake(&word, mask, nr, FL);
	}
	return r;
}

static void setup(void)
{
	if (fwake(&idle, ANY, 1, FL) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "futex_wake() (futex2) not supported");
}

static void run(void)
{
	pthread_t t[2];
	void *ret;

	TST_EXP_VAL(fwake(&idle, ANY, 1, FL), 0, "futex_wake with no waiter");
	TST_EXP_VAL(fwake(&idle, ANY, 100, FL), 0, "futex_wake(nr 100) with no waiter");

	for (int i = 0; i < 2; i++)
		if (pthread_create(&t[i], NULL, waiter, (void *)ANY))
			tst_brk(TBROK, "pthread_create");
	while (started < 2)
		usleep(1000);
	usleep(20000);
	TST_EXP_VAL(fwake(&word, ANY, 0, FL), 0, "futex_wake(nr 0)");
	TST_EXP_VAL(wake_until(ANY, 1), 1, "futex_wake(nr 1) wakes one");
	TST_EXP_VAL(wake_until(ANY, 1), 1, "second futex_wake(nr 1) wakes the other");
	for (int i = 0; i < 2; i++) {
		pthread_join(t[i], &ret);
		TST_EXP_EQ((long)ret, 0);
	}

	started = 0;
	if (pthread_create(&t[0], NULL, waiter, (void *)1UL))
		tst_brk(TBROK, "pthread_create");
	while (started < 1)
		usleep(1000);
	usleep(20000);
	TST_EXP_VAL(fwake(&word, 2UL, 1, FL), 0, "mask 0x2 does not wake a 0x1 waiter");
	TST_EXP_VAL(wake_until(1UL, 1), 1, "mask 0x1 wakes it");
	pthread_join(t[0], NULL);

	TST_EXP_FAIL(fwake(&idle, 0, 1, FL), EINVAL, "mask 0");
	TST_EXP_FAIL(fwake(&idle, ~0UL, 1, FL), EINVAL, "mask wider than 32 bits");
	TST_EXP_FAIL(fwake(&idle, ANY, 1, FL | 0x10000), EINVAL, "unknown flag 0x10000");
	TST_EXP_FAIL(fwake((char *)&idle + 1, ANY, 1, FL), EINVAL, "misaligned uaddr");
}

static struct tst_test test = { .setup = setup, .test_all = run };
TST_MAIN(test)
