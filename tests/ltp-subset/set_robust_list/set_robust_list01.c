// SPDX-License-Identifier: Apache-2.0
/*
 * set_robust_list01 - set_robust_list(2).
 *
 * Checks:
 *  - set_robust_list(head, sizeof(*head)) returns 0;
 *  - EINVAL for a wrong len;
 *  - robust futex semantics: a child registers a list holding one lock
 *    word (in shared memory) containing its tid and exits; the kernel
 *    marks the word FUTEX_OWNER_DIED.
 */
#include "tst.h"
#include <linux/futex.h>

struct lock {
	struct robust_list list;
	int futex;
};

static void run(void)
{
	struct robust_list_head head;
	struct lock *lk;
	pid_t pid;

	head.list.next = &head.list;
	head.futex_offset = 0;
	head.list_op_pending = NULL;
	TST_EXP_FAIL(syscall(SYS_set_robust_list, &head, sizeof(head) + 1), EINVAL,
		     "set_robust_list(len + 1)");
	TST_EXP_FAIL(syscall(SYS_set_robust_list, &head, 0), EINVAL,
		     "set_robust_list(len 0)");

	lk = SAFE_MMAP(NULL, 4096, PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pid = SAFE_FORK();
	if (pid == 0) {
		static struct robust_list_head h;

		h.list.next = &lk->list;
		lk->list.next = &h.list;
		h.futex_offset = (long)offsetof(struct lock, futex);
		h.list_op_pending = NULL;
		lk->futex = (int)syscall(SYS_gettid);
		if (syscall(SYS_set_robust_list, &h, sizeof(h)))
			_exit(1);
		_exit(0);
	}
	tst_check_child_exit(pid, 0, "set_robust_list(head, sizeof(head)) in child");
	TST_EXP_EXPR(lk->futex & FUTEX_OWNER_DIED,
		     "lock word 0x%x has FUTEX_OWNER_DIED after owner exit",
		     (unsigned)lk->futex);
	TST_EXP_EXPR((lk->futex & FUTEX_TID_MASK) == 0,
		     "owner tid cleared from lock word (0x%x)", (unsigned)lk->futex);
	SAFE_MUNMAP(lk, 4096);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
