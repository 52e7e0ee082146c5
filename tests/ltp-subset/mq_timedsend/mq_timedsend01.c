// SPDX-License-Identifier: Apache-2.0
/*
 * mq_timedsend01 - mq_timedsend(2).
 *
 * Checks (TCONF if POSIX message queues are missing):
 *  - a message is queued (mq_curmsgs grows) and received intact;
 *  - a message of exactly mq_msgsize bytes and an empty message are
 *    accepted;
 *  - on a full queue, a 100 ms timeout fails with ETIMEDOUT after about
 *    that long; with O_NONBLOCK it fails with EAGAIN at once;
 *  - a blocked sender is woken when a child receives;
 *  - errors, one case per row: EMSGSIZE (longer than mq_msgsize), EINVAL
 *    (priority >= MQ_PRIO_MAX; timeout tv_nsec >= 1e9 on a full queue),
 *    EBADF (read-only descriptor; not a descriptor).
 */
#include "tst.h"
#include <time.h>
#include <limits.h>
#include <mqueue.h>

#ifndef MQ_PRIO_MAX
#define MQ_PRIO_MAX 32768
#endif

static char name[64];
static mqd_t q = (mqd_t)-1, rdonly = (mqd_t)-1;

static void deadline(struct timespec *ts, long ms)
{
	clock_gettime(CLOCK_REALTIME, ts);
	ts->tv_nsec += ms * 1000000;
	ts->tv_sec += ts->tv_nsec / 1000000000;
	ts->tv_nsec %= 1000000000;
}

static void setup(void)
{
	struct mq_attr attr = { .mq_maxmsg = 2, .mq_msgsize = 16 };

	snprintf(name, sizeof(name), "/sbx-mq_timedsend01-%d", getpid());
	q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
	if (q == (mqd_t)-1 && errno == ENOSYS)
		tst_brk(TCONF, "POSIX message queues not supported");
	if (q == (mqd_t)-1)
		tst_brk(TBROK | TERRNO, "mq_open");
	rdonly = mq_open(name, O_RDONLY);
}

static void run(void)
{
	struct timespec ts, t0, t1, bad = { 0, 1000000000 };
	struct mq_attr attr, nb = { .mq_flags = O_NONBLOCK };
	char buf[16], big[17] = "0123456789abcdef";
	unsigned int prio;
	long ms;
	pid_t pid;

	deadline(&ts, 1000);
	TST_EXP_PASS(mq_timedsend(q, "hello", 5, 3, &ts), "mq_timedsend(\"hello\", prio 3)");
	mq_getattr(q, &attr);
	TST_EXP_EQ(attr.mq_curmsgs, 1);
	TST_EXP_VAL(mq_receive(q, buf, sizeof(buf), &prio), 5, "mq_receive()");
	TST_EXP_EXPR(!memcmp(buf, "hello", 5) && prio == 3, "data and priority %u intact", prio);

	TST_EXP_PASS(mq_timedsend(q, big, 16, 0, &ts), "send exactly mq_msgsize bytes");
	TST_EXP_PASS(mq_timedsend(q, "", 0, 0, &ts), "send an empty message");
	TST_EXP_FAIL(mq_timedsend(q, big, 17, 0, &ts), EMSGSIZE, "send 17 bytes > mq_msgsize");
	TST_EXP_FAIL(mq_timedsend(q, "x", 1, MQ_PRIO_MAX, &ts), EINVAL, "priority MQ_PRIO_MAX");

	deadline(&ts, 100);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	TST_EXP_FAIL(mq_timedsend(q, "x", 1, 0, &ts), ETIMEDOUT, "full queue, 100 ms timeout");
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	TST_EXP_EXPR(ms >= 80 && ms < 1500, "timed out after %ld ms", ms);
	TST_EXP_FAIL(mq_timedsend(q, "x", 1, 0, &bad), EINVAL, "full queue, tv_nsec 1e9");
	mq_setattr(q, &nb, NULL);
	TST_EXP_FAIL(mq_timedsend(q, "x", 1, 0, &ts), EAGAIN, "full queue, O_NONBLOCK");
	nb.mq_flags = 0;
	mq_setattr(q, &nb, NULL);

	pid = SAFE_FORK();
	if (pid == 0) {
		usleep(50000);
		_exit(mq_receive(q, buf, sizeof(buf), NULL) == 16 ? 0 : 1);
	}
	deadline(&ts, 5000);
	TST_EXP_PASS(mq_timedsend(q, "late", 4, 0, &ts), "blocked sender woken by a receive");
	tst_check_child_exit(pid, 0, "child received");

	if (rdonly == (mqd_t)-1)
		tst_res(TFAIL | TERRNO, "mq_open(O_RDONLY)");
	else
		TST_EXP_FAIL(mq_timedsend(rdonly, "x", 1, 0, &ts), EBADF, "read-only descriptor");
	TST_EXP_FAIL(mq_timedsend((mqd_t)1000, "x", 1, 0, &ts), EBADF, "descriptor 1000");
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
