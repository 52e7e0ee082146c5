// SPDX-License-Identifier: Apache-2.0
/*
 * arch_prctl01 - arch_prctl(2) on x86_64.
 *
 * Checks:
 *  - ARCH_GET_FS returns the TLS base, which equals the thread pointer;
 *  - ARCH_SET_GS / ARCH_GET_GS round-trip a value (in a child);
 *  - ARCH_SET_FS with a non-canonical address -> EPERM;
 *  - EFAULT for a bad result pointer; EINVAL for an unknown code.
 */
#include "tst.h"
#include <asm/prctl.h>

static void run(void)
{
	unsigned long fs = 0, gs = 0;
	pid_t pid;

	TST_EXP_PASS(syscall(SYS_arch_prctl, ARCH_GET_FS, &fs), "ARCH_GET_FS");
	TST_EXP_EXPR(fs == (unsigned long)__builtin_thread_pointer(),
		     "FS base 0x%lx == thread pointer %p", fs,
		     __builtin_thread_pointer());

	pid = SAFE_FORK();
	if (pid == 0) {
		if (syscall(SYS_arch_prctl, ARCH_SET_GS, 0x12345000UL))
			_exit(1);
		if (syscall(SYS_arch_prctl, ARCH_GET_GS, &gs))
			_exit(2);
		_exit(gs == 0x12345000UL ? 0 : 3);
	}
	tst_check_child_exit(pid, 0, "ARCH_SET_GS then ARCH_GET_GS round trip");

	TST_EXP_FAIL(syscall(SYS_arch_prctl, ARCH_SET_FS, 0x8000000000000000UL),
		     EPERM, "ARCH_SET_FS(non-canonical)");
	TST_EXP_FAIL(syscall(SYS_arch_prctl, ARCH_GET_FS, tst_bad_addr()), EFAULT,
		     "ARCH_GET_FS(bad pointer)");
	TST_EXP_FAIL(syscall(SYS_arch_prctl, 0x9999, &fs), EINVAL,
		     "arch_prctl(0x9999)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
