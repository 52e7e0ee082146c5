// SPDX-License-Identifier: Apache-2.0
/*
 * sysinfo01 - sysinfo(2) through the raw syscall.
 *
 * Checks:
 *  - uptime > 0, totalram > 0, freeram <= totalram, freeswap <= totalswap,
 *    procs >= 1, mem_unit >= 1;
 *  - EFAULT for a bad pointer.
 */
#include "tst.h"
#include <sys/sysinfo.h>

static void run(void)
{
	struct sysinfo si;

	memset(&si, 0, sizeof(si));
	TST_EXP_PASS(syscall(SYS_sysinfo, &si), "sysinfo(&si)");
	TST_EXP_EXPR(si.uptime > 0, "uptime %ld > 0", si.uptime);
	TST_EXP_EXPR(si.totalram > 0, "totalram %lu > 0", si.totalram);
	TST_EXP_EXPR(si.freeram <= si.totalram, "freeram %lu <= totalram", si.freeram);
	TST_EXP_EXPR(si.freeswap <= si.totalswap, "freeswap <= totalswap");
	TST_EXP_EXPR(si.procs >= 1, "procs %u >= 1", si.procs);
	TST_EXP_EXPR(si.mem_unit >= 1, "mem_unit %u >= 1", si.mem_unit);
	TST_EXP_FAIL(syscall(SYS_sysinfo, tst_bad_addr()), EFAULT, "sysinfo(bad pointer)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
