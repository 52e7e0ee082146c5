// SPDX-License-Identifier: Apache-2.0
/*
 * semtimedop01 - semtimedop(2).
 *
 * Checks:
 *  - an operation that can proceed succeeds at once;
 *  - a blocking operation times out with EAGAIN after roughly the timeout
 *    (100 ms) and changes nothing;
 *  - a NULL timeout behaves like semop() (woken by a child's increment);
 *  - a zero timeout fails at once with EAGAIN;
 *  - errors: EINVAL (tv_nsec >= 1e9; negative tv_sec), EFAULT (bad
 *    timeout pointer).
 */
#include "tst.h"
#include <time.h>
#include <sys/ipc.h>
#include <sys/sem.h>

static int id = -1;

static long elapsed_ms(const struct timespec *a)
{
	struct timespec b;

	clock_gettime(CLOCK_MONOTONIC, &b);
	return (b.tv_sec - a->tv_sec) * 1000 + (b.tv_nsec - a->tv_nsec) / 1000000;
}

static void run(void)
{
	struct sembuf up = { 0, 1, 0 }, down = { 0, -1, 0 };
	struct timespec ts = { 0, 100000000 }, zero = { 0, 0 }, t0;
	struct timespec badns = { 0, 1000000000 }, negs = { -1, 0 };
	long ms;
	pid_t pid;

	id = semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
	if (id < 0)
		tst_brk(TBROK | TERRNO, "semget");
	TST_EXP_PASS(semtimedop(id, &up, 1, &ts), "semtimedop(+1)");
	TST_EXP_PASS(semtimedop(id, &down, 1, &ts), "semtimedop(-1) with value 1");
	clock_gettime(CLOCK_MONOTONIC, &t0);
	TST_EXP_FAIL(semtimedop(id, &down, 1, &ts), EAGAIN, "semtimedop(-1) on 0, 100 ms");
	ms = elapsed_ms(&t0);
	TST_EXP_EXPR(ms >= 90 && ms < 1500, "timed out after %ld ms", ms);
	TST_EXP_EQ(semctl(id, 0, GETVAL), 0);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	TST_EXP_FAIL(semtimedop(id, &down, 1, &zero), EAGAIN, "semtimedop(zero timeout)");
	TST_EXP_EXPR(elapsed_ms(&t0) < 50, "zero timeout returns at once");

	pid = SAFE_FORK();
	if (pid == 0) {
		usleep(50000);
		_exit(semop(id, &up, 1) ? 1 : 0);
	}
	TST_EXP_PASS(semtimedop(id, &down, 1, NULL), "semtimedop(NULL timeout) woken by child");
	tst_check_child_exit(pid, 0, "child incremented");

	TST_EXP_FAIL(semtimedop(id, &down, 1, &badns), EINVAL, "semtimedop(tv_nsec 1e9)");
	TST_EXP_FAIL(semtimedop(id, &down, 1, &negs), EINVAL, "semtimedop(tv_sec -1)");
	TST_EXP_FAIL(semtimedop(id, &down, 1, tst_bad_addr()), EFAULT, "semtimedop(bad timeout)");
	semctl(id, 0, IPC_RMID);
	id = -1;
}

static void cleanup(void)
{
	if (id >= 0)
		semctl(id, 0, IPC_RMID);
}

static struct tst_test test = { .test_all = run, .cleanup = cleanup };
TST_MAIN(test)
