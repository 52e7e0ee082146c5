// SPDX-License-Identifier: Apache-2.0
/*
 * fanotify_init01 - fanotify_init(2) (nr 300) through the raw syscall, in
 * the mode an unprivileged user may use (Linux 5.13+): FAN_CLASS_NOTIF
 * with FAN_REPORT_FID.
 *
 * Checks:
 *  - fanotify_init(FAN_CLASS_NOTIF | FAN_REPORT_FID | FAN_CLOEXEC |
 *    FAN_NONBLOCK, O_RDONLY) returns an fd with FD_CLOEXEC set and
 *    O_NONBLOCK in its status flags; reading it with no event queued
 *    fails with EAGAIN;
 *  - errors (each with FAN_REPORT_FID set, so that an unprivileged caller
 *    gets past the privilege check, which comes first and gives EPERM):
 *    EINVAL (unknown flag bit 0x80000000), EINVAL (FAN_REPORT_NAME
 *    without FAN_REPORT_DIR_FID), EINVAL (FAN_REPORT_TARGET_FID without
 *    FAN_REPORT_DIR_FID and FAN_REPORT_NAME).
 * TCONF if the syscall is missing (ENOSYS) or the FID mode is refused
 * (EPERM without CAP_SYS_ADMIN on kernels before 5.13, EINVAL without
 * FAN_REPORT_FID support).
 */
#include "tst.h"

#define FAN_CLOEXEC_ 0x1
#define FAN_NONBLOCK_ 0x2
#define FAN_CLASS_NOTIF_ 0x0
#define FAN_REPORT_FID_ 0x200
#define FAN_REPORT_DIR_FID_ 0x400
#define FAN_REPORT_NAME_ 0x800
#define FAN_REPORT_TARGET_FID_ 0x1000

static long fi(unsigned int fl, unsigned int evfl)
{
	return syscall(__NR_fanotify_init, fl, evfl);
}

static void run(void)
{
	char buf[256];
	int fd;

	fd = fi(FAN_CLASS_NOTIF_ | FAN_REPORT_FID_ | FAN_CLOEXEC_ | FAN_NONBLOCK_, O_RDONLY);
	if (fd < 0 && (errno == ENOSYS || errno == EPERM || errno == EINVAL))
		tst_brk(TCONF | TERRNO, "fanotify_init(FAN_CLASS_NOTIF | FAN_REPORT_FID)");
	TST_EXP_FD(fd, "fanotify_init(FAN_CLASS_NOTIF | FAN_REPORT_FID | FAN_CLOEXEC | FAN_NONBLOCK)");
	if (fd >= 0) {
		TST_EXP_EXPR(fcntl(fd, F_GETFD) & FD_CLOEXEC, "FD_CLOEXEC is set");
		TST_EXP_EXPR(fcntl(fd, F_GETFL) & O_NONBLOCK, "O_NONBLOCK is set");
		TST_EXP_FAIL(read(fd, buf, sizeof(buf)), EAGAIN, "read(empty queue, nonblocking)");
		SAFE_CLOSE(fd);
	}

	TST_EXP_FAIL(fi(FAN_REPORT_FID_ | 0x80000000, O_RDONLY), EINVAL,
		     "fanotify_init(FAN_REPORT_FID | flag 0x80000000)");
	TST_EXP_FAIL(fi(FAN_CLASS_NOTIF_ | FAN_REPORT_FID_ | FAN_REPORT_NAME_, O_RDONLY), EINVAL,
		     "fanotify_init(FAN_REPORT_NAME without FAN_REPORT_DIR_FID)");
	TST_EXP_FAIL(fi(FAN_REPORT_FID_ | FAN_REPORT_TARGET_FID_, O_RDONLY), EINVAL,
		     "fanotify_init(FAN_REPORT_TARGET_FID without DIR_FID and NAME)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
