// SPDX-License-Identifier: Apache-2.0
/*
 * eventfd01 - the original eventfd(2) syscall (SYS_eventfd, no flags).
 *
 * Checks:
 *  - the initial count is read back and reading resets it to 0;
 *  - writes add to the counter;
 *  - a read on a zero counter blocks until a child writes (the old
 *    syscall has no EFD_NONBLOCK, so O_NONBLOCK is set with fcntl for the
 *    EAGAIN check);
 *  - writing a value that would overflow past 0xfffffffffffffffe fails
 *    with EAGAIN on a non-blocking fd; writing 0xffffffffffffffff fails
 *    with EINVAL;
 *  - reads and writes of fewer than 8 bytes fail with EINVAL;
 *  - poll reports POLLIN when the count is non-zero;
 *  - the fd has FD_CLOEXEC clear.
 */
#include "tst.h"
#include <poll.h>

static void run(void)
{
	uint64_t v;
	struct pollfd pfd;
	int fd = syscall(SYS_eventfd, 5);
	pid_t pid;

	if (fd < 0)
		tst_brk(TBROK | TERRNO, "eventfd");
	TST_EXP_VAL(fcntl(fd, F_GETFD), 0, "FD_CLOEXEC clear");
	pfd.fd = fd;
	pfd.events = POLLIN;
	TST_EXP_VAL(poll(&pfd, 1, 0), 1, "POLLIN with count 5");
	TST_EXP_VAL(read(fd, &v, 8), 8, "read()");
	TST_EXP_EQ(v, 5);
	v = 3;
	write(fd, &v, 8);
	v = 4;
	write(fd, &v, 8);
	read(fd, &v, 8);
	TST_EXP_EQ(v, 7);

	pid = SAFE_FORK();
	if (pid == 0) {
		uint64_t one = 1;

		usleep(50000);
		_exit(write(fd, &one, 8) == 8 ? 0 : 1);
	}
	TST_EXP_VAL(read(fd, &v, 8), 8, "blocking read woken by a child's write");
	tst_check_child_exit(pid, 0, "child wrote");

	fcntl(fd, F_SETFL, O_NONBLOCK);
	TST_EXP_FAIL(read(fd, &v, 8), EAGAIN, "non-blocking read with count 0");
	v = 0xfffffffffffffffeULL;
	TST_EXP_VAL(write(fd, &v, 8), 8, "write the maximum count");
	v = 1;
	TST_EXP_FAIL(write(fd, &v, 8), EAGAIN, "write that would overflow");
	v = 0xffffffffffffffffULL;
	TST_EXP_FAIL(write(fd, &v, 8), EINVAL, "write 0xffffffffffffffff");
	TST_EXP_FAIL(read(fd, &v, 4), EINVAL, "4-byte read");
	TST_EXP_FAIL(write(fd, &v, 4), EINVAL, "4-byte write");
	close(fd);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
