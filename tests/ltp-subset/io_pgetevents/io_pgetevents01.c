// SPDX-License-Identifier: Apache-2.0
/*
 * io_pgetevents01 - io_pgetevents(2), Linux native AIO through the raw
 * syscalls (<linux/aio_abi.h>, no libaio).
 *
 * Checks:
 *  - with a NULL sigmask argument it behaves like io_getevents: an
 *    IOCB_CMD_PREAD of a temp file is collected as one event whose res is
 *    the number of bytes read, whose data echoes aio_data, and the buffer
 *    holds the file's contents;
 *  - with a struct __aio_sigset whose sigmask pointer is NULL, and with one
 *    whose sigmask blocks nothing, it collects events the same way;
 *  - with nothing outstanding and a zero timeout it returns 0;
 *  - errors: EINVAL (sigsetsize 4 with a non-NULL mask), EINVAL (min_nr >
 *    nr), EINVAL (context 0), EFAULT (bad __aio_sigset pointer).
 * TCONF if the kernel has no AIO (ENOSYS).
 */
#include "tst.h"
#include <linux/aio_abi.h>
#include <time.h>

struct aio_sigset {
	const sigset_t *sigmask;
	size_t sigsetsize;
};

static aio_context_t ctx;
static int fd;
static const char data[] = "io_pgetevents payload";

static long pgetev(aio_context_t c, long min, long nr, struct io_event *ev,
		   struct timespec *ts, const struct aio_sigset *ss)
{
	return syscall(SYS_io_pgetevents, c, min, nr, ev, ts, ss);
}

static void setup(void)
{
	tst_write_file("file", data);
	fd = SAFE_OPEN("file", O_RDONLY);
	if (syscall(SYS_io_setup, 8, &ctx) == -1) {
		if (errno == ENOSYS)
			tst_brk(TCONF, "no native AIO (io_setup: ENOSYS)");
		tst_brk(TBROK | TERRNO, "io_setup");
	}
}

static void cleanup(void)
{
	if (ctx)
		syscall(SYS_io_destroy, ctx);
}

static void submit_read(struct iocb *cb, char *buf, size_t n, unsigned long long tag)
{
	struct iocb *v[1] = { cb };

	memset(cb, 0, sizeof(*cb));
	memset(buf, 0, n);
	cb->aio_lio_opcode = IOCB_CMD_PREAD;
	cb->aio_fildes = fd;
	cb->aio_buf = (uintptr_t)buf;
	cb->aio_nbytes = n;
	cb->aio_data = tag;
	if (syscall(SYS_io_submit, ctx, 1L, v) != 1)
		tst_brk(TBROK | TERRNO, "io_submit");
}

static void run(void)
{
	static char buf[64];
	struct iocb cb;
	struct io_event ev;
	struct timespec ts = { 1, 0 }, zero = { 0, 0 };
	sigset_t none;
	struct aio_sigset nullmask = { NULL, 8 }, empty = { &none, 8 }, bad = { &none, 4 };
	long len = sizeof(data) - 1;

	sigemptyset(&none);
	submit_read(&cb, buf, sizeof(buf), 1);
	memset(&ev, 0, sizeof(ev));
	TST_EXP_VAL(pgetev(ctx, 1, 1, &ev, &ts, NULL), 1, "io_pgetevents(usig NULL)");
	TST_EXP_EXPR(ev.res == len && ev.data == 1 && !memcmp(buf, data, len),
		     "event res %lld (want %ld) data %llu, buffer matches",
		     (long long)ev.res, len, (unsigned long long)ev.data);

	submit_read(&cb, buf, sizeof(buf), 2);
	TST_EXP_VAL(pgetev(ctx, 1, 1, &ev, &ts, &nullmask), 1, "io_pgetevents(sigmask NULL)");
	TST_EXP_EXPR(ev.res == len && ev.data == 2, "event res %lld data %llu",
		     (long long)ev.res, (unsigned long long)ev.data);
	submit_read(&cb, buf, sizeof(buf), 3);
	TST_EXP_VAL(pgetev(ctx, 1, 1, &ev, &ts, &empty), 1, "io_pgetevents(empty sigmask)");
	TST_EXP_EXPR(ev.res == len && ev.data == 3, "event res %lld data %llu",
		     (long long)ev.res, (unsigned long long)ev.data);
	TST_EXP_VAL(pgetev(ctx, 0, 1, &ev, &zero, NULL), 0, "nothing outstanding");

	TST_EXP_FAIL(pgetev(ctx, 0, 1, &ev, &zero, &bad), EINVAL, "sigsetsize 4");
	TST_EXP_FAIL(pgetev(ctx, 2, 1, &ev, &zero, NULL), EINVAL, "min_nr 2 > nr 1");
	TST_EXP_FAIL(pgetev(0, 1, 1, &ev, &zero, NULL), EINVAL, "context 0");
	TST_EXP_FAIL(pgetev(ctx, 0, 1, &ev, &zero, tst_bad_addr()), EFAULT,
		     "bad __aio_sigset pointer");
}

static struct tst_test test = {
	.setup = setup, .cleanup = cleanup, .test_all = run, .needs_tmpdir = 1,
};
TST_MAIN(test)
