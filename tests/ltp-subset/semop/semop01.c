// SPDX-License-Identifier: Apache-2.0
/*
 * semop01 - semop(2).
 *
 * Checks:
 *  - a positive sem_op adds to the value; a negative one subtracts;
 *    several operations in one call apply atomically (all or none);
 *  - IPC_NOWAIT: an operation that would block fails with EAGAIN and
 *    changes nothing;
 *  - sem_op 0 with IPC_NOWAIT succeeds only when the value is 0;
 *  - a blocked semop() in a child is woken when the parent increments;
 *    sempid is set to the last operating pid;
 *  - SEM_UNDO: a child's increment is undone when it exits;
 *  - removing the set wakes a blocked waiter with EIDRM;
 *  - errors: EINVAL (bad semid; nsops 0), EFBIG (sem_num out of range),
 *    ERANGE (value above SEMVMX), EFAULT (bad sops), E2BIG (nsops above
 *    SEMOPM).
 */
#include "tst.h"
#include <sys/ipc.h>
#include <sys/sem.h>

static int id = -1;

static int val(int n) { return semctl(id, n, GETVAL); }

static void run(void)
{
	struct sembuf up = { 0, 2, 0 }, down = { 0, -1, 0 }, both[2] = { { 0, -1, 0 }, { 1, -1, 0 } };
	struct sembuf nw = { 0, -5, IPC_NOWAIT }, zero = { 1, 0, IPC_NOWAIT };
	struct sembuf big = { 0, 32767, 0 }, range = { 7, 1, 0 }, undo = { 1, 3, SEM_UNDO };
	static struct sembuf many[1024];
	int status, p[2];
	char c;
	pid_t pid;

	id = semget(IPC_PRIVATE, 2, IPC_CREAT | 0600);
	if (id < 0)
		tst_brk(TBROK | TERRNO, "semget");
	TST_EXP_PASS(semop(id, &up, 1), "semop(+2)");
	TST_EXP_EQ(val(0), 2);
	TST_EXP_PASS(semop(id, &down, 1), "semop(-1)");
	TST_EXP_EQ(val(0), 1);
	both[1].sem_flg = IPC_NOWAIT;
	TST_EXP_FAIL(semop(id, both, 2), EAGAIN, "two ops, second would block");
	TST_EXP_EQ(val(0), 1);
	TST_EXP_FAIL(semop(id, &nw, 1), EAGAIN, "semop(-5, IPC_NOWAIT) with value 1");
	TST_EXP_EQ(val(0), 1);
	TST_EXP_PASS(semop(id, &zero, 1), "wait-for-zero on a zero semaphore");

	pid = SAFE_FORK();
	if (pid == 0) {
		struct sembuf w = { 1, -1, 0 };

		_exit(semop(id, &w, 1) == 0 ? 0 : 1);
	}
	for (int i = 0; i < 200 && semctl(id, 1, GETNCNT) < 1; i++)
		usleep(5000);
	{
		struct sembuf one = { 1, 1, 0 };

		semop(id, &one, 1);
	}
	tst_check_child_exit(pid, 0, "blocked semop(-1) woken by increment");
	TST_EXP_EQ(semctl(id, 1, GETPID), pid);

	pid = SAFE_FORK();
	if (pid == 0)
		_exit(semop(id, &undo, 1) == 0 && val(1) == 3 ? 0 : 1);
	tst_check_child_exit(pid, 0, "child semop(+3, SEM_UNDO)");
	TST_EXP_EQ(val(1), 0);

	TST_EXP_FAIL(semop(id, &big, 1), ERANGE, "semop(+32767) above SEMVMX");
	TST_EXP_FAIL(semop(id, &range, 1), EFBIG, "semop(sem_num 7 of 2)");
	TST_EXP_FAIL(semop(id, &up, 0), EINVAL, "semop(nsops 0)");
	TST_EXP_FAIL(semop(-1, &up, 1), EINVAL, "semop(semid -1)");
	TST_EXP_FAIL(semop(id, tst_bad_addr(), 1), EFAULT, "semop(bad sops)");
	TST_EXP_FAIL(semop(id, many, ARRAY_SIZE(many)), E2BIG, "semop(nsops 1024)");

	SAFE_PIPE(p);
	pid = SAFE_FORK();
	if (pid == 0) {
		struct sembuf w = { 1, -1, 0 };
		int r;

		SAFE_WRITE(p[1], "r", 1);
		r = semop(id, &w, 1);
		_exit(r == -1 && errno == EIDRM ? 0 : 1);
	}
	SAFE_READ(p[0], &c, 1);
	for (int i = 0; i < 200 && semctl(id, 1, GETNCNT) < 1; i++)
		usleep(5000);
	semctl(id, 0, IPC_RMID);
	id = -1;
	tst_check_child_exit(pid, 0, "IPC_RMID wakes a waiter with EIDRM");
	close(p[0]);
	close(p[1]);
	(void)status;
}

static void cleanup(void)
{
	if (id >= 0)
		semctl(id, 0, IPC_RMID);
}

static struct tst_test test = { .test_all = run, .cleanup = cleanup };
TST_MAIN(test)
