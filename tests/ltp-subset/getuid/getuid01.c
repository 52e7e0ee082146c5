// SPDX-License-Identifier: Apache-2.0
/*
 * getuid01 - getuid(2), geteuid(2), getgid(2), getegid(2) through the raw
 * syscalls.
 *
 * Checks:
 *  - each call succeeds (they cannot fail) and agrees with the matching
 *    field of getresuid()/getresgid();
 *  - the values agree with the Uid:/Gid: lines of /proc/self/status when
 *    that file is readable (TCONF otherwise);
 *  - a forked child sees the same ids.
 */
#include "tst.h"

static void run(void)
{
	uid_t r, e, s;
	gid_t gr, ge, gs;
	long uid = syscall(SYS_getuid), euid = syscall(SYS_geteuid);
	long gid = syscall(SYS_getgid), egid = syscall(SYS_getegid);
	char buf[4096], *p;
	int fd, n;
	pid_t child;

	if (getresuid(&r, &e, &s) || getresgid(&gr, &ge, &gs))
		tst_brk(TBROK | TERRNO, "getresuid/getresgid");
	TST_EXP_EQ(uid, r);
	TST_EXP_EQ(euid, e);
	TST_EXP_EQ(gid, gr);
	TST_EXP_EQ(egid, ge);

	fd = open("/proc/self/status", O_RDONLY);
	if (fd < 0) {
		tst_res(TCONF | TERRNO, "open(/proc/self/status)");
	} else {
		unsigned long a, b, c, d;

		n = (int)SAFE_READ(fd, buf, sizeof(buf) - 1);
		buf[n] = 0;
		SAFE_CLOSE(fd);
		p = strstr(buf, "\nUid:");
		if (p && sscanf(p, "\nUid: %lu %lu %lu %lu", &a, &b, &c, &d) == 4)
			TST_EXP_EXPR(a == (unsigned long)uid && b == (unsigned long)euid,
				     "/proc/self/status Uid: %lu %lu matches %ld %ld",
				     a, b, uid, euid);
		else
			tst_res(TFAIL, "no Uid: line in /proc/self/status");
		p = strstr(buf, "\nGid:");
		if (p && sscanf(p, "\nGid: %lu %lu %lu %lu", &a, &b, &c, &d) == 4)
			TST_EXP_EXPR(a == (unsigned long)gid && b == (unsigned long)egid,
				     "/proc/self/status Gid: %lu %lu matches %ld %ld",
				     a, b, gid, egid);
		else
			tst_res(TFAIL, "no Gid: line in /proc/self/status");
	}

	child = SAFE_FORK();
	if (child == 0)
		_exit(syscall(SYS_getuid) == uid && syscall(SYS_geteuid) == euid &&
		      syscall(SYS_getgid) == gid && syscall(SYS_getegid) == egid
		      ? 0 : 1);
	tst_check_child_exit(child, 0, "child sees the same uid/euid/gid/egid");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
