// SPDX-License-Identifier: Apache-2.0
/*
 * ioprio_get01 - ioprio_get(2).
 *
 * Checks, one case per "which":
 *  - IOPRIO_WHO_PROCESS, IOPRIO_WHO_PGRP and IOPRIO_WHO_USER with who 0
 *    return a valid priority (class NONE, RT, BE or IDLE; level 0-7);
 *  - a child that set IOPRIO_CLASS_BE level 6 is read back by pid;
 *  - errors: EINVAL (which 99), ESRCH (pid of a reaped child).
 */
#include "tst.h"

#define IOPRIO_CLASS_SHIFT 13
#define IOPRIO_PRIO_VALUE(c, d) (((c) << IOPRIO_CLASS_SHIFT) | (d))
#define IOPRIO_WHO_PROCESS 1
#define IOPRIO_WHO_PGRP 2
#define IOPRIO_WHO_USER 3
#define IOPRIO_CLASS_BE 2

static long ioprio_get(int which, int who) { return syscall(SYS_ioprio_get, which, who); }

static const struct tcase {
	const char *name;
	int which;
} cases[] = {
	{ "IOPRIO_WHO_PROCESS", IOPRIO_WHO_PROCESS },
	{ "IOPRIO_WHO_PGRP", IOPRIO_WHO_PGRP },
	{ "IOPRIO_WHO_USER", IOPRIO_WHO_USER },
};

static void run(unsigned int n)
{
	long v = ioprio_get(cases[n].which, 0);
	int go[2], rd[2];
	char c = 0;
	pid_t pid;

	TST_EXP_EXPR(v >= 0 && (v >> IOPRIO_CLASS_SHIFT) <= 3 && (v & 0xff) <= 7,
		     "ioprio_get(%s, 0) = class %ld level %ld", cases[n].name,
		     v >> IOPRIO_CLASS_SHIFT, v & 0xff);
	if (n)
		return;
	SAFE_PIPE(go);
	SAFE_PIPE(rd);
	pid = SAFE_FORK();
	if (pid == 0) {
		syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 6));
		SAFE_WRITE(rd[1], &c, 1);
		SAFE_READ(go[0], &c, 1);
		_exit(0);
	}
	SAFE_READ(rd[0], &c, 1);
	TST_EXP_VAL(ioprio_get(IOPRIO_WHO_PROCESS, pid), IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 6),
		    "ioprio_get(child) reads BE level 6");
	SAFE_WRITE(go[1], &c, 1);
	SAFE_WAITPID(pid, NULL, 0);
	TST_EXP_FAIL(ioprio_get(IOPRIO_WHO_PROCESS, pid), ESRCH, "ioprio_get(reaped child)");
	TST_EXP_FAIL(ioprio_get(99, 0), EINVAL, "ioprio_get(which 99)");
	close(go[0]);
	close(go[1]);
	close(rd[0]);
	close(rd[1]);
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
