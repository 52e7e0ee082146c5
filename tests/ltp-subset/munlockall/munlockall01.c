// SPDX-License-Identifier: Apache-2.0
/*
 * munlockall01 - munlockall(2), in forked children only.
 *
 * Checks:
 *  - after mlock() of 4 pages and mlockall(MCL_FUTURE), munlockall()
 *    succeeds, VmLck drops to 0 and a new mapping is not locked (TCONF if
 *    locking is not permitted or /proc/self/status has no VmLck);
 *  - munlockall() with nothing locked succeeds (also unprivileged, with
 *    RLIMIT_MEMLOCK 0).
 *  munlockall() has no documented error cases.
 */
#include "tst.h"
#include <sys/resource.h>

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
	long pg = sysconf(_SC_PAGESIZE);
	int st;
	pid_t pid;

	pid = SAFE_FORK();
	if (pid == 0) {
		char *p = mmap(NULL, 4 * pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (mlock(p, 4 * pg) || mlockall(MCL_FUTURE))
			_exit(32);
		if (vmlck() < 0)
			_exit(33);
		if (munlockall())
			_exit(1);
		if (vmlck() != 0)
			_exit(2);
		p = mmap(NULL, 4 * pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		_exit(p != MAP_FAILED && vmlck() == 0 ? 0 : 3);
	}
	SAFE_WAITPID(pid, &st, 0);
	st = WIFEXITED(st) ? WEXITSTATUS(st) : 99;
	if (st == 32)
		tst_res(TCONF, "locking not permitted by RLIMIT_MEMLOCK");
	else if (st == 33)
		tst_res(TCONF, "no VmLck in /proc/self/status");
	else
		TST_EXP_EXPR(st == 0, "munlockall() unlocks everything and cancels MCL_FUTURE (code %d)",
			     st);

	pid = SAFE_FORK();
	if (pid == 0) {
		struct rlimit rl = { 0, 0 };

		setrlimit(RLIMIT_MEMLOCK, &rl);
		_exit(munlockall() == 0 ? 0 : 1);
	}
	tst_check_child_exit(pid, 0, "munlockall() with nothing locked, RLIMIT_MEMLOCK 0");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
