// SPDX-License-Identifier: Apache-2.0
/*
 * close01 - close(2).
 *
 * Checks:
 *  - closing an fd makes it invalid (fcntl F_GETFD -> EBADF) and frees
 *    the number for reuse (lowest free fd is handed out again);
 *  - closing one of two dup'ed fds leaves the other usable;
 *  - closing the last write end of a pipe gives the reader EOF;
 *  - EBADF for a closed fd, for -1 and for a huge fd.
 */
#include "tst.h"

static void run(void)
{
	int fd = SAFE_OPEN("/dev/null", O_RDONLY), fd2, p[2];
	char c;

	TST_EXP_PASS(close(fd), "close(fd %d)", fd);
	TST_EXP_FAIL(fcntl(fd, F_GETFD), EBADF, "fd invalid after close");
	TST_EXP_VAL(open("/dev/null", O_RDONLY), fd, "fd number reused by open");
	fd2 = SAFE_DUP(fd);
	TST_EXP_PASS(close(fd), "close original of a dup");
	TST_EXP_VAL(fcntl(fd2, F_GETFD), 0, "dup still valid");
	SAFE_CLOSE(fd2);

	SAFE_PIPE(p);
	TST_EXP_PASS(close(p[1]), "close(pipe write end)");
	TST_EXP_VAL(read(p[0], &c, 1), 0, "reader gets EOF");
	SAFE_CLOSE(p[0]);

	TST_EXP_FAIL(close(fd), EBADF, "close(closed fd)");
	TST_EXP_FAIL(close(-1), EBADF, "close(-1)");
	TST_EXP_FAIL(close(1 << 30), EBADF, "close(1 << 30)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
