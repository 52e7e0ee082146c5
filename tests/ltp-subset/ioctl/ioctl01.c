// SPDX-License-Identifier: Apache-2.0
/*
 * ioctl01 - generic ioctl(2) requests.
 *
 * Checks:
 *  - FIONREAD on a pipe returns the number of unread bytes;
 *  - FIONBIO sets and clears O_NONBLOCK;
 *  - FIOCLEX / FIONCLEX set and clear FD_CLOEXEC;
 *  - TCGETS on a pipe and a regular file -> ENOTTY;
 *  - EBADF for a closed fd; EFAULT for FIONREAD with a bad pointer.
 */
#include "tst.h"
#include <sys/ioctl.h>
#include <termios.h>

static void run(void)
{
	int p[2], n = -1, on = 1, off = 0, f;
	struct termios t;

	SAFE_PIPE(p);
	SAFE_WRITE(p[1], "hello", 5);
	TST_EXP_PASS(ioctl(p[0], FIONREAD, &n), "FIONREAD");
	TST_EXP_EQ(n, 5);
	TST_EXP_PASS(ioctl(p[0], FIONBIO, &on), "FIONBIO 1");
	TST_EXP_EXPR(fcntl(p[0], F_GETFL) & O_NONBLOCK, "O_NONBLOCK set");
	TST_EXP_PASS(ioctl(p[0], FIONBIO, &off), "FIONBIO 0");
	TST_EXP_EXPR(!(fcntl(p[0], F_GETFL) & O_NONBLOCK), "O_NONBLOCK cleared");
	TST_EXP_PASS(ioctl(p[0], FIOCLEX), "FIOCLEX");
	TST_EXP_VAL(fcntl(p[0], F_GETFD), FD_CLOEXEC, "FD_CLOEXEC set");
	TST_EXP_PASS(ioctl(p[0], FIONCLEX), "FIONCLEX");
	TST_EXP_VAL(fcntl(p[0], F_GETFD), 0, "FD_CLOEXEC cleared");
	TST_EXP_FAIL(ioctl(p[0], TCGETS, &t), ENOTTY, "TCGETS on a pipe");
	tst_write_file("f", "x");
	f = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_FAIL(ioctl(f, TCGETS, &t), ENOTTY, "TCGETS on a regular file");
	TST_EXP_FAIL(ioctl(p[0], FIONREAD, tst_bad_addr()), EFAULT, "FIONREAD(bad)");
	SAFE_CLOSE(f);
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	TST_EXP_FAIL(ioctl(p[0], FIONREAD, &n), EBADF, "FIONREAD(closed fd)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
