// SPDX-License-Identifier: Apache-2.0
/*
 * eventfd201 - eventfd2(2) through the raw syscall.
 *
 * Checks:
 *  - the initial value is read back as an 8-byte counter, then the
 *    counter is 0 (O_NONBLOCK read -> EAGAIN);
 *  - writes add to the counter;
 *  - EFD_SEMAPHORE: each read returns 1 and decrements;
 *  - EFD_CLOEXEC / EFD_NONBLOCK set the fd flags;
 *  - poll reports POLLIN when the counter is non-zero;
 *  - EINVAL: unknown flags; a write of 0xffffffffffffffff; a read or write
 *    of fewer than 8 bytes.
 */
#include "tst.h"
#include <sys/eventfd.h>
#include <poll.h>

static void run(void)
{
	uint64_t v = 0;
	int fd = (int)syscall(SYS_eventfd2, 5, EFD_NONBLOCK | EFD_CLOEXEC), s;
	struct pollfd pf;

	if (fd < 0)
		tst_brk(TBROK | TERRNO, "eventfd2");
	TST_EXP_VAL(fcntl(fd, F_GETFD), FD_CLOEXEC, "EFD_CLOEXEC set");
	TST_EXP_EXPR(fcntl(fd, F_GETFL) & O_NONBLOCK, "EFD_NONBLOCK set");
	TST_EXP_VAL(read(fd, &v, 8), 8, "read counter");
	TST_EXP_EQ(v, 5);
	TST_EXP_FAIL(read(fd, &v, 8), EAGAIN, "read zero counter (nonblocking)");
	v = 3;
	SAFE_WRITE(fd, &v, 8);
	v = 4;
	SAFE_WRITE(fd, &v, 8);
	pf = (struct pollfd){ fd, POLLIN, 0 };
	TST_EXP_VAL(poll(&pf, 1, 0), 1, "POLLIN with non-zero counter");
	read(fd, &v, 8);
	TST_EXP_EQ(v, 7);
	TST_EXP_FAIL(read(fd, &v, 4), EINVAL, "read 4 bytes");
	TST_EXP_FAIL(write(fd, &v, 4), EINVAL, "write 4 bytes");
	v = UINT64_MAX;
	TST_EXP_FAIL(write(fd, &v, 8), EINVAL, "write 0xffffffffffffffff");
	close(fd);

	s = (int)syscall(SYS_eventfd2, 2, EFD_SEMAPHORE | EFD_NONBLOCK);
	TST_EXP_EXPR(read(s, &v, 8) == 8 && v == 1, "EFD_SEMAPHORE read 1 (%llu)",
		     (unsigned long long)v);
	TST_EXP_EXPR(read(s, &v, 8) == 8 && v == 1, "EFD_SEMAPHORE read 1 again");
	TST_EXP_FAIL(read(s, &v, 8), EAGAIN, "EFD_SEMAPHORE exhausted");
	close(s);
	TST_EXP_FAIL(syscall(SYS_eventfd2, 0, 0x10), EINVAL, "eventfd2(flags 0x10)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
