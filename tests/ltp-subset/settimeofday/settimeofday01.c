// SPDX-License-Identifier: Apache-2.0
/*
 * settimeofday01 - settimeofday(2) through the raw syscall.  The clock is
 * never changed: only calls the kernel must refuse are made, and each
 * carries the current time so that even a wrongly accepted one would
 * leave the clock where it was.
 *
 * Checks:
 *  - EINVAL for tv_usec 1000000 and for tv_usec -1 (the kernel validates
 *    the timeval before the privilege check, so this holds for any user);
 *  - EINVAL for a negative tv_sec;
 *  - EFAULT for a bad timeval pointer;
 *  - EPERM in a child switched to uid 65534 with a valid time (TCONF if
 *    the switch is not possible), and the EINVAL check gives EINVAL there
 *    too.
 */
#include "tst.h"
#include <sys/time.h>

static long stod(const struct timeval *tv)
{
	return syscall(SYS_settimeofday, tv, NULL);
}

static struct timeval now_with(long usec)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	tv.tv_usec = usec;
	return tv;
}

static void run(void)
{
	struct timeval tv;
	pid_t pid;

	tv = now_with(1000000);
	TST_EXP_FAIL(stod(&tv), EINVAL, "tv_usec 1000000");
	tv = now_with(-1);
	TST_EXP_FAIL(stod(&tv), EINVAL, "tv_usec -1");
	tv.tv_sec = -1;
	tv.tv_usec = 0;
	TST_EXP_FAIL(stod(&tv), EINVAL, "tv_sec -1");
	TST_EXP_FAIL(stod(tst_bad_addr()), EFAULT, "bad timeval pointer");

	pid = SAFE_FORK();
	if (pid == 0) {
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534)) {
			tst_res(TCONF | TERRNO, "cannot switch to uid 65534");
			_exit(0);
		}
		tv = now_with(0);
		TST_EXP_FAIL(stod(&tv), EPERM, "uid 65534: valid time");
		tv = now_with(1000000);
		TST_EXP_FAIL(stod(&tv), EINVAL, "uid 65534: tv_usec 1000000");
		_exit(0);
	}
	tst_check_child_exit(pid, 0, "unprivileged child");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
