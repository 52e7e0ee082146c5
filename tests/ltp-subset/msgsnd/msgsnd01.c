// SPDX-License-Identifier: Apache-2.0
/*
 * msgsnd01 - msgsnd(2).
 *
 * Checks:
 *  - a message is queued: msg_qnum, msg_cbytes and msg_lspid update;
 *  - a zero-length message is allowed;
 *  - IPC_NOWAIT on a full queue (msg_qbytes lowered with IPC_SET) fails
 *    with EAGAIN; without IPC_NOWAIT the sender blocks until a receiver
 *    makes room;
 *  - removing the queue wakes a blocked sender with EIDRM;
 *  - errors, one case per row: EINVAL (mtype 0; negative mtype; size
 *    above MSGMAX; bad msqid), EFAULT (bad msgp).
 */
#include "tst.h"
#include <sys/ipc.h>
#include <sys/msg.h>

struct msg { long mtype; char text[128]; };

static int id = -1;
static struct msg m0 = { 0, "x" }, mneg = { -3, "x" }, m1 = { 1, "x" };

static const struct tcase {
	const char *name;
	struct msg *m;
	size_t size;
	int badid, exp_err;
} cases[] = {
	{ "mtype 0", &m0, 1, 0, EINVAL },
	{ "mtype -3", &mneg, 1, 0, EINVAL },
	{ "size above MSGMAX", &m1, (size_t)1 << 30, 0, EINVAL },
	{ "msqid -1", &m1, 1, 1, EINVAL },
	{ "bad msgp", NULL, 1, 0, EFAULT },
};

static void run_ok(void)
{
	struct msqid_ds ds;
	struct msg m = { 5, "hello" }, r;
	int status, p[2];
	char c;
	pid_t pid;

	TST_EXP_PASS(msgsnd(id, &m, 6, 0), "msgsnd(type 5, 6 bytes)");
	msgctl(id, IPC_STAT, &ds);
	TST_EXP_EXPR(ds.msg_qnum == 1 && ds.msg_cbytes == 6 && ds.msg_lspid == getpid(),
		     "qnum %lu cbytes %lu lspid %d", (unsigned long)ds.msg_qnum,
		     (unsigned long)ds.msg_cbytes, (int)ds.msg_lspid);
	TST_EXP_PASS(msgsnd(id, &m, 0, 0), "msgsnd(zero length)");
	msgrcv(id, &r, sizeof(r.text), 0, IPC_NOWAIT);
	msgrcv(id, &r, sizeof(r.text), 0, IPC_NOWAIT);

	ds.msg_qbytes = 16;
	if (msgctl(id, IPC_SET, &ds))
		tst_brk(TBROK | TERRNO, "IPC_SET msg_qbytes");
	TST_EXP_PASS(msgsnd(id, &m, 16, IPC_NOWAIT), "fill the 16-byte queue");
	TST_EXP_FAIL(msgsnd(id, &m, 1, IPC_NOWAIT), EAGAIN, "msgsnd(IPC_NOWAIT) on a full queue");
	pid = SAFE_FORK();
	if (pid == 0) {
		usleep(50000);
		_exit(msgrcv(id, &r, sizeof(r.text), 0, 0) == 16 ? 0 : 1);
	}
	TST_EXP_PASS(msgsnd(id, &m, 8, 0), "blocked msgsnd() completes after a receive");
	tst_check_child_exit(pid, 0, "receiver made room");
	msgrcv(id, &r, sizeof(r.text), 0, IPC_NOWAIT);

	TST_EXP_PASS(msgsnd(id, &m, 16, IPC_NOWAIT), "fill again");
	SAFE_PIPE(p);
	pid = SAFE_FORK();
	if (pid == 0) {
		SAFE_WRITE(p[1], "r", 1);
		_exit(msgsnd(id, &m, 8, 0) == -1 && errno == EIDRM ? 0 : 1);
	}
	SAFE_READ(p[0], &c, 1);
	usleep(100000);
	msgctl(id, IPC_RMID, NULL);
	id = -1;
	tst_check_child_exit(pid, 0, "IPC_RMID wakes a blocked sender with EIDRM");
	close(p[0]);
	close(p[1]);
	(void)status;
}

static void run(unsigned int n)
{
	const struct tcase *tc;

	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	tc = &cases[n];
	TST_EXP_FAIL(msgsnd(tc->badid ? -1 : id, tc->m ? (void *)tc->m : tst_bad_addr(), tc->size,
			    IPC_NOWAIT), tc->exp_err, "msgsnd(%s)", tc->name);
}

static void setup(void)
{
	id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	if (id < 0)
		tst_brk(TBROK | TERRNO, "msgget");
}

static void cleanup(void)
{
	if (id >= 0)
		msgctl(id, IPC_RMID, NULL);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1, .setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
