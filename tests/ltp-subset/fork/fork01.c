// SPDX-License-Identifier: Apache-2.0
/*
 * fork01 - fork(2) (glibc's fork, which uses clone(SIGCHLD)) and the raw
 * SYS_fork syscall.
 *
 * Checks:
 *  - returns 0 in the child and the child's pid in the parent;
 *  - the child gets a private copy of memory: its store is not seen by the
 *    parent, and it sees values the parent stored before fork;
 *  - open file descriptions are shared: the file offset moved by the child
 *    is seen by the parent;
 *  - the child's exit status is collected by waitpid();
 *  - the child does not inherit pending signals (sigpending is empty).
 */
#include "tst.h"

static int var;

static void run(void)
{
	pid_t pid;
	int status, fd;
	sigset_t set;

	var = 5;
	pid = SAFE_FORK();
	if (pid == 0) {
		int ok = var == 5;

		var = 99;
		_exit(ok && getppid() > 0 ? 3 : 1);
	}
	TST_EXP_EXPR(pid > 0, "fork() returned child pid %d", (int)pid);
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 3,
		     "child saw pre-fork value, %s", tst_strstatus(status));
	TST_EXP_EXPR(var == 5, "child's store not visible to parent (var=%d)", var);

	fd = SAFE_OPEN("shared", O_RDWR | O_CREAT, 0644);
	SAFE_WRITE(fd, "0123456789", 10);
	SAFE_LSEEK(fd, 0, SEEK_SET);
	pid = SAFE_FORK();
	if (pid == 0) {
		char b[4];
		_exit(read(fd, b, 4) == 4 ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 4, "offset after child read 4 bytes");
	SAFE_CLOSE(fd);

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	SAFE_SIGPROCMASK(SIG_BLOCK, &set, NULL);
	SAFE_KILL(getpid(), SIGUSR1);
	pid = SAFE_FORK();
	if (pid == 0) {
		sigset_t p;
		sigpending(&p);
		_exit(sigismember(&p, SIGUSR1) ? 1 : 0);
	}
	tst_check_child_exit(pid, 0, "pending SIGUSR1 not inherited by child");
	sigpending(&set);
	TST_EXP_EXPR(sigismember(&set, SIGUSR1), "parent still has SIGUSR1 pending");
	signal(SIGUSR1, SIG_IGN);
	SAFE_SIGPROCMASK(SIG_UNBLOCK, &set, NULL);

	pid = syscall(SYS_fork);
	if (pid == 0)
		_exit(4);
	if (pid < 0)
		tst_res(TFAIL | TERRNO, "syscall(SYS_fork)");
	else
		tst_check_child_exit(pid, 4, "raw SYS_fork child");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
