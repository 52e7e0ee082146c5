// SPDX-License-Identifier: Apache-2.0
/*
 * shmdt01 - shmdt(2).
 *
 * Checks:
 *  - shmdt() returns 0 and decrements shm_nattch; shm_dtime is set;
 *  - after shmdt() the address is no longer mapped (a child touching it
 *    dies with SIGSEGV);
 *  - a segment marked with IPC_RMID is destroyed on the last shmdt()
 *    (shmctl(IPC_STAT) then fails with EINVAL or EIDRM);
 *  - errors: EINVAL (address that is not an attachment; unaligned
 *    address; address already detached).
 */
#include "tst.h"
#include <sys/ipc.h>
#include <sys/shm.h>

static int id = -1;

static void run(void)
{
	struct shmid_ds ds;
	char *a, *b;
	int status, local = 0;
	pid_t pid;

	id = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	a = shmat(id, NULL, 0);
	b = shmat(id, NULL, 0);
	if (id < 0 || a == (void *)-1 || b == (void *)-1)
		tst_brk(TBROK | TERRNO, "shmget/shmat");
	TST_EXP_PASS(shmdt(a), "shmdt(first attachment)");
	shmctl(id, IPC_STAT, &ds);
	TST_EXP_EQ(ds.shm_nattch, 1);
	TST_EXP_EXPR(ds.shm_dtime != 0, "shm_dtime set");
	pid = SAFE_FORK();
	if (pid == 0) {
		*(volatile char *)a = 1;
		_exit(0);
	}
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
		     "detached address is unmapped: %s", tst_strstatus(status));
	TST_EXP_FAIL(shmdt(a), EINVAL, "shmdt(already detached)");
	TST_EXP_FAIL(shmdt(&local), EINVAL, "shmdt(stack address)");
	TST_EXP_FAIL(shmdt(b + 1), EINVAL, "shmdt(unaligned address)");

	shmctl(id, IPC_RMID, NULL);
	TST_EXP_PASS(shmctl(id, IPC_STAT, &ds), "IPC_STAT after IPC_RMID while attached");
	TST_EXP_EXPR(ds.shm_perm.mode & SHM_DEST, "SHM_DEST set in shm_perm.mode");
	TST_EXP_PASS(shmdt(b), "shmdt(last attachment)");
	errno = 0;
	TST_EXP_EXPR(shmctl(id, IPC_STAT, &ds) == -1 && (errno == EINVAL || errno == EIDRM),
		     "segment gone after last detach (%s)", tst_errno_name(errno));
	id = -1;
}

static void cleanup(void)
{
	if (id >= 0)
		shmctl(id, IPC_RMID, NULL);
}

static struct tst_test test = { .test_all = run, .cleanup = cleanup };
TST_MAIN(test)
