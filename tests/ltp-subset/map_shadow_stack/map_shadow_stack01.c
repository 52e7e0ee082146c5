// SPDX-License-Identifier: Apache-2.0
/*
 * map_shadow_stack01 - map_shadow_stack(2) (nr 453, Linux 6.6) through the
 * raw syscall: map_shadow_stack(addr, size, flags).
 *
 * Without user shadow stack support (no "user_shstk" in /proc/cpuinfo's
 * flags) the kernel refuses every call, before looking at the arguments:
 *  - map_shadow_stack(0, page, SHADOW_STACK_SET_TOKEN) and a call with
 *    garbage flags both fail with EOPNOTSUPP.
 * With user shadow stacks:
 *  - map_shadow_stack(0, page, SHADOW_STACK_SET_TOKEN) returns a
 *    page-aligned address that is readable (shadow stack memory is
 *    readable with normal loads) and whose last 8 bytes hold the restore
 *    token (the address just past the token, i.e. the page end);
 *  - errors: EINVAL (flags 0x80, unknown), EINVAL (size 0), EINVAL (size
 *    not a multiple of 8).
 * TCONF if the syscall is missing (ENOSYS).
 */
#include "tst.h"

#ifndef __NR_map_shadow_stack
# define __NR_map_shadow_stack 453
#endif
#define SHADOW_STACK_SET_TOKEN_ 0x1

static long mss(unsigned long addr, unsigned long size, unsigned int fl)
{
	return syscall(__NR_map_shadow_stack, addr, size, fl);
}

static int cpu_has_user_shstk(void)
{
	FILE *f = fopen("/proc/cpuinfo", "r");
	char line[4096];
	int found = 0;

	if (!f)
		return -1;
	while (!found && fgets(line, sizeof(line), f)) {
		if (strncmp(line, "flags", 5))
			continue;
		found = strstr(line, " user_shstk ") || strstr(line, " user_shstk\n");
		break;
	}
	fclose(f);
	return found;
}

static void run(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	int has = cpu_has_user_shstk();
	long r;

	r = mss(0, pg, SHADOW_STACK_SET_TOKEN_);
	if (r == -1 && errno == ENOSYS)
		tst_brk(TCONF, "map_shadow_stack() not supported");
	if (has < 0)
		tst_brk(TCONF, "cannot read /proc/cpuinfo");
	if (!has) {
		TST_EXP_EXPR(r == -1 && errno == EOPNOTSUPP,
			     "no user_shstk: map_shadow_stack(page, SET_TOKEN) fails with EOPNOTSUPP");
		TST_EXP_FAIL(mss(0, pg, 0xdead0000), EOPNOTSUPP,
			     "no user_shstk: map_shadow_stack(garbage flags)");
		return;
	}
	TST_EXP_EXPR(r != -1 && !(r & (pg - 1)), "map_shadow_stack(page, SET_TOKEN) = 0x%lx", r);
	if (r != -1) {
		uint64_t tok = *(volatile uint64_t *)(r + pg - 8);

		TST_EXP_EXPR(tok == (uint64_t)(r + pg), "restore token 0x%llx at the top",
			     (unsigned long long)tok);
		SAFE_MUNMAP((void *)r, pg);
	}
	TST_EXP_FAIL(mss(0, pg, 0x80), EINVAL, "map_shadow_stack(flags 0x80)");
	TST_EXP_FAIL(mss(0, 0, SHADOW_STACK_SET_TOKEN_), EINVAL, "map_shadow_stack(size 0)");
	TST_EXP_FAIL(mss(0, 12, 0), EINVAL, "map_shadow_stack(size 12)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
