// SPDX-License-Identifier: Apache-2.0
/*
 * modify_ldt01 - modify_ldt(2) (nr 154) through the raw syscall.
 *
 * Checks:
 *  - func 0 (read) in a fresh child with no LDT returns 0 bytes;
 *  - func 2 (read the default LDT) returns 128 bytes, all zero (x86_64);
 *  - in a child: func 0x11 (write, new mode) installs entry 0 (a 32-bit
 *    data segment) and returns 0; func 0 then returns the requested 16
 *    bytes, with a non-zero first descriptor and a zero second one;
 *  - errors: EINVAL (write with bytecount 8, not sizeof(struct
 *    user_desc)), EINVAL (write of entry 8192 >= LDT_ENTRIES), ENOSYS
 *    (func 3, unknown), EFAULT (func 2 with a bad buffer).
 *  - the ABI quirk: modify_ldt() returns an int, so an error comes back in
 *    rax as a 32-bit value (-ENOSYS for func 3 is 0xffffffda with the
 *    upper half zero), not the sign-extended -38 other syscalls return;
 *    the wrapper below decodes it as a C library would have to.
 * TCONF if func 0 fails with ENOSYS (CONFIG_MODIFY_LDT_SYSCALL=n).
 */
#include <asm/ldt.h>
#include "tst.h"

static long mldt(int func, void *ptr, unsigned long n)
{
	long r = syscall(__NR_modify_ldt, func, ptr, n);
	int ir = (int)r;

	if (r != -1 && ir < 0 && ir >= -4095) {
		errno = -ir;
		return -1;
	}
	return r;
}

static void child(void)
{
	struct user_desc d = {
		.entry_number = 0, .base_addr = 0, .limit = 0xfffff, .seg_32bit = 1,
		.contents = 0, .read_exec_only = 0, .limit_in_pages = 1,
		.seg_not_present = 0, .useable = 1,
	};
	uint64_t got[2] = { 0, ~0ULL };

	TST_EXP_VAL(mldt(0, got, sizeof(got)), 0, "modify_ldt(0: read, no LDT yet)");
	TST_EXP_PASS(mldt(0x11, &d, sizeof(d)), "modify_ldt(0x11: write entry 0)");
	TST_EXP_VAL(mldt(0, got, sizeof(got)), 16, "modify_ldt(0: read 16 bytes)");
	TST_EXP_EXPR(got[0] != 0 && got[1] == 0, "entry 0 0x%016llx, entry 1 0x%016llx",
		     (unsigned long long)got[0], (unsigned long long)got[1]);
	TST_EXP_FAIL(mldt(0x11, &d, 8), EINVAL, "modify_ldt(write, bytecount 8)");
	d.entry_number = 8192;
	TST_EXP_FAIL(mldt(0x11, &d, sizeof(d)), EINVAL, "modify_ldt(write entry 8192)");
	_exit(0);
}

static void run(void)
{
	unsigned char buf[256];
	int zero = 1;
	pid_t pid;

	if (mldt(0, buf, sizeof(buf)) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "modify_ldt() not supported");
	memset(buf, 0xff, sizeof(buf));
	TST_EXP_VAL(mldt(2, buf, sizeof(buf)), 128, "modify_ldt(2: default LDT)");
	for (int i = 0; i < 128; i++)
		zero = zero && !buf[i];
	TST_EXP_EXPR(zero && buf[128] == 0xff, "default LDT is 128 zero bytes");
	TST_EXP_FAIL(mldt(3, buf, sizeof(buf)), ENOSYS, "modify_ldt(func 3)");
	TST_EXP_EQ(syscall(__NR_modify_ldt, 3, buf, sizeof(buf)), 0xffffffdaL);
	TST_EXP_FAIL(mldt(2, tst_bad_addr(), sizeof(buf)), EFAULT, "modify_ldt(2, bad buffer)");

	pid = SAFE_FORK();
	if (!pid)
		child();
	tst_check_child_exit(pid, 0, "LDT child exited cleanly");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
