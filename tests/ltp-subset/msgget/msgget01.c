// SPDX-License-Identifier: Apache-2.0
/*
 * msgget01 - msgget(2).
 *
 * Checks:
 *  - IPC_PRIVATE creates distinct empty queues with the requested mode
 *    (IPC_STAT msg_qnum 0, msg_perm.mode);
 *  - a keyed queue is found again by key;
 *  - errors, one case per row: EEXIST (IPC_CREAT | IPC_EXCL, key exists),
 *    ENOENT (missing key without IPC_CREAT); EACCES (0600 queue opened by
 *    a child that dropped to uid 65534; TCONF unless root and the drop
 *    succeeds).
 */
#include "tst.h"
#include <grp.h>
#include <sys/ipc.h>
#include <sys/msg.h>

static key_t key, missing;
static int keyed = -1;

static const struct tcase {
	const char *name;
	key_t *key;
	int flags, exp_err;
} cases[] = {
	{ "IPC_CREAT | IPC_EXCL, key exists", &key, IPC_CREAT | IPC_EXCL | 0600, EEXIST },
	{ "missing key", &missing, 0600, ENOENT },
};

static void setup(void)
{
	key = 0x5b720000 | (getpid() & 0xffff);
	missing = key ^ 0x00080000;
	keyed = msgget(key, IPC_CREAT | IPC_EXCL | 0600);
	if (keyed < 0)
		tst_brk(TBROK | TERRNO, "msgget(key)");
}

static void run_ok(void)
{
	struct msqid_ds ds;
	int a, b, status;
	pid_t pid;

	a = msgget(IPC_PRIVATE, IPC_CREAT | 0640);
	b = msgget(IPC_PRIVATE, IPC_CREAT | 0640);
	TST_EXP_EXPR(a >= 0 && b >= 0 && a != b, "two IPC_PRIVATE queues: ids %d, %d", a, b);
	if (a >= 0 && msgctl(a, IPC_STAT, &ds) == 0)
		TST_EXP_EXPR(ds.msg_qnum == 0 && (ds.msg_perm.mode & 0777) == 0640 &&
			     ds.msg_perm.cuid == geteuid(), "empty, mode %o, created by us",
			     ds.msg_perm.mode & 0777);
	msgctl(a, IPC_RMID, NULL);
	msgctl(b, IPC_RMID, NULL);
	TST_EXP_VAL(msgget(key, 0), keyed, "msgget(key, 0) finds the queue");

	if (geteuid() != 0) {
		tst_res(TCONF, "not root: EACCES check needs a queue owned by another user");
		return;
	}
	pid = SAFE_FORK();
	if (pid == 0) {
		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		_exit(msgget(key, 0600) == -1 && errno == EACCES ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "uid 65534 opening a 0600 root queue -> EACCES (%s)",
			     tst_strstatus(status));
}

static void run(unsigned int n)
{
	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	TST_EXP_FAIL(msgget(*cases[n].key, cases[n].flags), cases[n].exp_err, "msgget(%s)",
		     cases[n].name);
}

static void cleanup(void)
{
	if (keyed >= 0)
		msgctl(keyed, IPC_RMID, NULL);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1, .setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
