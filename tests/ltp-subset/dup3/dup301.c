// SPDX-License-Identifier: Apache-2.0
/*
 * dup301 - dup3(2).
 *
 * Checks:
 *  - dup3(old, new, 0) returns new with FD_CLOEXEC clear;
 *  - dup3(old, new, O_CLOEXEC) sets FD_CLOEXEC on new;
 *  - EINVAL: oldfd == newfd; unknown flags;
 *  - EBADF: bad oldfd; negative newfd.
 */
#include "tst.h"

static const struct { int flags; int exp_fd; } cases[] = {
	{ 0, 0 }, { O_CLOEXEC, FD_CLOEXEC },
};

static void run(unsigned int n)
{
	int fd = SAFE_OPEN("/dev/null", O_RDONLY);

	TST_EXP_VAL(dup3(fd, 60, cases[n].flags), 60, "dup3(fd, 60, 0x%x)", cases[n].flags);
	TST_EXP_VAL(fcntl(60, F_GETFD), cases[n].exp_fd, "F_GETFD of the copy");
	if (n == 1) {
		TST_EXP_FAIL(dup3(fd, fd, 0), EINVAL, "dup3(fd, fd, 0)");
		TST_EXP_FAIL(dup3(fd, 61, 0x1), EINVAL, "dup3(flags 1)");
		TST_EXP_FAIL(dup3(999, 61, 0), EBADF, "dup3(bad oldfd)");
		TST_EXP_FAIL(dup3(fd, -1, 0), EBADF, "dup3(fd, -1)");
	}
	close(60);
	SAFE_CLOSE(fd);
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
