// SPDX-License-Identifier: Apache-2.0
/*
 * clone01 - clone(2).
 *
 * Checks:
 *  - clone(fn, stack, SIGCHLD) runs fn in a child; its return value is the
 *    exit status collected with waitpid();
 *  - CLONE_VM: a store made by the child is visible to the parent;
 *  - without CLONE_VM the child's store is not visible;
 *  - CLONE_FILES: an fd closed by the child is closed in the parent;
 *  - CLONE_PARENT_SETTID stores the child's tid in the parent's memory;
 *  - raw syscall: EINVAL for CLONE_SIGHAND without CLONE_VM and for
 *    CLONE_THREAD without CLONE_SIGHAND.
 */
#include "tst.h"
#include <sched.h>

#define STACK_SIZE (256 * 1024)

static volatile int shared_var;
static int fd_to_close = -1;

static int child_store(void *arg)
{
	shared_var = (int)(long)arg;
	return 7;
}

static int child_close(void *arg)
{
	(void)arg;
	return close(fd_to_close) == 0 ? 0 : 1;
}

static pid_t do_clone(int (*fn)(void *), int flags, void *arg, pid_t *ptid)
{
	static char *stack;
	pid_t pid;

	if (!stack)
		stack = SAFE_MMAP(NULL, STACK_SIZE, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	pid = clone(fn, stack + STACK_SIZE, flags, arg, ptid);
	if (pid < 0)
		tst_brk(TBROK | TERRNO, "clone(0x%x)", flags);
	return pid;
}

static void run(void)
{
	pid_t pid, ptid = 0;
	int status;

	shared_var = 0;
	pid = do_clone(child_store, SIGCHLD, (void *)1L, NULL);
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 7,
		     "clone(SIGCHLD) child fn return -> exit 7 (%s)",
		     tst_strstatus(status));
	TST_EXP_EXPR(shared_var == 0, "without CLONE_VM the child's store is "
		     "not visible (var=%d)", shared_var);

	pid = do_clone(child_store, CLONE_VM | SIGCHLD, (void *)42L, NULL);
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(shared_var == 42, "CLONE_VM: child's store visible (var=%d)",
		     shared_var);

	fd_to_close = SAFE_OPEN("/dev/null", O_RDONLY);
	pid = do_clone(child_close, CLONE_FILES | SIGCHLD, NULL, NULL);
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		     "child closed the fd (%s)", tst_strstatus(status));
	TST_EXP_FAIL(fcntl(fd_to_close, F_GETFD), EBADF,
		     "CLONE_FILES: fd closed by child is closed in parent");

	pid = do_clone(child_store, CLONE_PARENT_SETTID | SIGCHLD, (void *)1L,
		       &ptid);
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(ptid == pid, "CLONE_PARENT_SETTID stored %d (pid %d)",
		     (int)ptid, (int)pid);

	TST_EXP_FAIL(syscall(SYS_clone, CLONE_SIGHAND | SIGCHLD, 0, 0, 0, 0),
		     EINVAL, "clone(CLONE_SIGHAND without CLONE_VM)");
	TST_EXP_FAIL(syscall(SYS_clone, CLONE_THREAD | CLONE_VM | SIGCHLD, 0, 0,
			     0, 0), EINVAL, "clone(CLONE_THREAD without CLONE_SIGHAND)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
