// SPDX-License-Identifier: Apache-2.0
/*
 * semctl01 - semctl(2).
 *
 * Checks, one case per command:
 *  - SETVAL / GETVAL; SETALL / GETALL;
 *  - GETPID after a semop; GETNCNT / GETZCNT count a blocked child;
 *  - IPC_STAT (nsems, mode, owner) and IPC_SET (mode);
 *  - IPC_INFO / SEM_INFO return the highest index and fill limits;
 *  - IPC_RMID removes the set (later calls fail with EINVAL or EIDRM);
 *  - errors: ERANGE (SETVAL above SEMVMX; negative), EINVAL (bad command;
 *    semnum out of range for GETVAL; bad semid), EFAULT (IPC_STAT into a
 *    bad buffer).
 */
#include "tst.h"
#include <sys/ipc.h>
#include <sys/sem.h>

union semun { int val; struct semid_ds *buf; unsigned short *array; struct seminfo *__buf; };

static int id = -1;

static void t_val(void)
{
	union semun u = { .val = 7 };

	TST_EXP_PASS(semctl(id, 1, SETVAL, u), "SETVAL 7");
	TST_EXP_VAL(semctl(id, 1, GETVAL), 7, "GETVAL");
	u.val = 32768;
	TST_EXP_FAIL(semctl(id, 1, SETVAL, u), ERANGE, "SETVAL 32768");
	u.val = -1;
	TST_EXP_FAIL(semctl(id, 1, SETVAL, u), ERANGE, "SETVAL -1");
	TST_EXP_FAIL(semctl(id, 5, GETVAL), EINVAL, "GETVAL semnum 5 of 3");
}

static void t_all(void)
{
	unsigned short in[3] = { 1, 2, 3 }, out[3] = { 0, 0, 0 };
	union semun u = { .array = in };

	TST_EXP_PASS(semctl(id, 0, SETALL, u), "SETALL {1,2,3}");
	u.array = out;
	TST_EXP_PASS(semctl(id, 0, GETALL, u), "GETALL");
	TST_EXP_EXPR(out[0] == 1 && out[1] == 2 && out[2] == 3, "GETALL {%d,%d,%d}", out[0], out[1],
		     out[2]);
}

static void t_counts(void)
{
	union semun u = { .val = 0 };
	struct sembuf b = { 2, -1, 0 }, z = { 0, 0, 0 };
	pid_t c1, c2;

	semctl(id, 2, SETVAL, u);
	u.val = 1;
	semctl(id, 0, SETVAL, u);
	c1 = SAFE_FORK();
	if (c1 == 0)
		_exit(semop(id, &b, 1) ? 1 : 0);
	c2 = SAFE_FORK();
	if (c2 == 0)
		_exit(semop(id, &z, 1) ? 1 : 0);
	for (int i = 0; i < 100 && (semctl(id, 2, GETNCNT) < 1 || semctl(id, 0, GETZCNT) < 1); i++)
		usleep(10000);
	TST_EXP_VAL(semctl(id, 2, GETNCNT), 1, "GETNCNT with one waiter");
	TST_EXP_VAL(semctl(id, 0, GETZCNT), 1, "GETZCNT with one waiter");
	u.val = 1;
	semctl(id, 2, SETVAL, u);
	u.val = 0;
	semctl(id, 0, SETVAL, u);
	tst_check_child_exit(c1, 0, "decrement waiter woken");
	tst_check_child_exit(c2, 0, "zero waiter woken");
	TST_EXP_VAL(semctl(id, 2, GETPID), c1, "GETPID is the last operating pid");
}

static void t_stat(void)
{
	struct semid_ds ds;
	union semun u = { .buf = &ds };

	TST_EXP_PASS(semctl(id, 0, IPC_STAT, u), "IPC_STAT");
	TST_EXP_EXPR(ds.sem_nsems == 3 && (ds.sem_perm.mode & 0777) == 0600 &&
		     ds.sem_perm.uid == geteuid(), "nsems %lu mode %o uid %d",
		     (unsigned long)ds.sem_nsems, ds.sem_perm.mode & 0777, (int)ds.sem_perm.uid);
	ds.sem_perm.mode = 0640;
	TST_EXP_PASS(semctl(id, 0, IPC_SET, u), "IPC_SET mode 0640");
	semctl(id, 0, IPC_STAT, u);
	TST_EXP_EQ(ds.sem_perm.mode & 0777, 0640);
	u.buf = tst_bad_addr();
	TST_EXP_FAIL(semctl(id, 0, IPC_STAT, u), EFAULT, "IPC_STAT into a bad buffer");
}

static void t_info(void)
{
	struct seminfo si;
	union semun u = { .__buf = &si };

	memset(&si, 0, sizeof(si));
	TST_EXP_POSITIVE(semctl(0, 0, IPC_INFO, u), "IPC_INFO");
	TST_EXP_EXPR(si.semmsl > 0 && si.semvmx > 0, "semmsl %d semvmx %d", si.semmsl, si.semvmx);
	TST_EXP_POSITIVE(semctl(0, 0, SEM_INFO, u), "SEM_INFO");
	TST_EXP_EXPR(si.semusz >= 1, "SEM_INFO semusz (sets in use) %d >= 1", si.semusz);
}

static void t_errors(void)
{
	int tmp = semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);

	TST_EXP_FAIL(semctl(id, 0, 999), EINVAL, "semctl(command 999)");
	TST_EXP_FAIL(semctl(-1, 0, GETVAL), EINVAL, "semctl(semid -1)");
	TST_EXP_PASS(semctl(tmp, 0, IPC_RMID), "IPC_RMID");
	errno = 0;
	TST_EXP_EXPR(semctl(tmp, 0, GETVAL) == -1 && (errno == EINVAL || errno == EIDRM),
		     "removed set: GETVAL fails (%s)", tst_errno_name(errno));
}

static void (*const steps[])(void) = { t_val, t_all, t_counts, t_stat, t_info, t_errors };

static void setup(void)
{
	id = semget(IPC_PRIVATE, 3, IPC_CREAT | 0600);
	if (id < 0)
		tst_brk(TBROK | TERRNO, "semget");
}

static void run(unsigned int n) { steps[n](); }

static void cleanup(void)
{
	if (id >= 0)
		semctl(id, 0, IPC_RMID);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(steps), .setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
