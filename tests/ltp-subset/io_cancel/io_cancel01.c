// SPDX-License-Identifier: Apache-2.0
/*
 * io_cancel01 - io_cancel(2), Linux native AIO through the raw syscalls
 * (<linux/aio_abi.h>, no libaio).
 *
 * Checks:
 *  - cancelling an IOCB_CMD_PREAD on a regular file that has already
 *    completed (and been reaped) fails: the man page lists EAGAIN for "not
 *    canceled", Linux answers EINVAL for an iocb it no longer tracks; either
 *    is accepted;
 *  - an IOCB_CMD_POLL for POLLIN on an empty pipe stays outstanding
 *    (io_getevents with a zero timeout returns 0); io_cancel on it fails
 *    with EINPROGRESS (Linux >= 4.19 delivers the result of a cancelled
 *    request through the ring, never in the result argument), and the
 *    completion then shows up in io_getevents with the iocb as obj;
 *    cancelling it again fails with EINVAL;
 *  - errors: EINVAL (an iocb that was never submitted, with a bogus
 *    aio_key), EINVAL (context 0), EFAULT (bad iocb pointer).
 * TCONF if the kernel has no AIO (ENOSYS).
 */
#include "tst.h"
#include <linux/aio_abi.h>
#include <poll.h>
#include <time.h>

static aio_context_t ctx;
static int fd, p[2];

static long cancel(aio_context_t c, struct iocb *cb, struct io_event *ev)
{
	return syscall(SYS_io_cancel, c, cb, ev);
}

static long getev(long min, long nr, struct io_event *ev, struct timespec *ts)
{
	return syscall(SYS_io_getevents, ctx, min, nr, ev, ts);
}

static void setup(void)
{
	tst_write_file("file", "some data for the aio read");
	fd = SAFE_OPEN("file", O_RDONLY);
	SAFE_PIPE(p);
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

static void run(void)
{
	static char buf[64];
	struct iocb cb, pcb, never, *v[1];
	struct io_event ev, cev;
	struct timespec ts = { 1, 0 }, zero = { 0, 0 };
	long r;

	memset(&cb, 0, sizeof(cb));
	cb.aio_lio_opcode = IOCB_CMD_PREAD;
	cb.aio_fildes = fd;
	cb.aio_buf = (uintptr_t)buf;
	cb.aio_nbytes = sizeof(buf);
	v[0] = &cb;
	TST_EXP_VAL(syscall(SYS_io_submit, ctx, 1L, v), 1, "io_submit(PREAD)");
	TST_EXP_VAL(getev(1, 1, &ev, &ts), 1, "io_getevents reaps the read");
	errno = 0;
	r = cancel(ctx, &cb, &cev);
	TST_EXP_EXPR(r == -1 && (errno == EINVAL || errno == EAGAIN),
		     "io_cancel(completed PREAD): %ld, %s", r, tst_errno_name(errno));

	memset(&pcb, 0, sizeof(pcb));
	pcb.aio_lio_opcode = IOCB_CMD_POLL;
	pcb.aio_fildes = p[0];
	pcb.aio_buf = POLLIN;
	pcb.aio_data = 0xabc;
	v[0] = &pcb;
	TST_EXP_VAL(syscall(SYS_io_submit, ctx, 1L, v), 1, "io_submit(POLL on empty pipe)");
	TST_EXP_VAL(getev(0, 1, &ev, &zero), 0, "poll still outstanding");
	TST_EXP_FAIL(cancel(ctx, &pcb, &cev), EINPROGRESS, "io_cancel(outstanding POLL)");
	memset(&ev, 0, sizeof(ev));
	TST_EXP_VAL(getev(1, 1, &ev, &ts), 1, "cancelled POLL completes");
	TST_EXP_EXPR(ev.obj == (uintptr_t)&pcb && ev.data == 0xabc,
		     "completion for the POLL iocb (res %lld)", (long long)ev.res);
	TST_EXP_FAIL(cancel(ctx, &pcb, &cev), EINVAL, "io_cancel(POLL already cancelled)");

	memset(&never, 0, sizeof(never));
	never.aio_key = 0x12345;
	TST_EXP_FAIL(cancel(ctx, &never, &cev), EINVAL, "io_cancel(iocb never submitted)");
	TST_EXP_FAIL(cancel(0, &cb, &cev), EINVAL, "io_cancel(context 0)");
	TST_EXP_FAIL(cancel(ctx, tst_bad_addr(), &cev), EFAULT, "io_cancel(bad iocb pointer)");
}

static struct tst_test test = {
	.setup = setup, .cleanup = cleanup, .test_all = run, .needs_tmpdir = 1,
};
TST_MAIN(test)
