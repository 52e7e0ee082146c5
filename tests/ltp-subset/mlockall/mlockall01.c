// SPDX-License-Identifier: Apache-2.0
/*
 * mlockall01 - mlockall(2), in forked children only.
 *
 * Checks:
 *  - MCL_FUTURE: a mapping made afterwards is locked (VmLck grows by its
 *    size; TCONF without VmLck); TCONF if RLIMIT_MEMLOCK refuses;
 *  - MCL_CURRENT | MCL_ONFAULT succeeds (TCONF on ENOMEM/EPERM: the whole
 *    address space may exceed RLIMIT_MEMLOCK);
 *  - errors: EINVAL (flags 0; unknown flag; MCL_ONFAULT alone); with
 *    RLIMIT_MEMLOCK 0 an unprivileged child gets EPERM for MCL_CURRENT
 *    (TCONF if the drop fails).
 */
#include "tst.h"
#include <grp.h>
#include <sys/resource.h>

#ifndef MCL_ONFAULT
#define MCL_ONFAULT 4
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

static int code(pid_t pid)
{
	int st;

	SAFE_WAITPID(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 99;
}

static void run(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	pid_t pid;
	int c;

	pid = SAFE_FORK();
	if (pid == 0) {
		long before;
		char *p;

		if (mlockall(MCL_FUTURE))
			_exit(errno == ENOMEM || errno == EPERM ? 32 : 1);
		before = vmlck();
		p = mmap(NULL, 8 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			_exit(errno == EAGAIN || errno == ENOMEM ? 32 : 2);
		if (before < 0)
			_exit(33);
		_exit(vmlck() - before == 8 * pg / 1024 ? 0 : 3);
	}
	c = code(pid);
	if (c == 32)
		tst_res(TCONF, "mlockall(MCL_FUTURE) + 32 KiB not permitted by RLIMIT_MEMLOCK");
	else if (c == 33)
		tst_res(TCONF, "no VmLck in /proc/self/status");
	else
		TST_EXP_EXPR(c == 0, "MCL_FUTURE locks a later 8-page mapping (code %d)", c);

	pid = SAFE_FORK();
	if (pid == 0)
		_exit(mlockall(MCL_CURRENT | MCL_ONFAULT) == 0 ? 0 :
		      errno == ENOMEM || errno == EPERM ? 32 : 1);
	c = code(pid);
	if (c == 32)
		tst_res(TCONF, "mlockall(MCL_CURRENT | MCL_ONFAULT) exceeds RLIMIT_MEMLOCK");
	else
		TST_EXP_EXPR(c == 0, "mlockall(MCL_CURRENT | MCL_ONFAULT) (code %d)", c);

	TST_EXP_FAIL(mlockall(0), EINVAL, "mlockall(0)");
	TST_EXP_FAIL(mlockall(0x100), EINVAL, "mlockall(0x100)");
	TST_EXP_FAIL(mlockall(MCL_ONFAULT), EINVAL, "mlockall(MCL_ONFAULT alone)");

	pid = SAFE_FORK();
	if (pid == 0) {
		struct rlimit rl = { 0, 0 };

		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		setrlimit(RLIMIT_MEMLOCK, &rl);
		_exit(mlockall(MCL_CURRENT) == -1 && errno == EPERM ? 0 : 1);
	}
	c = code(pid);
	if (c == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(c == 0, "unprivileged, RLIMIT_MEMLOCK 0: mlockall -> EPERM (code %d)", c);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
