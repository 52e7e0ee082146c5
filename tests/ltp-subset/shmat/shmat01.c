// SPDX-License-Identifier: Apache-2.0
/*
 * shmat01 - shmat(2).
 *
 * Checks:
 *  - two attachments of one segment are different addresses that share
 *    memory; a new segment reads as zeroes;
 *  - a forked child inherits the attachment and its writes are seen by the
 *    parent;
 *  - SHM_RDONLY: a write through the mapping kills a child with SIGSEGV;
 *  - SHM_RND rounds an unaligned address down to SHMLBA;
 *  - shm_nattch counts attachments;
 *  - errors: EINVAL (bad shmid; unaligned address without SHM_RND; segment
 *    removed with IPC_RMID and no attachments).
 */
#include "tst.h"
#include <sys/ipc.h>
#include <sys/shm.h>

static int id = -1;

static void run(void)
{
	struct shmid_ds ds;
	char *a, *b, *c, *hint;
	int status, id2;
	pid_t pid;

	id = shmget(IPC_PRIVATE, 8192, IPC_CREAT | 0600);
	if (id < 0)
		tst_brk(TBROK | TERRNO, "shmget");
	a = shmat(id, NULL, 0);
	b = shmat(id, NULL, 0);
	TST_EXP_EXPR(a != (void *)-1 && b != (void *)-1 && a != b,
		     "shmat() twice gives two addresses %p, %p", (void *)a, (void *)b);
	if (a == (void *)-1 || b == (void *)-1)
		return;
	TST_EXP_EXPR(a[0] == 0 && a[8191] == 0, "new segment reads as zeroes");
	strcpy(a, "shared");
	TST_EXP_EXPR(!strcmp(b, "shared"), "write via one attachment seen via the other");
	shmctl(id, IPC_STAT, &ds);
	TST_EXP_EQ(ds.shm_nattch, 2);

	pid = SAFE_FORK();
	if (pid == 0) {
		strcpy(a, "child");
		_exit(0);
	}
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(!strcmp(b, "child"), "child's write through inherited attachment is seen");

	c = shmat(id, NULL, SHM_RDONLY);
	TST_EXP_EXPR(c != (void *)-1 && !strcmp(c, "child"), "SHM_RDONLY attachment reads the data");
	pid = SAFE_FORK();
	if (pid == 0) {
		c[0] = 'x';
		_exit(0);
	}
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
		     "write to SHM_RDONLY attachment: %s", tst_strstatus(status));
	shmdt(c);

	/* find a free aligned hole, then ask for it + 1 with SHM_RND */
	hint = mmap(NULL, 4 * SHMLBA, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(hint, 4 * SHMLBA);
	hint = (char *)(((uintptr_t)hint + SHMLBA - 1) & ~(uintptr_t)(SHMLBA - 1));
	c = shmat(id, hint + 1, SHM_RND);
	TST_EXP_EXPR(c == hint, "SHM_RND rounds %p down to %p (got %p)", (void *)(hint + 1),
		     (void *)hint, (void *)c);
	if (c != (void *)-1)
		shmdt(c);
	TST_EXP_FAIL((long)shmat(id, hint + 1, 0), EINVAL, "shmat(unaligned address, no SHM_RND)");
	TST_EXP_FAIL((long)shmat(-1, NULL, 0), EINVAL, "shmat(shmid -1)");

	shmdt(a);
	shmdt(b);
	id2 = id;
	shmctl(id, IPC_RMID, NULL);
	id = -1;
	TST_EXP_FAIL((long)shmat(id2, NULL, 0), EINVAL, "shmat(removed segment)");
}

static void cleanup(void)
{
	if (id >= 0)
		shmctl(id, IPC_RMID, NULL);
}

static struct tst_test test = { .test_all = run, .cleanup = cleanup };
TST_MAIN(test)
