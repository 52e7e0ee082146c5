// SPDX-License-Identifier: Apache-2.0
/*
 * set_tid_address01 - set_tid_address(2) through the raw syscall.
 *
 * Checks:
 *  - returns the caller's thread id;
 *  - when a task sharing the address space exits, the kernel writes 0 to
 *    the registered address (clear_child_tid), observed by the parent of
 *    a CLONE_VM child.
 */
#include "tst.h"
#include <sched.h>

#define STACK_SIZE (128 * 1024)

static volatile int ctid = -1;
static volatile long child_ret = -1;

static int child(void *arg)
{
	(void)arg;
	ctid = (int)syscall(SYS_gettid);
	child_ret = syscall(SYS_set_tid_address, &ctid);
	syscall(SYS_exit, 0);
	return 0;
}

static void run(void)
{
	int dummy;
	long tid = syscall(SYS_gettid);
	char *stack;
	pid_t pid;
	int status;

	TST_EXP_VAL(syscall(SYS_set_tid_address, &dummy), tid,
		    "set_tid_address(&dummy) returns gettid()");

	stack = SAFE_MMAP(NULL, STACK_SIZE, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pid = clone(child, stack + STACK_SIZE, CLONE_VM | SIGCHLD, NULL);
	if (pid < 0)
		tst_brk(TBROK | TERRNO, "clone(CLONE_VM)");
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(child_ret == pid, "set_tid_address in CLONE_VM child "
		     "returned %ld (tid %d)", child_ret, (int)pid);
	TST_EXP_EXPR(ctid == 0, "kernel cleared the tid word on exit (now %d)",
		     ctid);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
