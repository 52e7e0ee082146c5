// SPDX-License-Identifier: Apache-2.0
/*
 * get_robust_list01 - get_robust_list(2).
 *
 * Checks:
 *  - after set_robust_list(h, len), get_robust_list(0, ...) returns h and
 *    sizeof(struct robust_list_head);
 *  - get_robust_list(own tid, ...) returns the same;
 *  - ESRCH for a pid that does not exist;
 *  - EFAULT for bad head_ptr / len_ptr pointers.
 */
#include "tst.h"
#include <linux/futex.h>

static void run(void)
{
	static struct robust_list_head h;
	struct robust_list_head *got = NULL, *saved;
	size_t len = 0, slen;
	pid_t pid;

	/* keep glibc's registration to restore it afterwards */
	if (syscall(SYS_get_robust_list, 0, &saved, &slen))
		tst_brk(TBROK | TERRNO, "get_robust_list(0)");
	h.list.next = &h.list;
	if (syscall(SYS_set_robust_list, &h, sizeof(h)))
		tst_brk(TBROK | TERRNO, "set_robust_list");
	TST_EXP_PASS(syscall(SYS_get_robust_list, 0, &got, &len),
		     "get_robust_list(0, &head, &len)");
	TST_EXP_EXPR(got == &h && len == sizeof(h), "got head %p len %zu "
		     "(set %p, %zu)", (void *)got, len, (void *)&h, sizeof(h));
	got = NULL;
	TST_EXP_PASS(syscall(SYS_get_robust_list, syscall(SYS_gettid), &got, &len),
		     "get_robust_list(gettid())");
	TST_EXP_EXPR(got == &h, "head for own tid is %p", (void *)got);

	pid = SAFE_FORK();
	if (pid == 0)
		_exit(0);
	SAFE_WAITPID(pid, NULL, 0);
	TST_EXP_FAIL(syscall(SYS_get_robust_list, pid, &got, &len), ESRCH,
		     "get_robust_list(reaped pid)");
	TST_EXP_FAIL(syscall(SYS_get_robust_list, 0, tst_bad_addr(), &len), EFAULT,
		     "get_robust_list(0, bad, &len)");
	TST_EXP_FAIL(syscall(SYS_get_robust_list, 0, &got, tst_bad_addr()), EFAULT,
		     "get_robust_list(0, &head, bad)");
	syscall(SYS_set_robust_list, saved, slen);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
