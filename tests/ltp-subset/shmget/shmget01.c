// SPDX-License-Identifier: Apache-2.0
/*
 * shmget01 - shmget(2).
 *
 * Checks:
 *  - IPC_PRIVATE creates a new segment each call (distinct ids) with the
 *    requested size and mode (IPC_STAT);
 *  - a keyed segment is found again by key without IPC_CREAT;
 *  - errors, one case per row: EEXIST (IPC_CREAT | IPC_EXCL on an existing
 *    key), ENOENT (missing key without IPC_CREAT), EINVAL (size 0; size
 *    larger than the existing segment), EACCES (0600 segment opened by a
 *    child that dropped to uid 65534; TCONF unless we start as root and the
 *    drop succeeds).
 */
#include "tst.h"
#include <grp.h>
#include <sys/ipc.h>
#include <sys/shm.h>

static key_t key, missing;
static int keyed = -1;

static const struct tcase {
	const char *name;
	key_t *key;
	size_t size;
	int flags, exp_err;
} cases[] = {
	{ "IPC_CREAT | IPC_EXCL on existing key", &key, 4096, IPC_CREAT | IPC_EXCL | 0600, EEXIST },
	{ "missing key", &missing, 4096, 0600, ENOENT },
	{ "size 0", NULL, 0, IPC_CREAT | 0600, EINVAL },
	{ "size larger than the segment", &key, 65536, 0600, EINVAL },
};

static void setup(void)
{
	key = 0x5b700000 | (getpid() & 0xffff);
	missing = key ^ 0x00080000;
	keyed = shmget(key, 4096, IPC_CREAT | IPC_EXCL | 0600);
	if (keyed < 0)
		tst_brk(TBROK | TERRNO, "shmget(key 0x%x)", key);
}

static void run_ok(void)
{
	struct shmid_ds ds;
	int a, b, status;
	pid_t pid;

	TST_EXP_POSITIVE(shmget(IPC_PRIVATE, 8192, IPC_CREAT | 0640), "shmget(IPC_PRIVATE, 8192)");
	a = TST_RET;
	b = shmget(IPC_PRIVATE, 8192, IPC_CREAT | 0640);
	TST_EXP_EXPR(a >= 0 && b >= 0 && a != b, "two IPC_PRIVATE segments have distinct ids");
	if (a >= 0 && shmctl(a, IPC_STAT, &ds) == 0)
		TST_EXP_EXPR(ds.shm_segsz == 8192 && (ds.shm_perm.mode & 0777) == 0640 &&
			     ds.shm_perm.cuid == geteuid() && ds.shm_cpid == getpid(),
			     "IPC_STAT: size %zu mode %o cuid %d cpid %d", (size_t)ds.shm_segsz,
			     ds.shm_perm.mode & 0777, (int)ds.shm_perm.cuid, (int)ds.shm_cpid);
	TST_EXP_VAL(shmget(key, 0, 0), keyed, "shmget(key, 0, 0) finds the keyed segment");
	TST_EXP_VAL(shmget(key, 1024, 0600), keyed, "a smaller size finds it too");
	shmctl(a, IPC_RMID, NULL);
	shmctl(b, IPC_RMID, NULL);

	if (geteuid() != 0) {
		tst_res(TCONF, "not root: EACCES check needs a segment owned by another user");
		return;
	}
	pid = SAFE_FORK();
	if (pid == 0) {
		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		_exit(shmget(key, 0, 0600) == -1 && errno == EACCES ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "uid 65534 opening a 0600 root segment -> EACCES (%s)",
			     tst_strstatus(status));
}

static void run(unsigned int n)
{
	const struct tcase *tc;

	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	tc = &cases[n];
	TST_EXP_FAIL(shmget(tc->key ? *tc->key : IPC_PRIVATE, tc->size, tc->flags), tc->exp_err,
		     "shmget(%s)", tc->name);
}

static void cleanup(void)
{
	if (keyed >= 0)
		shmctl(keyed, IPC_RMID, NULL);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1, .setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
