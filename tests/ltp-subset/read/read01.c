// SPDX-License-Identifier: Apache-2.0
/*
 * read01 - read(2).
 *
 * Checks:
 *  - reading a file returns its bytes and advances the offset;
 *  - a read at EOF returns 0; a request larger than what remains returns
 *    a short count;
 *  - reading a pipe returns what is available (short read);
 *  - errors: EBADF (closed fd; fd opened O_WRONLY), EISDIR (directory),
 *    EFAULT (bad buffer), EAGAIN (empty O_NONBLOCK pipe), EINVAL
 *    (O_DIRECT-free case: an eventfd read with a buffer smaller than 8).
 */
#include "tst.h"
#include <sys/eventfd.h>

static void run(void)
{
	char buf[64];
	int fd, wfd, dfd, p[2], efd;

	tst_write_file("f", "0123456789");
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_VAL(read(fd, buf, 4), 4, "read(4)");
	TST_EXP_EXPR(!memcmp(buf, "0123", 4), "got \"0123\"");
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 4, "offset advanced to 4");
	TST_EXP_VAL(read(fd, buf, sizeof(buf)), 6, "read past the end is short");
	TST_EXP_VAL(read(fd, buf, sizeof(buf)), 0, "read at EOF returns 0");
	SAFE_LSEEK(fd, 0, SEEK_SET);
	TST_EXP_FAIL(read(fd, tst_bad_addr(), 4), EFAULT, "read(bad buffer)");

	SAFE_PIPE2(p, O_NONBLOCK);
	SAFE_WRITE(p[1], "ab", 2);
	TST_EXP_VAL(read(p[0], buf, sizeof(buf)), 2, "pipe read returns available bytes");
	TST_EXP_FAIL(read(p[0], buf, sizeof(buf)), EAGAIN, "read(empty O_NONBLOCK pipe)");

	wfd = SAFE_OPEN("f", O_WRONLY);
	TST_EXP_FAIL(read(wfd, buf, 1), EBADF, "read(O_WRONLY fd)");
	dfd = SAFE_OPEN(".", O_RDONLY | O_DIRECTORY);
	TST_EXP_FAIL(read(dfd, buf, 1), EISDIR, "read(directory)");
	efd = eventfd(1, 0);
	if (efd < 0)
		tst_res(TCONF | TERRNO, "eventfd");
	else
		TST_EXP_FAIL(read(efd, buf, 4), EINVAL, "read(eventfd, 4 bytes)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(read(fd, buf, 1), EBADF, "read(closed fd)");
	SAFE_CLOSE(wfd);
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
