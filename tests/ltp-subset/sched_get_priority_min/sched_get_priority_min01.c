// SPDX-License-Identifier: Apache-2.0
/*
 * sched_get_priority_min01 - sched_get_priority_min(2) through the raw
 * syscall.
 *
 * Checks (case table): SCHED_FIFO and SCHED_RR -> 1; SCHED_OTHER,
 * SCHED_BATCH, SCHED_IDLE, SCHED_DEADLINE -> 0; EINVAL for an unknown
 * policy.
 */
#include "tst.h"
#include <sched.h>

#ifndef SCHED_DEADLINE
#define SCHED_DEADLINE 6
#endif

static const struct { int policy; const char *name; int exp; } cases[] = {
	{ SCHED_FIFO, "SCHED_FIFO", 1 }, { SCHED_RR, "SCHED_RR", 1 },
	{ SCHED_OTHER, "SCHED_OTHER", 0 }, { SCHED_BATCH, "SCHED_BATCH", 0 },
	{ SCHED_IDLE, "SCHED_IDLE", 0 }, { SCHED_DEADLINE, "SCHED_DEADLINE", 0 },
};

static void run(unsigned int n)
{
	TST_EXP_VAL(syscall(SYS_sched_get_priority_min, cases[n].policy), cases[n].exp,
		    "sched_get_priority_min(%s)", cases[n].name);
	if (n == ARRAY_SIZE(cases) - 1)
		TST_EXP_FAIL(syscall(SYS_sched_get_priority_min, 1234), EINVAL,
			     "sched_get_priority_min(1234)");
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
