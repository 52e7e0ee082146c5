// SPDX-License-Identifier: Apache-2.0
/*
 * io_setup01 - io_setup(2) and io_destroy(2), Linux native AIO through the
 * raw syscalls (<linux/aio_abi.h>, no libaio).
 *
 * Checks:
 *  - io_setup(16, &ctx) with ctx zeroed returns 0 and a nonzero context;
 *    a second context is distinct; io_destroy of each returns 0;
 *  - io_destroy of an already destroyed context fails with EINVAL, and so
 *    does io_destroy(0);
 *  - io_setup errors: EINVAL (nr_events 0), EINVAL (ctx not zero on input),
 *    EFAULT (bad ctx pointer).
 * TCONF if the kernel has no AIO (ENOSYS).
 */
#include "tst.h"
#include <linux/aio_abi.h>

static long setup_(unsigned int nr, aio_context_t *ctx)
{
	return syscall(SYS_io_setup, nr, ctx);
}

static long destroy_(aio_context_t ctx)
{
	return syscall(SYS_io_destroy, ctx);
}

static void run(void)
{
	aio_context_t ctx = 0, ctx2 = 0, dead;

	if (setup_(16, &ctx) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "no native AIO (io_setup: ENOSYS)");
	TST_EXP_EXPR(ctx != 0, "io_setup(16) gave context 0x%llx", (unsigned long long)ctx);
	TST_EXP_PASS(setup_(16, &ctx2), "second io_setup(16)");
	TST_EXP_EXPR(ctx2 != 0 && ctx2 != ctx, "contexts distinct");
	TST_EXP_PASS(destroy_(ctx2), "io_destroy(second)");
	TST_EXP_PASS(destroy_(ctx), "io_destroy(first)");
	dead = ctx;
	TST_EXP_FAIL(destroy_(dead), EINVAL, "io_destroy(destroyed context)");
	TST_EXP_FAIL(destroy_(0), EINVAL, "io_destroy(0)");

	ctx = 0;
	TST_EXP_FAIL(setup_(0, &ctx), EINVAL, "io_setup(nr_events 0)");
	ctx = 1;
	TST_EXP_FAIL(setup_(16, &ctx), EINVAL, "io_setup(ctx not zeroed)");
	TST_EXP_FAIL(setup_(16, tst_bad_addr()), EFAULT, "io_setup(bad ctx pointer)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
