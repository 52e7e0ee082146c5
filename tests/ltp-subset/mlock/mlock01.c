// SPDX-License-Identifier: Apache-2.0
/*
 * mlock01 - mlock(2).
 *
 * Checks (4 pages of a private anonymous mapping; TCONF when
 * RLIMIT_MEMLOCK does not allow it, EPERM/ENOMEM):
 *  - mlock() succeeds and VmLck in /proc/self/status grows by 16 KiB
 *    (that check is TCONF if /proc/self/status has no VmLck);
 *  - the pages are resident afterwards (mincore);
 *  - an unaligned address is rounded down to the page;
 *  - locking the same range twice does not count twice;
 *  - errors: ENOMEM (range not mapped), EINVAL (addr + len wraps);
 *    with RLIMIT_MEMLOCK 0 an unprivileged child gets EPERM (TCONF if the
 *    drop to uid 65534 fails).
 */
#include "tst.h"
#include <grp.h>
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
	long pg = sysconf(_SC_PAGESIZE), before, after;
	unsigned char vec[4];
	char *p = SAFE_MMAP(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int status;
	pid_t pid;

	before = vmlck();
	if (mlock(p, 4 * pg)) {
		if (errno == EPERM || errno == ENOMEM)
			tst_brk(TCONF | TERRNO, "mlock(16 KiB) not permitted by RLIMIT_MEMLOCK");
		tst_brk(TBROK | TERRNO, "mlock");
	}
	tst_res(TPASS, "mlock(4 pages)");
	after = vmlck();
	if (before < 0)
		tst_res(TCONF, "no VmLck in /proc/self/status");
	else
		TST_EXP_EXPR(after - before == 4 * pg / 1024, "VmLck grew by %ld KiB", after - before);
	TST_EXP_EXPR(mincore(p, 4 * pg, vec) == 0 && (vec[0] & vec[1] & vec[2] & vec[3] & 1),
		     "locked pages are resident");
	TST_EXP_PASS(mlock(p + 1, 10), "mlock(unaligned address)");
	TST_EXP_PASS(mlock(p, 4 * pg), "mlock() the same range again");
	if (before >= 0)
		TST_EXP_EXPR(vmlck() == after, "relocking does not count twice");
	munlock(p, 4 * pg);
	SAFE_MUNMAP(p, 4 * pg);
	TST_EXP_FAIL(mlock(p, pg), ENOMEM, "mlock(unmapped range)");
	TST_EXP_FAIL(mlock((void *)(uintptr_t)-pg, 2 * pg), EINVAL, "mlock(addr + len wraps)");

	pid = SAFE_FORK();
	if (pid == 0) {
		struct rlimit rl = { 0, 0 };
		char *q = mmap(NULL, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		setrlimit(RLIMIT_MEMLOCK, &rl);
		_exit(mlock(q, pg) == -1 && errno == EPERM ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "unprivileged, RLIMIT_MEMLOCK 0: mlock -> EPERM (%s)", tst_strstatus(status));
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
