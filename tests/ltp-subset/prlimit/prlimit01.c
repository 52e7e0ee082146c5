// SPDX-License-Identifier: Apache-2.0
/*
 * prlimit01 - prlimit64(2) through the raw syscall.
 *
 * Checks:
 *  - prlimit64(0, RLIMIT_NOFILE, NULL, &old) agrees with getrlimit();
 *  - setting a lower soft limit returns the previous value in old and is
 *    visible through getrlimit();
 *  - prlimit64(child, ...) reads and sets a child's limit (same uid);
 *  - ESRCH for a nonexistent pid; EINVAL for a bad resource and for
 *    soft > hard; EFAULT for a bad new-limit pointer.
 */
#include "tst.h"
#include <sys/resource.h>

static void run(void)
{
	struct rlimit64 old, nl, got;
	struct rlimit rl;
	int p[2];
	char c = 0;
	pid_t pid;

	getrlimit(RLIMIT_NOFILE, &rl);
	TST_EXP_PASS(syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &old),
		     "prlimit64(0, RLIMIT_NOFILE, NULL, &old)");
	TST_EXP_EXPR(old.rlim_cur == rl.rlim_cur && old.rlim_max == rl.rlim_max,
		     "matches getrlimit (%llu/%llu)",
		     (unsigned long long)old.rlim_cur,
		     (unsigned long long)old.rlim_max);

	nl.rlim_cur = 64;
	nl.rlim_max = old.rlim_max;
	TST_EXP_PASS(syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, &nl, &got),
		     "prlimit64 set soft NOFILE 64");
	TST_EXP_EQ(got.rlim_cur, old.rlim_cur);
	getrlimit(RLIMIT_NOFILE, &rl);
	TST_EXP_EQ(rl.rlim_cur, 64);

	SAFE_PIPE(p);
	pid = SAFE_FORK();
	if (pid == 0) {
		SAFE_READ(p[0], &c, 1);
		getrlimit(RLIMIT_NOFILE, &rl);
		_exit(rl.rlim_cur == 32 ? 0 : 1);
	}
	nl.rlim_cur = 32;
	TST_EXP_PASS(syscall(SYS_prlimit64, pid, RLIMIT_NOFILE, &nl, &got),
		     "prlimit64(child, set NOFILE 32)");
	TST_EXP_EQ(got.rlim_cur, 64);
	SAFE_WRITE(p[1], &c, 1);
	tst_check_child_exit(pid, 0, "child sees the limit set by its parent");
	TST_EXP_FAIL(syscall(SYS_prlimit64, pid, RLIMIT_NOFILE, NULL, &got), ESRCH,
		     "prlimit64(reaped pid)");
	TST_EXP_FAIL(syscall(SYS_prlimit64, 0, 1000, NULL, &got), EINVAL,
		     "prlimit64(resource 1000)");
	nl.rlim_cur = 100;
	nl.rlim_max = 50;
	TST_EXP_FAIL(syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, &nl, NULL), EINVAL,
		     "prlimit64(soft > hard)");
	TST_EXP_FAIL(syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, tst_bad_addr(), NULL),
		     EFAULT, "prlimit64(bad new pointer)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
