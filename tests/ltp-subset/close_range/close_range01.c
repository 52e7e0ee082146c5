// SPDX-License-Identifier: Apache-2.0
/*
 * close_range01 - close_range(2) through the raw syscall.  ENOSYS is TCONF.
 *
 * Checks:
 *  - close_range(a, b, 0) closes exactly fds a..b, leaving the others;
 *  - a range beyond the open fds (up to ~0U) succeeds;
 *  - CLOSE_RANGE_CLOEXEC marks the fds close-on-exec instead of closing;
 *  - CLOSE_RANGE_UNSHARE in a CLONE_FILES-free child works;
 *  - EINVAL: first > last; unknown flags.
 */
#include "tst.h"
#include <linux/close_range.h>

static int base;

static void open_block(void)
{
	for (int i = 0; i < 5; i++)
		SAFE_DUP2(0, base + i);
}

static int is_open(int fd) { return fcntl(fd, F_GETFD) != -1; }

static void run(void)
{
	pid_t pid;

	base = 100;
	errno = 0;
	if (syscall(SYS_close_range, 1000, 1000, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "close_range not implemented");
	open_block();
	TST_EXP_PASS(syscall(SYS_close_range, base + 1, base + 3, 0),
		     "close_range(101, 103, 0)");
	TST_EXP_EXPR(is_open(base) && !is_open(base + 1) && !is_open(base + 2) &&
		     !is_open(base + 3) && is_open(base + 4),
		     "exactly fds 101..103 were closed");
	TST_EXP_PASS(syscall(SYS_close_range, base, ~0U, 0), "close_range(100, ~0U, 0)");
	TST_EXP_EXPR(!is_open(base) && !is_open(base + 4) && is_open(0),
		     "fds >= 100 closed, fd 0 kept");

	open_block();
	TST_EXP_PASS(syscall(SYS_close_range, base, base + 4, CLOSE_RANGE_CLOEXEC),
		     "close_range(CLOSE_RANGE_CLOEXEC)");
	TST_EXP_EXPR(fcntl(base, F_GETFD) == FD_CLOEXEC &&
		     fcntl(base + 4, F_GETFD) == FD_CLOEXEC,
		     "fds kept open with FD_CLOEXEC");
	TST_EXP_EXPR(fcntl(0, F_GETFD) == 0, "fd 0 outside the range unchanged");

	pid = SAFE_FORK();
	if (pid == 0) {
		if (syscall(SYS_close_range, base, base + 4, CLOSE_RANGE_UNSHARE))
			_exit(1);
		_exit(is_open(base) ? 2 : 0);
	}
	tst_check_child_exit(pid, 0, "close_range(CLOSE_RANGE_UNSHARE) in child");
	TST_EXP_EXPR(is_open(base), "parent's fds unaffected by the child");
	syscall(SYS_close_range, base, base + 4, 0);

	TST_EXP_FAIL(syscall(SYS_close_range, 10, 5, 0), EINVAL, "close_range(10, 5)");
	TST_EXP_FAIL(syscall(SYS_close_range, 10, 20, 0x100), EINVAL,
		     "close_range(flags 0x100)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
