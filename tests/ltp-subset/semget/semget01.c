// SPDX-License-Identifier: Apache-2.0
/*
 * semget01 - semget(2).
 *
 * Checks:
 *  - IPC_PRIVATE creates a set with nsems semaphores, all 0, with the
 *    requested mode (IPC_STAT sem_nsems / sem_perm.mode);
 *  - a keyed set is found again by key, also with nsems 0;
 *  - errors, one case per row: EEXIST (IPC_CREAT | IPC_EXCL, key exists),
 *    ENOENT (missing key), EINVAL (nsems < 0; nsems larger than the
 *    existing set; nsems 0 when creating).
 */
#include "tst.h"
#include <sys/ipc.h>
#include <sys/sem.h>

union semun { int val; struct semid_ds *buf; unsigned short *array; };

static key_t key, missing;
static int keyed = -1;

static const struct tcase {
	const char *name;
	key_t *key;
	int nsems, flags, exp_err;
} cases[] = {
	{ "IPC_CREAT | IPC_EXCL, key exists", &key, 2, IPC_CREAT | IPC_EXCL | 0600, EEXIST },
	{ "missing key", &missing, 1, 0600, ENOENT },
	{ "nsems -1", NULL, -1, IPC_CREAT | 0600, EINVAL },
	{ "nsems larger than the set", &key, 5, 0600, EINVAL },
	{ "nsems 0 when creating", NULL, 0, IPC_CREAT | 0600, EINVAL },
};

static void setup(void)
{
	key = 0x5b710000 | (getpid() & 0xffff);
	missing = key ^ 0x00080000;
	keyed = semget(key, 2, IPC_CREAT | IPC_EXCL | 0600);
	if (keyed < 0)
		tst_brk(TBROK | TERRNO, "semget(key)");
}

static void run_ok(void)
{
	struct semid_ds ds;
	union semun u = { .buf = &ds };
	unsigned short vals[3] = { 9, 9, 9 };
	int id;

	TST_EXP_POSITIVE(semget(IPC_PRIVATE, 3, IPC_CREAT | 0640), "semget(IPC_PRIVATE, 3)");
	id = TST_RET;
	if (id < 0)
		return;
	semctl(id, 0, IPC_STAT, u);
	TST_EXP_EXPR(ds.sem_nsems == 3 && (ds.sem_perm.mode & 0777) == 0640,
		     "nsems %lu mode %o", (unsigned long)ds.sem_nsems, ds.sem_perm.mode & 0777);
	u.array = vals;
	semctl(id, 0, GETALL, u);
	TST_EXP_EXPR(!vals[0] && !vals[1] && !vals[2], "new semaphores are 0");
	semctl(id, 0, IPC_RMID);
	TST_EXP_VAL(semget(key, 2, 0), keyed, "semget(key, 2, 0) finds the set");
	TST_EXP_VAL(semget(key, 0, 0), keyed, "semget(key, 0, 0) finds the set");
}

static void run(unsigned int n)
{
	const struct tcase *tc;

	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	tc = &cases[n];
	TST_EXP_FAIL(semget(tc->key ? *tc->key : IPC_PRIVATE, tc->nsems, tc->flags), tc->exp_err,
		     "semget(%s)", tc->name);
}

static void cleanup(void)
{
	if (keyed >= 0)
		semctl(keyed, 0, IPC_RMID);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1, .setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
