// SPDX-License-Identifier: Apache-2.0
/*
 * shmctl01 - shmctl(2).
 *
 * Checks:
 *  - IPC_STAT reports size, mode, creator uid/gid, creator pid, nattch and
 *    the last attach/detach pids;
 *  - IPC_SET changes the permission bits (read back with IPC_STAT);
 *  - IPC_INFO returns the highest index in use and fills shmmax > 0;
 *  - IPC_RMID removes an unattached segment at once;
 *  - errors, one case per row: EINVAL (bad command; bad shmid; removed id),
 *    EFAULT (bad buffer for IPC_STAT and IPC_SET).
 */
#include "tst.h"
#include <sys/ipc.h>
#include <sys/shm.h>

static int id = -1, gone = -1;

static const struct tcase {
	const char *name;
	int *id;
	int cmd, badbuf, exp_err;
} cases[] = {
	{ "bad command 999", &id, 999, 0, EINVAL },
	{ "shmid -1", NULL, IPC_STAT, 0, EINVAL },
	{ "removed shmid", &gone, IPC_STAT, 0, EINVAL },
	{ "IPC_STAT, bad buffer", &id, IPC_STAT, 1, EFAULT },
	{ "IPC_SET, bad buffer", &id, IPC_SET, 1, EFAULT },
};

static void setup(void)
{
	id = shmget(IPC_PRIVATE, 12288, IPC_CREAT | 0640);
	gone = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	if (id < 0 || gone < 0)
		tst_brk(TBROK | TERRNO, "shmget");
	shmctl(gone, IPC_RMID, NULL);
}

static void run_ok(void)
{
	struct shmid_ds ds;
	struct shminfo info;
	void *p = shmat(id, NULL, 0);
	int tmp;

	TST_EXP_PASS(shmctl(id, IPC_STAT, &ds), "shmctl(IPC_STAT)");
	TST_EXP_EXPR(ds.shm_segsz == 12288 && (ds.shm_perm.mode & 0777) == 0640,
		     "size %zu mode %o", (size_t)ds.shm_segsz, ds.shm_perm.mode & 0777);
	TST_EXP_EXPR(ds.shm_perm.cuid == geteuid() && ds.shm_perm.cgid == getegid() &&
		     ds.shm_perm.uid == geteuid(), "creator and owner are us");
	TST_EXP_EXPR(ds.shm_cpid == getpid() && ds.shm_lpid == getpid() && ds.shm_nattch == 1,
		     "cpid %d lpid %d nattch %lu", (int)ds.shm_cpid, (int)ds.shm_lpid,
		     (unsigned long)ds.shm_nattch);
	ds.shm_perm.mode = 0600;
	TST_EXP_PASS(shmctl(id, IPC_SET, &ds), "shmctl(IPC_SET mode 0600)");
	shmctl(id, IPC_STAT, &ds);
	TST_EXP_EQ(ds.shm_perm.mode & 0777, 0600);
	TST_EXP_POSITIVE(shmctl(0, IPC_INFO, (struct shmid_ds *)&info), "shmctl(IPC_INFO)");
	TST_EXP_EXPR(info.shmmax > 0 && info.shmmni > 0, "shmmax %lu shmmni %lu",
		     (unsigned long)info.shmmax, (unsigned long)info.shmmni);
	shmdt(p);
	tmp = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	TST_EXP_PASS(shmctl(tmp, IPC_RMID, NULL), "shmctl(IPC_RMID)");
	TST_EXP_FAIL(shmctl(tmp, IPC_STAT, &ds), EINVAL, "unattached segment removed at once");
}

static void run(unsigned int n)
{
	const struct tcase *tc;
	struct shmid_ds ds;

	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	tc = &cases[n];
	if (shmctl(id, IPC_STAT, &ds))
		tst_brk(TBROK | TERRNO, "IPC_STAT");
	TST_EXP_FAIL(shmctl(tc->id ? *tc->id : -1, tc->cmd, tc->badbuf ? tst_bad_addr() : &ds),
		     tc->exp_err, "shmctl(%s)", tc->name);
}

static void cleanup(void)
{
	if (id >= 0)
		shmctl(id, IPC_RMID, NULL);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1, .setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
