// SPDX-License-Identifier: Apache-2.0
/*
 * fcntl01 - fcntl(2): F_GETFD/F_SETFD, F_GETFL/F_SETFL, F_DUPFD,
 * F_DUPFD_CLOEXEC.
 *
 * Checks:
 *  - F_SETFD FD_CLOEXEC then F_GETFD reads it back; clearing works;
 *  - F_GETFL reports the access mode and O_APPEND/O_NONBLOCK; F_SETFL
 *    changes O_APPEND and O_NONBLOCK but not the access mode;
 *  - F_DUPFD returns the lowest free fd >= arg without FD_CLOEXEC;
 *    F_DUPFD_CLOEXEC sets FD_CLOEXEC;
 *  - EBADF for a closed fd; EINVAL for an unknown command and for
 *    F_DUPFD with a negative arg or one >= RLIMIT_NOFILE.
 */
#include "tst.h"
#include <sys/resource.h>

static void run(void)
{
	int fd = SAFE_OPEN("f", O_RDWR | O_CREAT, 0644), fl;
	struct rlimit rl;

	TST_EXP_VAL(fcntl(fd, F_GETFD), 0, "F_GETFD initially 0");
	TST_EXP_PASS(fcntl(fd, F_SETFD, FD_CLOEXEC), "F_SETFD FD_CLOEXEC");
	TST_EXP_VAL(fcntl(fd, F_GETFD), FD_CLOEXEC, "F_GETFD after set");
	TST_EXP_PASS(fcntl(fd, F_SETFD, 0), "F_SETFD 0");
	TST_EXP_VAL(fcntl(fd, F_GETFD), 0, "F_GETFD after clear");

	fl = fcntl(fd, F_GETFL);
	TST_EXP_EXPR((fl & O_ACCMODE) == O_RDWR && !(fl & (O_APPEND | O_NONBLOCK)),
		     "F_GETFL: O_RDWR without APPEND/NONBLOCK (0x%x)", fl);
	TST_EXP_PASS(fcntl(fd, F_SETFL, O_APPEND | O_NONBLOCK | O_RDONLY),
		     "F_SETFL O_APPEND|O_NONBLOCK|O_RDONLY");
	fl = fcntl(fd, F_GETFL);
	TST_EXP_EXPR((fl & O_APPEND) && (fl & O_NONBLOCK), "O_APPEND and O_NONBLOCK set");
	TST_EXP_EXPR((fl & O_ACCMODE) == O_RDWR, "access mode unchanged by F_SETFL");
	fcntl(fd, F_SETFL, 0);
	TST_EXP_EXPR(!(fcntl(fd, F_GETFL) & (O_APPEND | O_NONBLOCK)), "flags cleared");

	SAFE_DUP2(fd, 70);
	TST_EXP_VAL(fcntl(fd, F_DUPFD, 70), 71, "F_DUPFD(70) skips used fd 70");
	TST_EXP_VAL(fcntl(71, F_GETFD), 0, "F_DUPFD copy has no FD_CLOEXEC");
	TST_EXP_VAL(fcntl(fd, F_DUPFD_CLOEXEC, 70), 72, "F_DUPFD_CLOEXEC(70)");
	TST_EXP_VAL(fcntl(72, F_GETFD), FD_CLOEXEC, "F_DUPFD_CLOEXEC copy has FD_CLOEXEC");
	close(70); close(71); close(72);

	getrlimit(RLIMIT_NOFILE, &rl);
	TST_EXP_FAIL(fcntl(fd, F_DUPFD, -1), EINVAL, "F_DUPFD(-1)");
	TST_EXP_FAIL(fcntl(fd, F_DUPFD, (int)rl.rlim_cur), EINVAL, "F_DUPFD(RLIMIT_NOFILE)");
	TST_EXP_FAIL(syscall(SYS_fcntl, fd, 0x7fff, 0), EINVAL, "fcntl(cmd 0x7fff)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(fcntl(fd, F_GETFD), EBADF, "F_GETFD(closed fd)");
	TST_EXP_FAIL(fcntl(fd, F_GETFL), EBADF, "F_GETFL(closed fd)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
