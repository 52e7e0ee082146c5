// SPDX-License-Identifier: Apache-2.0
/*
 * munlock01 - munlock(2).
 *
 * Checks (TCONF when mlock of 4 pages is not permitted):
 *  - munlock() of a locked range succeeds and VmLck drops back (TCONF for
 *    that check if /proc/self/status has no VmLck);
 *  - unlocking part of a range leaves the rest locked;
 *  - unlocking a range that was never locked succeeds;
 *  - errors: ENOMEM (range not mapped), EINVAL (addr + len wraps).
 */
#include "tst.h"

static long vmlck(void)
{
	char line[128];
	long kb = -1;
	FILE *f = fopen("/proc/self/status", "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "VmLck:", 6))
			kb = strtol(line + 6, NULL, 10);
	fclose(f);
	return kb;
}

static void run(void)
{
	long pg = sysconf(_SC_PAGESIZE), base;
	char *p = SAFE_MMAP(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *q = SAFE_MMAP(NULL, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	base = vmlck();
	if (mlock(p, 4 * pg))
		tst_brk(TCONF | TERRNO, "mlock(16 KiB) not permitted");
	TST_EXP_PASS(munlock(p + 2 * pg, 2 * pg), "munlock(last 2 of 4 pages)");
	if (base >= 0)
		TST_EXP_EQ(vmlck() - base, 2 * pg / 1024);
	else
		tst_res(TCONF, "no VmLck in /proc/self/status");
	TST_EXP_PASS(munlock(p, 4 * pg), "munlock(whole range)");
	if (base >= 0)
		TST_EXP_EQ(vmlck(), base);
	TST_EXP_PASS(munlock(q, pg), "munlock(never locked)");
	SAFE_MUNMAP(p, 4 * pg);
	TST_EXP_FAIL(munlock(p, pg), ENOMEM, "munlock(unmapped range)");
	TST_EXP_FAIL(munlock((void *)(uintptr_t)-pg, 2 * pg), EINVAL, "munlock(addr + len wraps)");
	SAFE_MUNMAP(q, pg);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
