// SPDX-License-Identifier: Apache-2.0
/*
 * sysfs01 - the obsolete sysfs(2) (nr 139) through the raw syscall.
 *
 * Checks:
 *  - option 3 returns the number of filesystem types, > 0 and equal to
 *    the number of lines of /proc/filesystems when that file is readable;
 *  - option 2 with index 0 returns 0 and writes a non-empty name, and
 *    option 1 maps that name back to index 0;
 *  - option 2 with the last index works, and index == count fails;
 *  - errors: EINVAL (option 4, option 0), EINVAL (option 2 with index ==
 *    count), EINVAL (option 1 with an unknown name), EFAULT (option 2
 *    with a bad buffer, option 1 with a bad name pointer).
 * TCONF if the syscall is missing (ENOSYS: CONFIG_SYSFS_SYSCALL=n).
 */
#include "tst.h"

static long sfs(int opt, unsigned long a1, unsigned long a2)
{
	return syscall(__NR_sysfs, opt, a1, a2);
}

static int proc_count(void)
{
	FILE *f = fopen("/proc/filesystems", "r");
	char line[256];
	int n = 0;

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		n++;
	fclose(f);
	return n;
}

static void run(void)
{
	char name[256], last[256];
	long cnt;
	int pc;

	cnt = sfs(3, 0, 0);
	if (cnt == -1 && errno == ENOSYS)
		tst_brk(TCONF, "sysfs() not supported");
	TST_EXP_POSITIVE(sfs(3, 0, 0), "sysfs(3) (number of filesystem types)");
	cnt = TST_RET;
	TST_EXP_EXPR(cnt > 0, "%ld filesystem types", cnt);
	pc = proc_count();
	if (pc >= 0)
		TST_EXP_EXPR(pc == cnt, "/proc/filesystems has %d lines, sysfs(3) says %ld", pc, cnt);
	if (cnt <= 0)
		return;

	memset(name, 0, sizeof(name));
	TST_EXP_PASS(sfs(2, 0, (unsigned long)name), "sysfs(2, index 0)");
	TST_EXP_EXPR(name[0] != 0 && strlen(name) < sizeof(name), "index 0 is \"%s\"", name);
	TST_EXP_VAL(sfs(1, (unsigned long)name, 0), 0, "sysfs(1, \"%s\") == 0", name);
	memset(last, 0, sizeof(last));
	TST_EXP_PASS(sfs(2, cnt - 1, (unsigned long)last), "sysfs(2, last index %ld)", cnt - 1);
	TST_EXP_VAL(sfs(1, (unsigned long)last, 0), cnt - 1, "sysfs(1, \"%s\") == %ld", last,
		    cnt - 1);

	TST_EXP_FAIL(sfs(4, 0, 0), EINVAL, "sysfs(option 4)");
	TST_EXP_FAIL(sfs(0, 0, 0), EINVAL, "sysfs(option 0)");
	TST_EXP_FAIL(sfs(2, cnt, (unsigned long)name), EINVAL, "sysfs(2, index == count)");
	TST_EXP_FAIL(sfs(1, (unsigned long)"no-such-fs-type", 0), EINVAL,
		     "sysfs(1, unknown name)");
	TST_EXP_FAIL(sfs(2, 0, (unsigned long)tst_bad_addr()), EFAULT, "sysfs(2, bad buffer)");
	TST_EXP_FAIL(sfs(1, (unsigned long)tst_bad_addr(), 0), EFAULT, "sysfs(1, bad name)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
