// SPDX-License-Identifier: Apache-2.0
/*
 * mlock201 - mlock2(2) (Linux 4.4; TCONF on ENOSYS).
 *
 * Checks (TCONF when locking 4 pages is not permitted):
 *  - flags 0 behaves like mlock(): VmLck grows by 16 KiB (TCONF without
 *    VmLck) and pages are resident;
 *  - MLOCK_ONFAULT succeeds on a fresh mapping, and untouched pages are
 *    not faulted in (mincore shows page 3 not resident);
 *  - errors: EINVAL (unknown flag), ENOMEM (unmapped range).
 */
#include "tst.h"

#ifndef MLOCK_ONFAULT
#define MLOCK_ONFAULT 1
#endif

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

static long mlock2_(void *a, size_t len, unsigned int fl)
{
	return syscall(SYS_mlock2, a, len, fl);
}

static void run(void)
{
	long pg = sysconf(_SC_PAGESIZE), before;
	unsigned char vec[4];
	char *p = SAFE_MMAP(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *q = SAFE_MMAP(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	before = vmlck();
	if (mlock2_(p, 4 * pg, 0)) {
		if (errno == ENOSYS)
			tst_brk(TCONF, "mlock2 not supported");
		if (errno == EPERM || errno == ENOMEM)
			tst_brk(TCONF | TERRNO, "mlock2 not permitted by RLIMIT_MEMLOCK");
		tst_brk(TBROK | TERRNO, "mlock2");
	}
	tst_res(TPASS, "mlock2(4 pages, 0)");
	if (before >= 0)
		TST_EXP_EQ(vmlck() - before, 4 * pg / 1024);
	else
		tst_res(TCONF, "no VmLck in /proc/self/status");
	TST_EXP_EXPR(mincore(p, 4 * pg, vec) == 0 && (vec[0] & vec[3] & 1), "pages resident");
	TST_EXP_PASS(mlock2_(q, 4 * pg, MLOCK_ONFAULT), "mlock2(MLOCK_ONFAULT)");
	q[0] = 1;
	TST_EXP_EXPR(mincore(q, 4 * pg, vec) == 0 && (vec[0] & 1) && !(vec[3] & 1),
		     "MLOCK_ONFAULT: touched page resident, untouched page not");
	TST_EXP_FAIL(mlock2_(p, pg, 0x2), EINVAL, "mlock2(flag 0x2)");
	munlock(p, 4 * pg);
	munlock(q, 4 * pg);
	SAFE_MUNMAP(q, 4 * pg);
	TST_EXP_FAIL(mlock2_(q, pg, 0), ENOMEM, "mlock2(unmapped range)");
	SAFE_MUNMAP(p, 4 * pg);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
