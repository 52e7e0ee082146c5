// SPDX-License-Identifier: Apache-2.0
/*
 * rseq01 - rseq(2) through the raw syscall.
 *
 * glibc >= 2.35 registers an rseq area per thread; the test works with it
 * when present.  ENOSYS (e.g. under a sandbox) is TCONF.
 *
 * Checks:
 *  - while an area is registered: same area+sig -> EBUSY, a different
 *    area -> EINVAL, a different signature -> EPERM;
 *  - unregistering with the wrong signature -> EPERM; with the right one
 *    -> 0, and cpu_id becomes RSEQ_CPU_ID_UNINITIALIZED (-1);
 *  - registering our own 32-byte aligned area -> 0, and after return
 *    cpu_id and cpu_id_start hold a valid cpu number (< CPU count);
 *  - EINVAL for unknown flags, a wrong length, a misaligned area.
 */
#include "tst.h"
#include <linux/rseq.h>
#include <sys/rseq.h>
#include <sched.h>

#define SIG 0x53053053

static struct rseq mine __attribute__((aligned(32)));
static char misaligned_buf[64] __attribute__((aligned(32)));

static long rseq_call(void *a, unsigned int len, int flags, unsigned int sig)
{
	return syscall(SYS_rseq, a, len, flags, sig);
}

static void run(void)
{
	unsigned int len = 32;
	long ncpu = sysconf(_SC_NPROCESSORS_CONF);

	if (__rseq_size > 0) {
		struct rseq *g = (struct rseq *)((char *)__builtin_thread_pointer()
						 + __rseq_offset);
		/* glibc registers with len 32 (the original ABI size) */
		unsigned int glen = 32;
		tst_res(TINFO, "glibc registered rseq area %p", (void *)g);
		TST_EXP_FAIL(rseq_call(g, glen, 0, RSEQ_SIG), EBUSY,
			     "rseq(registered area, same sig)");
		TST_EXP_FAIL(rseq_call(&mine, glen, 0, RSEQ_SIG), EINVAL,
			     "rseq(other area while registered)");
		TST_EXP_FAIL(rseq_call(g, glen, 0, RSEQ_SIG + 1), EPERM,
			     "rseq(registered area, other sig)");
		TST_EXP_FAIL(rseq_call(g, glen, RSEQ_FLAG_UNREGISTER, RSEQ_SIG + 1),
			     EPERM, "rseq(UNREGISTER, wrong sig)");
		TST_EXP_PASS(rseq_call(g, glen, RSEQ_FLAG_UNREGISTER, RSEQ_SIG),
			     "rseq(UNREGISTER glibc area)");
		TST_EXP_EXPR((int)g->cpu_id == RSEQ_CPU_ID_UNINITIALIZED,
			     "cpu_id after unregister is %d", (int)g->cpu_id);
	} else {
		errno = 0;
		if (rseq_call(&mine, len, 0, SIG) == -1 && errno == ENOSYS)
			tst_brk(TCONF, "rseq not implemented (ENOSYS)");
		rseq_call(&mine, len, RSEQ_FLAG_UNREGISTER, SIG);
	}

	TST_EXP_FAIL(rseq_call(&mine, len, 4, SIG), EINVAL, "rseq(flags 4)");
	TST_EXP_FAIL(rseq_call(&mine, 16, 0, SIG), EINVAL, "rseq(len 16)");
	TST_EXP_FAIL(rseq_call(misaligned_buf + 8, len, 0, SIG), EINVAL,
		     "rseq(misaligned area)");

	mine.cpu_id = RSEQ_CPU_ID_UNINITIALIZED;
	mine.cpu_id_start = 0xffff;
	TST_EXP_PASS(rseq_call(&mine, len, 0, SIG), "rseq(own area, 32)");
	if (TST_PASS) {
		TST_EXP_EXPR((int)mine.cpu_id >= 0 && mine.cpu_id < ncpu,
			     "cpu_id %d valid (ncpu %ld)", (int)mine.cpu_id, ncpu);
		TST_EXP_EXPR(mine.cpu_id_start < ncpu, "cpu_id_start %u valid",
			     mine.cpu_id_start);
		TST_EXP_PASS(rseq_call(&mine, len, RSEQ_FLAG_UNREGISTER, SIG),
			     "rseq(UNREGISTER own area)");
	}
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
