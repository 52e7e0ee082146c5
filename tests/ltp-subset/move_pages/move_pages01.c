// SPDX-License-Identifier: Apache-2.0
/*
 * move_pages01 - move_pages(2) (nr 279) in query mode (nodes == NULL)
 * through the raw syscall, on the caller's own pages (pid 0).
 *
 * Checks, on a 4-page anonymous mapping whose first 3 pages were written:
 *  - move_pages(0, 4, pages, NULL, status, 0) returns 0;
 *  - each written page reports a node >= 0 that is online (node 0 on a
 *    single-node machine), the untouched page reports -ENOENT;
 *  - an address in no mapping reports -EFAULT in its status slot;
 *  - the same query with the caller's real pid gives the same answer;
 *  - errors: EINVAL (flags 0x100, not MPOL_MF_MOVE/MPOL_MF_MOVE_ALL),
 *    ESRCH (pid of a reaped child).
 * TCONF if the syscall is missing (ENOSYS: no CONFIG_NUMA).
 */
#include "tst.h"

#define NPG 4

static long mvp(pid_t pid, unsigned long n, void **pages, const int *nodes, int *status, int fl)
{
	return syscall(__NR_move_pages, pid, n, pages, nodes, status, fl);
}

static int node_online(int node)
{
	char path[64];

	snprintf(path, sizeof(path), "/sys/devices/system/node/node%d", node);
	if (access("/sys/devices/system/node", F_OK))
		return node == 0;	/* no sysfs: accept node 0 only */
	return access(path, F_OK) == 0;
}

static void run(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	void *pages[NPG + 1];
	int status[NPG + 1], st2[NPG + 1], ok = 1, st;
	char *p, *hole;
	pid_t pid;

	p = SAFE_MMAP(NULL, (NPG + 1) * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		      -1, 0);
	hole = p + NPG * pg;
	SAFE_MUNMAP(hole, pg);
	for (int i = 0; i < NPG; i++) {
		pages[i] = p + i * pg;
		if (i < NPG - 1)
			p[i * pg] = 'x';
	}
	pages[NPG] = hole;
	if (mvp(0, NPG, pages, NULL, status, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "move_pages() not supported");
	memset(status, 0x55, sizeof(status));
	TST_EXP_PASS(mvp(0, NPG + 1, pages, NULL, status, 0), "move_pages(query, pid 0)");
	for (int i = 0; i < NPG - 1; i++)
		ok = ok && status[i] >= 0 && node_online(status[i]);
	TST_EXP_EXPR(ok, "written pages are on online nodes (%d %d %d)", status[0], status[1],
		     status[2]);
	TST_EXP_EXPR(status[NPG - 1] == -ENOENT, "untouched page reports -ENOENT (%d)",
		     status[NPG - 1]);
	TST_EXP_EXPR(status[NPG] == -EFAULT, "unmapped address reports -EFAULT (%d)",
		     status[NPG]);
	memset(st2, 0x55, sizeof(st2));
	TST_EXP_PASS(mvp(getpid(), NPG + 1, pages, NULL, st2, 0), "move_pages(query, own pid)");
	TST_EXP_EXPR(!memcmp(status, st2, sizeof(st2)), "same status with the real pid");

	TST_EXP_FAIL(mvp(0, NPG, pages, NULL, status, 0x100), EINVAL, "move_pages(flags 0x100)");
	pid = SAFE_FORK();
	if (!pid)
		_exit(0);
	SAFE_WAITPID(pid, &st, 0);
	TST_EXP_FAIL(mvp(pid, NPG, pages, NULL, status, 0), ESRCH, "move_pages(reaped child pid)");
	SAFE_MUNMAP(p, NPG * pg);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
