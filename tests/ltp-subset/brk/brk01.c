// SPDX-License-Identifier: Apache-2.0
/*
 * brk01 - brk(2) through the raw syscall (the kernel returns the new break,
 * or the current one on failure; it never returns -1).
 *
 * Checks:
 *  - brk(0) returns the current break (> 0);
 *  - growing the break by 64 KiB returns the new break, and the new memory
 *    is readable, writable and zero-filled;
 *  - shrinking back returns the old break; the released page is unmapped
 *    (touching it in a child raises SIGSEGV);
 *  - an impossible request (break below the data segment / huge) leaves
 *    the break unchanged.
 */
#include "tst.h"

static void run(void)
{
	unsigned long cur = syscall(SYS_brk, 0), want, got;
	unsigned char *p;
	int zero = 1;
	pid_t pid;
	int status;

	TST_EXP_EXPR(cur > 0, "brk(0) returned 0x%lx", cur);
	cur = (cur + 4095) & ~4095UL;
	if (syscall(SYS_brk, cur) != (long)cur)
		tst_brk(TBROK, "cannot page-align the break");
	want = cur + 65536;
	got = syscall(SYS_brk, want);
	TST_EXP_EXPR(got == want, "brk(+64K) returned 0x%lx (want 0x%lx)", got, want);
	if (got != want)
		return;
	p = (unsigned char *)cur;
	for (int i = 0; i < 65536; i++)
		zero &= p[i] == 0;
	TST_EXP_EXPR(zero, "new break memory is zero-filled");
	memset(p, 0xa5, 65536);
	TST_EXP_EXPR(p[65535] == 0xa5, "new break memory is writable");

	got = syscall(SYS_brk, cur);
	TST_EXP_EXPR(got == cur, "brk(shrink) returned 0x%lx", got);
	pid = SAFE_FORK();
	if (pid == 0) {
		signal(SIGSEGV, SIG_DFL);
		*(volatile unsigned char *)(cur + 4096) = 1;
		_exit(0);
	}
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
		     "touching released break memory: %s", tst_strstatus(status));

	got = syscall(SYS_brk, 0x1000UL);
	TST_EXP_EXPR(got == cur, "brk(0x1000) fails: break stays 0x%lx (got 0x%lx)",
		     cur, got);
	got = syscall(SYS_brk, 0x7ffffffff000UL);
	TST_EXP_EXPR(got == cur, "brk(huge) fails: break stays 0x%lx (got 0x%lx)",
		     cur, got);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
