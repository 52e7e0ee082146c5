// SPDX-License-Identifier: Apache-2.0
/*
 * msgrcv01 - msgrcv(2).
 *
 * Checks, with messages of types 3, 1, 2 queued in that order:
 *  - msgtyp 0 takes the first message in the queue;
 *  - msgtyp > 0 takes the first message of that type;
 *  - msgtyp < 0 takes the lowest type <= |msgtyp|;
 *  - MSG_EXCEPT takes the first message not of that type;
 *  - MSG_COPY (Linux >= 3.8 with CONFIG_CHECKPOINT_RESTORE) copies by
 *    index without removing (TCONF if unsupported);
 *  - a message longer than msgsz fails with E2BIG unless MSG_NOERROR,
 *    which truncates it;
 *  - a blocking msgrcv() is woken by a child's msgsnd();
 *  - errors: ENOMSG (IPC_NOWAIT, no message of the type), EINVAL (bad
 *    msqid; negative msgsz), EFAULT (bad msgp with a message queued),
 *    EIDRM (queue removed while waiting).
 */
#include "tst.h"
#include <sys/ipc.h>
#include <sys/msg.h>

#ifndef MSG_COPY
#define MSG_COPY 040000
#endif

struct msg { long mtype; char text[64]; };

static int id = -1;

static void put(long type, const char *text)
{
	struct msg m = { type, "" };

	strcpy(m.text, text);
	if (msgsnd(id, &m, strlen(text) + 1, IPC_NOWAIT))
		tst_brk(TBROK | TERRNO, "msgsnd");
}

static void fill(void)
{
	put(3, "three");
	put(1, "one");
	put(2, "two");
}

static long take(long type, int flags)
{
	struct msg m = { 0, "" };

	if (msgrcv(id, &m, sizeof(m.text), type, flags | IPC_NOWAIT) < 0)
		return -errno;
	return m.mtype;
}

static void drain(void)
{
	while (take(0, 0) > 0)
		;
}

static void run(void)
{
	struct msg m;
	int p[2];
	char c;
	pid_t pid;

	fill();
	TST_EXP_EQ(take(0, 0), 3);
	TST_EXP_EQ(take(2, 0), 2);
	TST_EXP_EQ(take(0, 0), 1);
	fill();
	TST_EXP_EQ(take(-2, 0), 1);
	TST_EXP_EQ(take(3, MSG_EXCEPT), 2);
	TST_EXP_EQ(take(1, 0), -ENOMSG);
	drain();

	fill();
	errno = 0;
	if (msgrcv(id, &m, sizeof(m.text), 1, MSG_COPY | IPC_NOWAIT) < 0 && errno == ENOSYS) {
		tst_res(TCONF, "MSG_COPY not supported");
	} else {
		TST_EXP_EXPR(m.mtype == 1 && !strcmp(m.text, "one"),
			     "MSG_COPY index 1 copied type %ld \"%s\"", m.mtype, m.text);
		TST_EXP_EQ(take(0, 0), 3);
	}
	drain();

	put(4, "a long message");
	TST_EXP_FAIL(msgrcv(id, &m, 4, 0, IPC_NOWAIT), E2BIG, "msgrcv(msgsz 4 < 15)");
	TST_EXP_VAL(msgrcv(id, &m, 4, 0, IPC_NOWAIT | MSG_NOERROR), 4, "MSG_NOERROR truncates to 4");
	TST_EXP_EXPR(!memcmp(m.text, "a lo", 4), "truncated text \"%.4s\"", m.text);
	TST_EXP_FAIL(msgrcv(id, &m, sizeof(m.text), 0, IPC_NOWAIT), ENOMSG, "msgrcv(empty, IPC_NOWAIT)");

	pid = SAFE_FORK();
	if (pid == 0) {
		usleep(50000);
		put(9, "late");
		_exit(0);
	}
	TST_EXP_VAL(msgrcv(id, &m, sizeof(m.text), 9, 0), 5, "blocking msgrcv() woken by a sender");
	tst_check_child_exit(pid, 0, "sender");

	TST_EXP_FAIL(msgrcv(-1, &m, sizeof(m.text), 0, IPC_NOWAIT), EINVAL, "msgrcv(msqid -1)");
	TST_EXP_FAIL(msgrcv(id, &m, -1, 0, IPC_NOWAIT), EINVAL, "msgrcv(msgsz -1)");
	put(1, "x");
	TST_EXP_FAIL(msgrcv(id, tst_bad_addr(), sizeof(m.text), 0, IPC_NOWAIT), EFAULT,
		     "msgrcv(bad msgp)");
	drain();

	SAFE_PIPE(p);
	pid = SAFE_FORK();
	if (pid == 0) {
		SAFE_WRITE(p[1], "r", 1);
		_exit(msgrcv(id, &m, sizeof(m.text), 0, 0) == -1 && errno == EIDRM ? 0 : 1);
	}
	SAFE_READ(p[0], &c, 1);
	usleep(100000);
	msgctl(id, IPC_RMID, NULL);
	id = -1;
	tst_check_child_exit(pid, 0, "IPC_RMID wakes a blocked receiver with EIDRM");
	close(p[0]);
	close(p[1]);
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

static struct tst_test test = { .test_all = run, .setup = setup, .cleanup = cleanup };
TST_MAIN(test)
