// SPDX-License-Identifier: Apache-2.0
/*
 * io_submit01 - io_submit(2) with io_getevents(2), Linux native AIO through
 * the raw syscalls (<linux/aio_abi.h>, no libaio).
 *
 * Checks:
 *  - an IOCB_CMD_PREAD of 4096 bytes at offset 4096 of a temp file is
 *    accepted (io_submit returns 1); io_getevents(min 1, max 1) returns one
 *    event whose res is 4096, whose data and obj echo aio_data and the
 *    iocb, and the buffer holds the file's second page;
 *  - an IOCB_CMD_PWRITE followed by a read back through pread(2) puts the
 *    data in the file; a short PREAD at EOF gives res 0;
 *  - io_getevents with nothing outstanding and a zero timeout returns 0;
 *  - io_submit errors: EINVAL (nr -1), EBADF (iocb on fd 1000, not open),
 *    EINVAL (unknown opcode), EBADF (PWRITE on an O_RDONLY fd), EFAULT
 *    (bad iocb array), EINVAL (context 0);
 *  - io_getevents errors: EINVAL (min_nr > nr), EINVAL (context 0).
 * TCONF if the kernel has no AIO (ENOSYS).
 */
#include "tst.h"
#include <linux/aio_abi.h>
#include <time.h>

#define PG 4096

static aio_context_t ctx;
static int rfd, rwfd;
static char filebuf[2 * PG];

static long submit(aio_context_t c, long nr, struct iocb **v)
{
	return syscall(SYS_io_submit, c, nr, v);
}

static long getev(aio_context_t c, long min, long nr, struct io_event *ev, struct timespec *ts)
{
	return syscall(SYS_io_getevents, c, min, nr, ev, ts);
}

static void prep(struct iocb *cb, int op, int fd, void *buf, size_t n, off_t off)
{
	memset(cb, 0, sizeof(*cb));
	cb->aio_lio_opcode = op;
	cb->aio_fildes = fd;
	cb->aio_buf = (uintptr_t)buf;
	cb->aio_nbytes = n;
	cb->aio_offset = off;
	cb->aio_data = 0xfeedULL + op;
}

static void setup(void)
{
	int fd;

	for (unsigned int i = 0; i < sizeof(filebuf); i++)
		filebuf[i] = 'a' + i / PG;
	fd = SAFE_OPEN("file", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	SAFE_WRITE(fd, filebuf, sizeof(filebuf));
	SAFE_CLOSE(fd);
	rfd = SAFE_OPEN("file", O_RDONLY);
	rwfd = SAFE_OPEN("file", O_RDWR);
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
	static char buf[PG], wbuf[PG], back[PG];
	struct iocb cb, *v[1] = { &cb };
	struct io_event ev;
	struct timespec ts = { 1, 0 }, zero = { 0, 0 };

	prep(&cb, IOCB_CMD_PREAD, rfd, buf, PG, PG);
	TST_EXP_VAL(submit(ctx, 1, v), 1, "io_submit(PREAD 4096 @ 4096)");
	memset(&ev, 0, sizeof(ev));
	TST_EXP_VAL(getev(ctx, 1, 1, &ev, &ts), 1, "io_getevents(1, 1)");
	TST_EXP_EXPR(ev.res == PG && ev.data == cb.aio_data && ev.obj == (uintptr_t)&cb,
		     "event res %lld data 0x%llx obj matches %d", (long long)ev.res,
		     (unsigned long long)ev.data, ev.obj == (uintptr_t)&cb);
	TST_EXP_EXPR(!memcmp(buf, filebuf + PG, PG), "read data matches the file");

	memset(wbuf, 'Z', sizeof(wbuf));
	prep(&cb, IOCB_CMD_PWRITE, rwfd, wbuf, PG, 0);
	TST_EXP_VAL(submit(ctx, 1, v), 1, "io_submit(PWRITE 4096 @ 0)");
	TST_EXP_VAL(getev(ctx, 1, 1, &ev, &ts), 1, "io_getevents for the write");
	TST_EXP_EQ(ev.res, PG);
	TST_EXP_VAL(pread(rfd, back, PG, 0), PG, "pread back");
	TST_EXP_EXPR(!memcmp(back, wbuf, PG), "written data in the file");

	prep(&cb, IOCB_CMD_PREAD, rfd, buf, PG, 2 * PG);
	TST_EXP_VAL(submit(ctx, 1, v), 1, "io_submit(PREAD at EOF)");
	TST_EXP_VAL(getev(ctx, 1, 1, &ev, &ts), 1, "io_getevents for the EOF read");
	TST_EXP_EQ(ev.res, 0);
	TST_EXP_VAL(getev(ctx, 0, 1, &ev, &zero), 0, "io_getevents with nothing outstanding");

	TST_EXP_FAIL(submit(ctx, -1, v), EINVAL, "io_submit(nr -1)");
	prep(&cb, IOCB_CMD_PREAD, 1000, buf, PG, 0);
	TST_EXP_FAIL(submit(ctx, 1, v), EBADF, "io_submit(iocb on fd 1000)");
	prep(&cb, 99, rfd, buf, PG, 0);
	TST_EXP_FAIL(submit(ctx, 1, v), EINVAL, "io_submit(opcode 99)");
	prep(&cb, IOCB_CMD_PWRITE, rfd, wbuf, PG, 0);
	TST_EXP_FAIL(submit(ctx, 1, v), EBADF, "io_submit(PWRITE on O_RDONLY fd)");
	TST_EXP_FAIL(submit(ctx, 1, tst_bad_addr()), EFAULT, "io_submit(bad iocb array)");
	prep(&cb, IOCB_CMD_PREAD, rfd, buf, PG, 0);
	TST_EXP_FAIL(submit(0, 1, v), EINVAL, "io_submit(context 0)");
	TST_EXP_FAIL(getev(ctx, 2, 1, &ev, &zero), EINVAL, "io_getevents(min_nr 2 > nr 1)");
	TST_EXP_FAIL(getev(0, 1, 1, &ev, &zero), EINVAL, "io_getevents(context 0)");
}

static struct tst_test test = {
	.setup = setup, .cleanup = cleanup, .test_all = run, .needs_tmpdir = 1,
};
TST_MAIN(test)
