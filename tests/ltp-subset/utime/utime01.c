// SPDX-License-Identifier: Apache-2.0
/*
 * utime01 - utime(2) via the raw syscall (libc routes utime() elsewhere).
 *
 * Checks:
 *  - explicit times set st_atime and st_mtime exactly (one case per row of
 *    a table, including 0 and a time far in the past);
 *  - a NULL times pointer sets both to the current time;
 *  - errors: ENOENT, ENOTDIR, EFAULT (bad path; bad times), and as uid
 *    65534 on a file it neither owns nor can write: EACCES for NULL times,
 *    EPERM for explicit times (TCONF when it owns the file).
 */
#include "tst.h"
#include <grp.h>
#include <time.h>
#include <utime.h>

/* The utime(2) syscall itself: libc may route utime() through a newer call. */
static long sys_utime(const char *path, const struct utimbuf *ub)
{
	return syscall(SYS_utime, path, ub);
}

static const struct { time_t atime, mtime; } cases[] = {
	{ 1000000000, 1100000000 }, { 0, 0 }, { 86400, 1 }, { 2000000000, 1500000000 },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_cases(void)
{
	struct utimbuf ub = { 5, 5 };
	struct stat st;

	if (stat("ro", &st) < 0 || st.st_uid == geteuid()) {
		tst_res(TCONF, "\"ro\" is owned by uid 65534: no foreign file");
		return;
	}
	TST_EXP_FAIL(sys_utime("ro", NULL), EACCES, "uid 65534: utime(foreign 0644 file, NULL)");
	TST_EXP_FAIL(sys_utime("ro", &ub), EPERM, "uid 65534: utime(foreign file, times)");
}

static void run(void)
{
	struct utimbuf ub;
	struct stat st;
	time_t before;

	tst_write_file("f", "x");
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		ub.actime = cases[i].atime;
		ub.modtime = cases[i].mtime;
		TST_EXP_PASS(sys_utime("f", &ub), "utime(\"f\", {%ld, %ld})", (long)ub.actime, (long)ub.modtime);
		if (stat("f", &st) < 0)
			tst_brk(TBROK | TERRNO, "stat(f)");
		TST_EXP_EXPR(st.st_atime == cases[i].atime && st.st_mtime == cases[i].mtime,
			     "st_atime %ld, st_mtime %ld", (long)st.st_atime, (long)st.st_mtime);
	}
	before = time(NULL);
	TST_EXP_PASS(sys_utime("f", NULL), "utime(\"f\", NULL)");
	if (stat("f", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(f)");
	TST_EXP_EXPR(st.st_mtime >= before - 1 && st.st_mtime <= time(NULL) + 1 &&
		     st.st_atime >= before - 1, "NULL sets the times to now");

	TST_EXP_FAIL(sys_utime("missing", &ub), ENOENT, "utime(missing)");
	TST_EXP_FAIL(sys_utime("f/x", &ub), ENOTDIR, "utime(file used as a directory)");
	TST_EXP_FAIL(sys_utime(tst_bad_addr(), &ub), EFAULT, "utime(bad path)");
	TST_EXP_FAIL(sys_utime("f", tst_bad_addr()), EFAULT, "utime(bad times)");

	tst_write_file("ro", "x");
	SAFE_CHMOD("ro", 0644);
	tst_as_nobody(nobody_cases);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
