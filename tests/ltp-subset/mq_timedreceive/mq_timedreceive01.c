// SPDX-License-Identifier: Apache-2.0
/*
 * mq_timedreceive01 - mq_timedreceive(2).
 *
 * Checks (TCONF if POSIX message queues are missing):
 *  - messages come out highest priority first, FIFO within a priority, and
 *    msg_prio reports each priority;
 *  - on an empty queue a 100 ms timeout fails with ETIMEDOUT after about
 *    that long; with O_NONBLOCK it fails with EAGAIN;
 *  - a blocked receiver is woken by a child's send;
 *  - errors: EMSGSIZE (buffer smaller than mq_msgsize), EINVAL (tv_nsec
 *    >= 1e9 on an empty queue), EBADF (write-only descriptor; not a
 *    descriptor), EFAULT (bad buffer with a message queued).
 */
#include "tst.h"
#include <time.h>
#include <mqueue.h>

static char name[64];
static mqd_t q = (mqd_t)-1, wronly = (mqd_t)-1;

static void deadline(struct timespec *ts, long ms)
{
	clock_gettime(CLOCK_REALTIME, ts);
	ts->tv_nsec += ms * 1000000;
	ts->tv_sec += ts->tv_nsec / 1000000000;
	ts->tv_nsec %= 1000000000;
}

static void setup(void)
{
	struct mq_attr attr = { .mq_maxmsg = 8, .mq_msgsize = 16 };

	snprintf(name, sizeof(name), "/sbx-mq_timedreceive01-%d", getpid());
	q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
	if (q == (mqd_t)-1 && errno == ENOSYS)
		tst_brk(TCONF, "POSIX message queues not supported");
	if (q == (mqd_t)-1)
		tst_brk(TBROK | TERRNO, "mq_open");
	wronly = mq_open(name, O_WRONLY);
}

static void run(void)
{
	static const struct { const char *m; unsigned int prio; } in[] = {
		{ "low1", 1 }, { "high", 9 }, { "low2", 1 }, { "mid", 5 },
	};
	static const char *const order[] = { "high", "mid", "low1", "low2" };
	static const unsigned int prios[] = { 9, 5, 1, 1 };
	struct timespec ts, t0, t1, bad = { 0, 1000000000 };
	struct mq_attr nb = { .mq_flags = O_NONBLOCK };
	char buf[16];
	unsigned int prio;
	int ok = 1;
	long ms;
	pid_t pid;

	for (size_t i = 0; i < ARRAY_SIZE(in); i++)
		mq_send(q, in[i].m, strlen(in[i].m) + 1, in[i].prio);
	deadline(&ts, 1000);
	for (size_t i = 0; i < ARRAY_SIZE(order); i++) {
		ssize_t r = mq_timedreceive(q, buf, sizeof(buf), &prio, &ts);

		ok = ok && r == (ssize_t)strlen(order[i]) + 1 && !strcmp(buf, order[i]) &&
		     prio == prios[i];
	}
	TST_EXP_EXPR(ok, "priority order high, mid, low1, low2 with msg_prio 9, 5, 1, 1");

	deadline(&ts, 100);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	TST_EXP_FAIL(mq_timedreceive(q, buf, sizeof(buf), NULL, &ts), ETIMEDOUT,
		     "empty queue, 100 ms timeout");
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	TST_EXP_EXPR(ms >= 80 && ms < 1500, "timed out after %ld ms", ms);
	TST_EXP_FAIL(mq_timedreceive(q, buf, sizeof(buf), NULL, &bad), EINVAL,
		     "empty queue, tv_nsec 1e9");
	mq_setattr(q, &nb, NULL);
	TST_EXP_FAIL(mq_timedreceive(q, buf, sizeof(buf), NULL, &ts), EAGAIN,
		     "empty queue, O_NONBLOCK");
	nb.mq_flags = 0;
	mq_setattr(q, &nb, NULL);

	pid = SAFE_FORK();
	if (pid == 0) {
		usleep(50000);
		_exit(mq_send(q, "wake", 4, 2) ? 1 : 0);
	}
	deadline(&ts, 5000);
	TST_EXP_VAL(mq_timedreceive(q, buf, sizeof(buf), &prio, &ts), 4,
		    "blocked receiver woken by a send");
	tst_check_child_exit(pid, 0, "child sent");

	TST_EXP_FAIL(mq_timedreceive(q, buf, 15, NULL, &ts), EMSGSIZE, "buffer of 15 < mq_msgsize 16");
	mq_send(q, "x", 1, 0);
	TST_EXP_FAIL(mq_timedreceive(q, tst_bad_addr(), sizeof(buf), NULL, &ts), EFAULT,
		     "bad buffer");
	if (wronly == (mqd_t)-1)
		tst_res(TFAIL | TERRNO, "mq_open(O_WRONLY)");
	else
		TST_EXP_FAIL(mq_timedreceive(wronly, buf, sizeof(buf), NULL, &ts), EBADF,
			     "write-only descriptor");
	TST_EXP_FAIL(mq_timedreceive((mqd_t)1000, buf, sizeof(buf), NULL, &ts), EBADF,
		     "descriptor 1000");
}

static void cleanup(void)
{
	if (q != (mqd_t)-1) {
		mq_close(q);
		mq_unlink(name);
	}
}

static struct tst_test test = { .test_all = run, .setup = setup, .cleanup = cleanup };
TST_MAIN(test)
