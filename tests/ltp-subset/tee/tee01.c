// SPDX-License-Identifier: Apache-2.0
/*
 * tee01 - tee(2).
 *
 * Checks:
 *  - tee() duplicates up to len bytes from one pipe to another without
 *    consuming them: both pipes then read the same data;
 *  - len smaller than the available data copies only len bytes;
 *  - an empty input pipe with SPLICE_F_NONBLOCK gives EAGAIN;
 *  - errors: EINVAL (an fd that is not a pipe; both ends of the same pipe),
 *    EBADF (closed fd; the write end used as input).
 */
#include "tst.h"

static void run(void)
{
	char a[32] = "", b[32] = "";
	int p[2], q[2], fd;

	SAFE_PIPE(p);
	SAFE_PIPE(q);
	SAFE_WRITE(p[1], "teedata", 7);
	TST_EXP_VAL(tee(p[0], q[1], 100, 0), 7, "tee(p -> q, 100)");
	TST_EXP_VAL(read(q[0], b, sizeof(b)), 7, "q holds 7 bytes");
	TST_EXP_VAL(read(p[0], a, sizeof(a)), 7, "p still holds 7 bytes");
	TST_EXP_EXPR(!memcmp(a, "teedata", 7) && !memcmp(b, "teedata", 7), "same data in both pipes");

	SAFE_WRITE(p[1], "abcdef", 6);
	TST_EXP_VAL(tee(p[0], q[1], 3, 0), 3, "tee(p -> q, 3)");
	TST_EXP_VAL(read(q[0], b, sizeof(b)), 3, "q got 3 bytes");
	TST_EXP_VAL(read(p[0], a, sizeof(a)), 6, "p kept all 6");

	TST_EXP_FAIL(tee(p[0], q[1], 10, SPLICE_F_NONBLOCK), EAGAIN, "tee(empty pipe, SPLICE_F_NONBLOCK)");
	fd = SAFE_OPEN("f", O_RDWR | O_CREAT, 0600);
	TST_EXP_FAIL(tee(fd, q[1], 10, 0), EINVAL, "tee(file -> pipe)");
	TST_EXP_FAIL(tee(p[0], fd, 10, 0), EINVAL, "tee(pipe -> file)");
	TST_EXP_FAIL(tee(p[0], p[1], 10, 0), EINVAL, "tee(same pipe)");
	TST_EXP_FAIL(tee(p[1], q[1], 10, 0), EBADF, "tee(write end as input)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(tee(fd, q[1], 10, 0), EBADF, "tee(closed fd)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	SAFE_CLOSE(q[0]);
	SAFE_CLOSE(q[1]);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
