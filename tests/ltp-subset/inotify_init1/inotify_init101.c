// SPDX-License-Identifier: Apache-2.0
/*
 * inotify_init101 - inotify_init1(2).
 *
 * Checks:
 *  - flags 0 returns an fd without FD_CLOEXEC or O_NONBLOCK;
 *  - IN_CLOEXEC sets FD_CLOEXEC; IN_NONBLOCK sets O_NONBLOCK, and a read
 *    with no events gives EAGAIN;
 *  - a read with a buffer smaller than one event gives EINVAL once an event
 *    is queued;
 *  - errors: EINVAL (unknown flag).
 */
#include "tst.h"
#include <sys/inotify.h>

static void run(void)
{
	char buf[256];
	int fd;

	TST_EXP_FD(fd = inotify_init1(0), "inotify_init1(0)");
	TST_EXP_VAL(fcntl(fd, F_GETFD), 0, "no FD_CLOEXEC");
	TST_EXP_VAL(fcntl(fd, F_GETFL) & O_NONBLOCK, 0, "no O_NONBLOCK");
	SAFE_CLOSE(fd);

	TST_EXP_FD(fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK), "inotify_init1(IN_CLOEXEC|IN_NONBLOCK)");
	TST_EXP_VAL(fcntl(fd, F_GETFD), FD_CLOEXEC, "FD_CLOEXEC set");
	TST_EXP_VAL(fcntl(fd, F_GETFL) & O_NONBLOCK, O_NONBLOCK, "O_NONBLOCK set");
	TST_EXP_FAIL(read(fd, buf, sizeof(buf)), EAGAIN, "read() with no events");
	if (inotify_add_watch(fd, ".", IN_CREATE) < 0)
		tst_brk(TBROK | TERRNO, "inotify_add_watch(.)");
	tst_write_file("newfile", "x");
	TST_EXP_FAIL(read(fd, buf, 4), EINVAL, "read() with a 4-byte buffer");
	TST_EXP_POSITIVE(read(fd, buf, sizeof(buf)), "read() with a full buffer");
	SAFE_CLOSE(fd);

	TST_EXP_FAIL(inotify_init1(0x1), EINVAL, "inotify_init1(0x1)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
