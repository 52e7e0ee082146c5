// SPDX-License-Identifier: Apache-2.0
/*
 * flock01 - flock(2).
 *
 * Locks belong to the open file description, so two separate open()s of
 * the same file conflict even within one process.
 *
 * Checks:
 *  - two LOCK_SH locks on separate descriptions coexist;
 *  - LOCK_EX|LOCK_NB fails with EWOULDBLOCK while another description holds
 *    LOCK_SH, and succeeds after it is released with LOCK_UN;
 *  - a dup()ed fd shares the lock (re-locking through it succeeds);
 *  - closing the last fd of a description releases its lock;
 *  - an upgrade LOCK_SH -> LOCK_EX on the same description works;
 *  - errors: EBADF (closed fd), EINVAL (operation without LOCK_SH/EX/UN).
 */
#include "tst.h"
#include <sys/file.h>

static void run(void)
{
	int a, b, d;

	tst_write_file("f", "x");
	a = SAFE_OPEN("f", O_RDONLY);
	b = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_PASS(flock(a, LOCK_SH), "flock(a, LOCK_SH)");
	TST_EXP_PASS(flock(b, LOCK_SH | LOCK_NB), "flock(b, LOCK_SH|LOCK_NB) alongside");
	TST_EXP_PASS(flock(b, LOCK_UN), "flock(b, LOCK_UN)");
	TST_EXP_FAIL(flock(b, LOCK_EX | LOCK_NB), EWOULDBLOCK, "flock(b, LOCK_EX|LOCK_NB) vs LOCK_SH");
	TST_EXP_PASS(flock(a, LOCK_EX), "upgrade a to LOCK_EX");
	TST_EXP_FAIL(flock(b, LOCK_SH | LOCK_NB), EWOULDBLOCK, "flock(b, LOCK_SH|LOCK_NB) vs LOCK_EX");
	d = SAFE_DUP(a);
	TST_EXP_PASS(flock(d, LOCK_EX | LOCK_NB), "dup()ed fd shares the lock");
	SAFE_CLOSE(d);
	TST_EXP_FAIL(flock(b, LOCK_EX | LOCK_NB), EWOULDBLOCK, "lock survives closing the dup");
	TST_EXP_PASS(flock(a, LOCK_UN), "flock(a, LOCK_UN)");
	TST_EXP_PASS(flock(b, LOCK_EX | LOCK_NB), "flock(b, LOCK_EX|LOCK_NB) after unlock");
	SAFE_CLOSE(b);
	TST_EXP_PASS(flock(a, LOCK_EX | LOCK_NB), "closing b released its lock");

	TST_EXP_FAIL(flock(a, 0), EINVAL, "flock(a, 0)");
	TST_EXP_FAIL(flock(a, LOCK_NB), EINVAL, "flock(a, LOCK_NB)");
	SAFE_CLOSE(a);
	TST_EXP_FAIL(flock(a, LOCK_SH), EBADF, "flock(closed fd)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
