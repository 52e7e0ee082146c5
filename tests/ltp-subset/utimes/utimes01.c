// SPDX-License-Identifier: Apache-2.0
/*
 * utimes01 - utimes(2) via the raw syscall (libc routes utimes() elsewhere).
 *
 * Checks:
 *  - explicit times with microseconds are stored (st_mtim.tv_nsec is
 *    usec * 1000 on filesystems with sub-second timestamps; only the
 *    seconds are required);
 *  - NULL sets both times to now;
 *  - utimes() follows a symlink;
 *  - errors: EINVAL (tv_usec >= 1000000; negative tv_usec), ENOENT,
 *    EFAULT (bad times), EACCES (uid 65534, NULL on a foreign 0644 file).
 */
#include "tst.h"
#include <grp.h>
#include <sys/time.h>
#include <time.h>

/* The utimes(2) syscall itself: libc may route utimes() through a newer call. */
static long sys_utimes(const char *path, const struct timeval *tv)
{
	return syscall(SYS_utimes, path, tv);
}

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_case(void)
{
	struct stat st;

	if (stat("ro", &st) < 0 || st.st_uid == geteuid())
		tst_res(TCONF, "\"ro\" is owned by uid 65534: no foreign file");
	else
		TST_EXP_FAIL(sys_utimes("ro", NULL), EACCES, "uid 65534: utimes(foreign 0644 file, NULL)");
}

static void run(void)
{
	struct timeval tv[2] = { { 1200000000, 250000 }, { 1300000000, 500000 } };
	struct stat st;
	time_t before;

	tst_write_file("f", "x");
	TST_EXP_PASS(sys_utimes("f", tv), "utimes(\"f\", {1200000000.25, 1300000000.5})");
	if (stat("f", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(f)");
	TST_EXP_EQ(st.st_atim.tv_sec, 1200000000);
	TST_EXP_EQ(st.st_mtim.tv_sec, 1300000000);
	TST_EXP_EXPR(st.st_mtim.tv_nsec == 500000000 || st.st_mtim.tv_nsec == 0,
		     "st_mtim.tv_nsec %ld is 500000000 (or 0 on a coarse fs)", st.st_mtim.tv_nsec);

	SAFE_SYMLINK("f", "link");
	tv[1].tv_sec = 1400000000;
	TST_EXP_PASS(sys_utimes("link", tv), "utimes(symlink)");
	if (stat("f", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(f)");
	TST_EXP_EQ(st.st_mtim.tv_sec, 1400000000);

	before = time(NULL);
	TST_EXP_PASS(sys_utimes("f", NULL), "utimes(\"f\", NULL)");
	if (stat("f", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(f)");
	TST_EXP_EXPR(st.st_mtime >= before - 1, "NULL sets the times to now");

	tv[0].tv_usec = 1000000;
	TST_EXP_FAIL(sys_utimes("f", tv), EINVAL, "utimes(tv_usec 1000000)");
	tv[0].tv_usec = -1;
	TST_EXP_FAIL(sys_utimes("f", tv), EINVAL, "utimes(tv_usec -1)");
	tv[0].tv_usec = 0;
	TST_EXP_FAIL(sys_utimes("missing", tv), ENOENT, "utimes(missing)");
	TST_EXP_FAIL(sys_utimes("f", tst_bad_addr()), EFAULT, "utimes(bad times)");

	tst_write_file("ro", "x");
	SAFE_CHMOD("ro", 0644);
	tst_as_nobody(nobody_case);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
