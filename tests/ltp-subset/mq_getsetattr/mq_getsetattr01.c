// SPDX-License-Identifier: Apache-2.0
/*
 * mq_getsetattr01 - mq_getsetattr(2), also through mq_getattr(3) and
 * mq_setattr(3).
 *
 * Checks (TCONF if POSIX message queues are missing):
 *  - mq_getattr() reports mq_maxmsg, mq_msgsize, mq_curmsgs and mq_flags;
 *  - mq_setattr() changes only O_NONBLOCK (maxmsg/msgsize in the new attr
 *    are ignored) and returns the old attributes;
 *  - the raw syscall with a NULL new attr only reads;
 *  - errors: EINVAL (flag bits other than O_NONBLOCK, raw syscall), EBADF
 *    (not a descriptor), EFAULT (bad attr pointers, raw syscall).
 */
#include "tst.h"
#include <mqueue.h>

static char name[64];
static mqd_t q = (mqd_t)-1;

static void run(void)
{
	struct mq_attr attr = { .mq_maxmsg = 3, .mq_msgsize = 24 }, a, old;
	struct mq_attr bad = { .mq_flags = O_APPEND };

	snprintf(name, sizeof(name), "/sbx-mq_getsetattr01-%d", getpid());
	q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
	if (q == (mqd_t)-1 && errno == ENOSYS)
		tst_brk(TCONF, "POSIX message queues not supported");
	if (q == (mqd_t)-1)
		tst_brk(TBROK | TERRNO, "mq_open");
	mq_send(q, "a", 1, 0);
	mq_send(q, "b", 1, 0);
	TST_EXP_PASS(mq_getattr(q, &a), "mq_getattr()");
	TST_EXP_EXPR(a.mq_maxmsg == 3 && a.mq_msgsize == 24 && a.mq_curmsgs == 2 && a.mq_flags == 0,
		     "maxmsg %ld msgsize %ld curmsgs %ld flags 0x%lx", a.mq_maxmsg, a.mq_msgsize,
		     a.mq_curmsgs, a.mq_flags);

	a.mq_flags = O_NONBLOCK;
	a.mq_maxmsg = 99;
	a.mq_msgsize = 99;
	TST_EXP_PASS(mq_setattr(q, &a, &old), "mq_setattr(O_NONBLOCK)");
	TST_EXP_EQ(old.mq_flags, 0);
	mq_getattr(q, &a);
	TST_EXP_EXPR(a.mq_flags == O_NONBLOCK && a.mq_maxmsg == 3 && a.mq_msgsize == 24,
		     "only O_NONBLOCK changed (flags 0x%lx maxmsg %ld)", a.mq_flags, a.mq_maxmsg);
	TST_EXP_PASS(syscall(SYS_mq_getsetattr, q, NULL, &a), "raw mq_getsetattr(NULL new)");
	TST_EXP_EQ(a.mq_flags, O_NONBLOCK);
	TST_EXP_FAIL(syscall(SYS_mq_getsetattr, q, &bad, NULL), EINVAL,
		     "mq_getsetattr(mq_flags O_APPEND)");
	TST_EXP_FAIL(syscall(SYS_mq_getsetattr, q, tst_bad_addr(), NULL), EFAULT,
		     "mq_getsetattr(bad new attr)");
	TST_EXP_FAIL(syscall(SYS_mq_getsetattr, q, NULL, tst_bad_addr()), EFAULT,
		     "mq_getsetattr(bad old attr)");
	TST_EXP_FAIL(mq_getattr((mqd_t)1000, &a), EBADF, "mq_getattr(descriptor 1000)");
	TST_EXP_FAIL(mq_getattr((mqd_t)0, &a), EBADF, "mq_getattr(stdin, not a queue)");
}

static void cleanup(void)
{
	if (q != (mqd_t)-1) {
		mq_close(q);
		mq_unlink(name);
	}
}

static struct tst_test test = { .test_all = run, .cleanup = cleanup };
TST_MAIN(test)
