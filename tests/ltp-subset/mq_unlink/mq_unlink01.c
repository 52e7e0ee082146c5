// SPDX-License-Identifier: Apache-2.0
/*
 * mq_unlink01 - mq_unlink(2).
 *
 * Checks (TCONF if POSIX message queues are missing):
 *  - after mq_unlink() the name is gone (mq_open without O_CREAT gives
 *    ENOENT) but an open descriptor still sends and receives;
 *  - the name can be created again, as a new empty queue;
 *  - errors: ENOENT (name not present), ENAMETOOLONG (name over NAME_MAX),
 *    EACCES (a child that dropped to uid 65534 unlinking a root queue;
 *    TCONF unless root and the drop succeeds).
 */
#include "tst.h"
#include <grp.h>
#include <limits.h>
#include <mqueue.h>

static void run(void)
{
	char name[64], longname[NAME_MAX + 8], buf[8192];
	struct mq_attr attr = { .mq_maxmsg = 4, .mq_msgsize = 16 }, got;
	mqd_t q, q2;
	int status;
	pid_t pid;

	snprintf(name, sizeof(name), "/sbx-mq_unlink01-%d", getpid());
	q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
	if (q == (mqd_t)-1 && errno == ENOSYS)
		tst_brk(TCONF, "POSIX message queues not supported");
	if (q == (mqd_t)-1)
		tst_brk(TBROK | TERRNO, "mq_open");
	mq_send(q, "old", 3, 0);

	if (geteuid() != 0) {
		tst_res(TCONF, "not root: EACCES check needs a queue owned by another user");
	} else {
		pid = SAFE_FORK();
		if (pid == 0) {
			setgroups(0, NULL);
			if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
				_exit(32);
			_exit(mq_unlink(name) == -1 && errno == EACCES ? 0 : 1);
		}
		SAFE_WAITPID(pid, &status, 0);
		if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
			tst_res(TCONF, "cannot drop to uid 65534");
		else
			TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
				     "uid 65534 unlinking a root queue -> EACCES (%s)",
				     tst_strstatus(status));
	}

	TST_EXP_PASS(mq_unlink(name), "mq_unlink(%s)", name);
	TST_EXP_FAIL(mq_open(name, O_RDWR), ENOENT, "mq_open() after unlink");
	TST_EXP_PASS(mq_send(q, "new", 3, 0), "open descriptor still sends");
	TST_EXP_VAL(mq_receive(q, buf, sizeof(buf), NULL), 3, "and receives");
	q2 = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
	TST_EXP_EXPR(q2 != (mqd_t)-1, "name can be created again");
	if (q2 != (mqd_t)-1) {
		mq_getattr(q2, &got);
		TST_EXP_EQ(got.mq_curmsgs, 0);
		mq_close(q2);
		mq_unlink(name);
	}
	mq_close(q);
	TST_EXP_FAIL(mq_unlink(name), ENOENT, "mq_unlink(missing)");
	longname[0] = '/';
	memset(longname + 1, 'b', NAME_MAX + 2);
	longname[NAME_MAX + 3] = 0;
	TST_EXP_FAIL(mq_unlink(longname), ENAMETOOLONG, "mq_unlink(name over NAME_MAX)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
