// SPDX-License-Identifier: Apache-2.0
/*
 * utimensat01 - utimensat(2), via the raw syscall.
 *
 * Checks, one row per case of a table of {atime, mtime} requests:
 *  - explicit seconds+nanoseconds are stored (nanoseconds compared only on
 *    filesystems with nanosecond timestamps, i.e. when a probe round-trips);
 *  - UTIME_OMIT leaves that time unchanged; UTIME_NOW sets it to now; both
 *    UTIME_OMIT is a no-op;
 *  - a NULL times pointer sets both to now;
 *  - AT_SYMLINK_NOFOLLOW changes the symlink's own times, not the target's;
 *  - a NULL path with an fd acts on the fd (the futimens() form);
 *  - errors: EINVAL (tv_nsec out of range; unknown flag), EBADF, ENOENT,
 *    EFAULT (bad times), EACCES/EPERM as uid 65534 on a foreign file
 *    (UTIME_NOW -> EACCES, explicit time -> EPERM).
 */
#include "tst.h"
#include <grp.h>
#include <time.h>

#define T_A 1000000000
#define T_M 1100000000

static int nsec_ok;

static long sys_utimensat(int dfd, const char *path, const struct timespec *ts, int fl)
{
	return syscall(SYS_utimensat, dfd, path, ts, fl);
}

static const struct tcase {
	long a_sec, a_nsec, m_sec, m_nsec;
	const char *desc;
} cases[] = {
	{ 1500000000, 123456789, 1600000000, 987654321, "explicit times" },
	{ 0, UTIME_OMIT, 1700000000, 0, "UTIME_OMIT atime" },
	{ 1700000000, 5, 0, UTIME_OMIT, "UTIME_OMIT mtime" },
	{ 0, UTIME_OMIT, 0, UTIME_OMIT, "both UTIME_OMIT" },
	{ 0, UTIME_NOW, 0, UTIME_OMIT, "UTIME_NOW atime" },
	{ 0, UTIME_OMIT, 0, UTIME_NOW, "UTIME_NOW mtime" },
};

/* Expected value of one field after the call; 'old' is the previous one. */
static int check_field(const char *name, long sec, long nsec, const struct timespec *got,
		       const struct timespec *old, time_t now)
{
	if (nsec == UTIME_OMIT)
		return got->tv_sec == old->tv_sec && got->tv_nsec == old->tv_nsec;
	if (nsec == UTIME_NOW)
		return got->tv_sec >= now - 1 && got->tv_sec <= now + 1;
	(void)name;
	return got->tv_sec == sec && (!nsec_ok || got->tv_nsec == nsec);
}

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_cases(void)
{
	struct timespec now[2] = { { 0, UTIME_NOW }, { 0, UTIME_NOW } };
	struct timespec ex[2] = { { 5, 0 }, { 5, 0 } };
	struct stat st;

	if (stat("ro", &st) < 0 || st.st_uid == geteuid()) {
		tst_res(TCONF, "\"ro\" is owned by uid 65534: no foreign file");
		return;
	}
	TST_EXP_FAIL(sys_utimensat(AT_FDCWD, "ro", now, 0), EACCES,
		     "uid 65534: UTIME_NOW on a foreign 0644 file");
	TST_EXP_FAIL(sys_utimensat(AT_FDCWD, "ro", ex, 0), EPERM,
		     "uid 65534: explicit times on a foreign file");
}

