// SPDX-License-Identifier: Apache-2.0
/*
 * seccomp01 - seccomp(2) through the raw syscall, with a hand-written
 * classic BPF filter.
 *
 * Checks:
 *  - SECCOMP_GET_ACTION_AVAIL reports SECCOMP_RET_ERRNO, SECCOMP_RET_ALLOW
 *    and SECCOMP_RET_KILL_PROCESS as available (returns 0); an unknown
 *    action gives EOPNOTSUPP; flags != 0 with it gives EINVAL;
 *  - an unknown operation gives EINVAL;
 *  - in a forked child with PR_SET_NO_NEW_PRIVS: a filter returning
 *    SECCOMP_RET_ERRNO|EPERM for getppid and ALLOW otherwise installs
 *    (returns 0); getppid then fails with EPERM while getpid still works,
 *    and a grandchild forked after it inherits the filter;
 *    PR_GET_SECCOMP then reports mode 2 (filter);
 *  - errors in the child: EFAULT for a bad filter program pointer, EINVAL
 *    for unknown SECCOMP_SET_MODE_FILTER flags and for an empty program
 *    (len 0).
 */
#include "tst.h"
#include <stddef.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>

static long sc(unsigned int op, unsigned int flags, void *args)
{
	return syscall(SYS_seccomp, op, flags, args);
}

static struct sock_filter insns[] = {
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA)),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
};

static const struct {
	unsigned int action;
	const char *name;
} avail[] = {
	{ SECCOMP_RET_ERRNO, "SECCOMP_RET_ERRNO" },
	{ SECCOMP_RET_ALLOW, "SECCOMP_RET_ALLOW" },
	{ SECCOMP_RET_KILL_PROCESS, "SECCOMP_RET_KILL_PROCESS" },
};

static void filtered_child(void)
{
	struct sock_fprog prog = { .len = ARRAY_SIZE(insns), .filter = insns };
	struct sock_fprog empty = { .len = 0, .filter = insns };
	pid_t me = getpid(), gc;

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		tst_brk(TBROK | TERRNO, "prctl(PR_SET_NO_NEW_PRIVS)");
	TST_EXP_FAIL(sc(SECCOMP_SET_MODE_FILTER, 0, tst_bad_addr()), EFAULT,
		     "SET_MODE_FILTER with a bad program pointer");
	TST_EXP_FAIL(sc(SECCOMP_SET_MODE_FILTER, 0x80000000u, &prog), EINVAL,
		     "SET_MODE_FILTER with flag 0x80000000");
	TST_EXP_FAIL(sc(SECCOMP_SET_MODE_FILTER, 0, &empty), EINVAL,
		     "SET_MODE_FILTER with an empty program");
	TST_EXP_PASS(sc(SECCOMP_SET_MODE_FILTER, 0, &prog), "SET_MODE_FILTER(getppid -> EPERM)");
	if (!TST_PASS)
		_exit(0);
	TST_EXP_FAIL(syscall(SYS_getppid), EPERM, "getppid() under the filter");
	TST_EXP_VAL(syscall(SYS_getpid), me, "getpid() under the filter");
	TST_EXP_VAL(prctl(PR_GET_SECCOMP, 0, 0, 0, 0), 2, "PR_GET_SECCOMP reports filter mode");
	gc = fork();
	if (gc == 0)
		_exit(syscall(SYS_getppid) == -1 && errno == EPERM ? 0 : 1);
	if (gc > 0)
		tst_check_child_exit(gc, 0, "grandchild inherits the filter");
	_exit(0);
}

static void run(void)
{
	unsigned int act;
	pid_t pid;

	for (unsigned int i = 0; i < ARRAY_SIZE(avail); i++) {
		act = avail[i].action;
		TST_EXP_PASS(sc(SECCOMP_GET_ACTION_AVAIL, 0, &act),
			     "GET_ACTION_AVAIL(%s)", avail[i].name);
	}
	act = 0x12340000u;
	TST_EXP_FAIL(sc(SECCOMP_GET_ACTION_AVAIL, 0, &act), EOPNOTSUPP,
		     "GET_ACTION_AVAIL(unknown action 0x12340000)");
	act = SECCOMP_RET_ERRNO;
	TST_EXP_FAIL(sc(SECCOMP_GET_ACTION_AVAIL, 1, &act), EINVAL,
		     "GET_ACTION_AVAIL with flags 1");
	TST_EXP_FAIL(sc(99, 0, &act), EINVAL, "seccomp(op 99)");

	pid = SAFE_FORK();
	if (pid == 0)
		filtered_child();
	tst_check_child_exit(pid, 0, "filtered child finished");
	TST_EXP_POSITIVE(syscall(SYS_getppid), "parent's getppid() unaffected");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
