// SPDX-License-Identifier: Apache-2.0
/*
 * getrlimit01 - getrlimit(2) through the raw syscall.
 *
 * Checks, for every resource RLIMIT_CPU .. RLIMIT_RTTIME:
 *  - getrlimit succeeds and rlim_cur <= rlim_max;
 * and:
 *  - RLIMIT_NOFILE's soft limit bounds the lowest fd that can be created
 *    (fcntl(F_DUPFD, soft) -> EINVAL);
 *  - EINVAL for an invalid resource; EFAULT for a bad pointer.
 */
#include "tst.h"
#include <sys/resource.h>

static const struct { int res; const char *name; } cases[] = {
	{ RLIMIT_CPU, "RLIMIT_CPU" }, { RLIMIT_FSIZE, "RLIMIT_FSIZE" },
	{ RLIMIT_DATA, "RLIMIT_DATA" }, { RLIMIT_STACK, "RLIMIT_STACK" },
	{ RLIMIT_CORE, "RLIMIT_CORE" }, { RLIMIT_RSS, "RLIMIT_RSS" },
	{ RLIMIT_NPROC, "RLIMIT_NPROC" }, { RLIMIT_NOFILE, "RLIMIT_NOFILE" },
	{ RLIMIT_MEMLOCK, "RLIMIT_MEMLOCK" }, { RLIMIT_AS, "RLIMIT_AS" },
	{ RLIMIT_LOCKS, "RLIMIT_LOCKS" }, { RLIMIT_SIGPENDING, "RLIMIT_SIGPENDING" },
	{ RLIMIT_MSGQUEUE, "RLIMIT_MSGQUEUE" }, { RLIMIT_NICE, "RLIMIT_NICE" },
	{ RLIMIT_RTPRIO, "RLIMIT_RTPRIO" }, { RLIMIT_RTTIME, "RLIMIT_RTTIME" },
};

static void run(unsigned int n)
{
	struct rlimit rl;

	TST_EXP_PASS(syscall(SYS_getrlimit, cases[n].res, &rl), "getrlimit(%s)",
		     cases[n].name);
	if (TST_PASS)
		TST_EXP_EXPR(rl.rlim_cur <= rl.rlim_max, "%s soft %lu <= hard %lu",
			     cases[n].name, (unsigned long)rl.rlim_cur,
			     (unsigned long)rl.rlim_max);
	if (cases[n].res == RLIMIT_NOFILE && rl.rlim_cur < 1u << 20)
		TST_EXP_FAIL(fcntl(0, F_DUPFD, (int)rl.rlim_cur), EINVAL,
			     "F_DUPFD at the soft NOFILE limit %lu",
			     (unsigned long)rl.rlim_cur);
	if (n == ARRAY_SIZE(cases) - 1) {
		TST_EXP_FAIL(syscall(SYS_getrlimit, 1000, &rl), EINVAL,
			     "getrlimit(1000)");
		TST_EXP_FAIL(syscall(SYS_getrlimit, RLIMIT_NOFILE, tst_bad_addr()),
			     EFAULT, "getrlimit(RLIMIT_NOFILE, bad)");
	}
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