static void setup(void)
{
	struct timespec ts[2] = { { T_A, 1 }, { T_M, 1 } };
	struct stat st;

	tst_write_file("f", "x");
	if (sys_utimensat(AT_FDCWD, "f", ts, 0) < 0)
		tst_brk(TBROK | TERRNO, "utimensat(f) probe");
	if (stat("f", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(f)");
	nsec_ok = st.st_mtim.tv_nsec == 1;
	if (!nsec_ok)
		tst_res(TINFO, "filesystem does not store nanoseconds");
}

static void run(unsigned int n)
{
	const struct tcase *tc;
	struct timespec ts[2];
	struct stat old, st;
	time_t now;

	if (n == ARRAY_SIZE(cases)) {
		struct timespec t2[2] = { { T_A, 0 }, { T_M, 0 } };
		struct stat lst;
		int fd;

		now = time(NULL);
		TST_EXP_PASS(sys_utimensat(AT_FDCWD, "f", NULL, 0), "utimensat(\"f\", NULL)");
		if (stat("f", &st) < 0)
			tst_brk(TBROK | TERRNO, "stat(f)");
		TST_EXP_EXPR(st.st_mtime >= now - 1 && st.st_atime >= now - 1, "NULL sets now");

		SAFE_SYMLINK("f", "link");
		TST_EXP_PASS(sys_utimensat(AT_FDCWD, "link", t2, AT_SYMLINK_NOFOLLOW),
			     "utimensat(symlink, AT_SYMLINK_NOFOLLOW)");
		if (lstat("link", &lst) < 0 || stat("f", &st) < 0)
			tst_brk(TBROK | TERRNO, "stat");
		TST_EXP_EXPR(lst.st_mtime == T_M && st.st_mtime != T_M,
			     "the symlink's mtime changed, the target's did not");

		fd = SAFE_OPEN("f", O_RDONLY);
		TST_EXP_PASS(sys_utimensat(fd, NULL, t2, 0), "utimensat(fd, NULL, times)");
		if (stat("f", &st) < 0)
			tst_brk(TBROK | TERRNO, "stat(f)");
		TST_EXP_EQ(st.st_mtime, T_M);
		SAFE_CLOSE(fd);

		t2[0].tv_nsec = 1000000000;
		TST_EXP_FAIL(sys_utimensat(AT_FDCWD, "f", t2, 0), EINVAL, "utimensat(tv_nsec 1e9)");
		t2[0].tv_nsec = -2;
		TST_EXP_FAIL(sys_utimensat(AT_FDCWD, "f", t2, 0), EINVAL, "utimensat(tv_nsec -2)");
		t2[0].tv_nsec = 0;
		TST_EXP_FAIL(sys_utimensat(AT_FDCWD, "f", t2, 0x1), EINVAL, "utimensat(flags 0x1)");
		TST_EXP_FAIL(sys_utimensat(-1, "f", t2, 0), EBADF, "utimensat(dirfd -1)");
		TST_EXP_FAIL(sys_utimensat(-1, NULL, t2, 0), EBADF, "utimensat(-1, NULL)");
		TST_EXP_FAIL(sys_utimensat(AT_FDCWD, "missing", t2, 0), ENOENT, "utimensat(missing)");
		TST_EXP_FAIL(sys_utimensat(AT_FDCWD, "f", tst_bad_addr(), 0), EFAULT,
			     "utimensat(bad times)");
		tst_write_file("ro", "x");
		SAFE_CHMOD("ro", 0644);
		tst_as_nobody(nobody_cases);
		return;
	}

	tc = &cases[n];
	ts[0].tv_sec = tc->a_sec;
	ts[0].tv_nsec = tc->a_nsec;
	ts[1].tv_sec = tc->m_sec;
	ts[1].tv_nsec = tc->m_nsec;
	if (stat("f", &old) < 0)
		tst_brk(TBROK | TERRNO, "stat(f)");
	now = time(NULL);
	TST_EXP_PASS(sys_utimensat(AT_FDCWD, "f", ts, 0), "utimensat(%s)", tc->desc);
	if (stat("f", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(f)");
	TST_EXP_EXPR(check_field("atime", tc->a_sec, tc->a_nsec, &st.st_atim, &old.st_atim, now) &&
		     check_field("mtime", tc->m_sec, tc->m_nsec, &st.st_mtim, &old.st_mtim, now),
		     "%s: atime %ld.%09ld mtime %ld.%09ld", tc->desc,
		     (long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
		     (long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1, .setup = setup, .needs_tmpdir = 1,
};
TST_MAIN(test)
