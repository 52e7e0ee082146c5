// SPDX-License-Identifier: Apache-2.0
/*
 * msgctl01 - msgctl(2).
 *
 * Checks:
 *  - IPC_STAT: mode, owner/creator, msg_qnum/msg_cbytes after a send,
 *    msg_lspid/msg_lrpid, msg_qbytes > 0;
 *  - IPC_SET: lowering msg_qbytes and changing the mode read back;
 *  - raising msg_qbytes above MSGMNB as an unprivileged child fails with
 *    EPERM (TCONF if the drop to uid 65534 fails);
 *  - IPC_INFO / MSG_INFO return the highest index and fill limits;
 *  - IPC_RMID removes the queue;
 *  - errors: EINVAL (bad command; bad msqid; removed queue), EFAULT
 *    (IPC_STAT into a bad buffer).
 */
#include "tst.h"
#include <grp.h>
#include <sys/ipc.h>
#include <sys/msg.h>

static int id = -1;

static void run(void)
{
	struct msqid_ds ds;
	struct msginfo mi;
	struct { long t; char c[8]; } m = { 1, "abc" };
	int tmp, status;
	pid_t pid;

	id = msgget(IPC_PRIVATE, IPC_CREAT | 0640);
	if (id < 0)
		tst_brk(TBROK | TERRNO, "msgget");
	msgsnd(id, &m, 4, 0);
	TST_EXP_PASS(msgctl(id, IPC_STAT, &ds), "msgctl(IPC_STAT)");
	TST_EXP_EXPR((ds.msg_perm.mode & 0777) == 0640 && ds.msg_perm.uid == geteuid() &&
		     ds.msg_perm.cuid == geteuid(), "mode %o, owned and created by us",
		     ds.msg_perm.mode & 0777);
	TST_EXP_EXPR(ds.msg_qnum == 1 && ds.msg_cbytes == 4 && ds.msg_lspid == getpid() &&
		     ds.msg_lrpid == 0 && ds.msg_qbytes > 0, "qnum %lu cbytes %lu qbytes %lu",
		     (unsigned long)ds.msg_qnum, (unsigned long)ds.msg_cbytes,
		     (unsigned long)ds.msg_qbytes);
	msgrcv(id, &m, sizeof(m.c), 0, 0);
	msgctl(id, IPC_STAT, &ds);
	TST_EXP_EQ(ds.msg_lrpid, getpid());

	ds.msg_qbytes = 1024;
	ds.msg_perm.mode = 0600;
	TST_EXP_PASS(msgctl(id, IPC_SET, &ds), "msgctl(IPC_SET qbytes 1024, mode 0600)");
	msgctl(id, IPC_STAT, &ds);
	TST_EXP_EXPR(ds.msg_qbytes == 1024 && (ds.msg_perm.mode & 0777) == 0600,
		     "read back qbytes %lu mode %o", (unsigned long)ds.msg_qbytes,
		     ds.msg_perm.mode & 0777);

	TST_EXP_POSITIVE(msgctl(0, IPC_INFO, (struct msqid_ds *)&mi), "msgctl(IPC_INFO)");
	TST_EXP_EXPR(mi.msgmax > 0 && mi.msgmnb > 0, "msgmax %d msgmnb %d", mi.msgmax, mi.msgmnb);
	TST_EXP_POSITIVE(msgctl(0, MSG_INFO, (struct msqid_ds *)&mi), "msgctl(MSG_INFO)");

	pid = SAFE_FORK();
	if (pid == 0) {
		struct msqid_ds d;
		int q;

		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		q = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
		if (q < 0 || msgctl(q, IPC_STAT, &d))
			_exit(3);
		d.msg_qbytes = (unsigned long)mi.msgmnb + 4096;
		errno = 0;
		status = msgctl(q, IPC_SET, &d) == -1 && errno == EPERM ? 0 : 1;
		msgctl(q, IPC_RMID, NULL);
		_exit(status);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "unprivileged IPC_SET qbytes above MSGMNB -> EPERM (%s)",
			     tst_strstatus(status));

	TST_EXP_FAIL(msgctl(id, 999, &ds), EINVAL, "msgctl(command 999)");
	TST_EXP_FAIL(msgctl(-1, IPC_STAT, &ds), EINVAL, "msgctl(msqid -1)");
	TST_EXP_FAIL(msgctl(id, IPC_STAT, tst_bad_addr()), EFAULT, "msgctl(IPC_STAT, bad buffer)");
	tmp = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	TST_EXP_PASS(msgctl(tmp, IPC_RMID, NULL), "msgctl(IPC_RMID)");
	errno = 0;
	TST_EXP_EXPR(msgctl(tmp, IPC_STAT, &ds) == -1 && (errno == EINVAL || errno == EIDRM),
		     "removed queue: IPC_STAT fails (%s)", tst_errno_name(errno));
	msgctl(id, IPC_RMID, NULL);
	id = -1;
}

static void cleanup(void)
{
	if (id >= 0)
		msgctl(id, IPC_RMID, NULL);
}

static struct tst_test test = { .test_all = run, .cleanup = cleanup };
TST_MAIN(test)
