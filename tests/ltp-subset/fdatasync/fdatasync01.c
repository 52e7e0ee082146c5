// SPDX-License-Identifier: Apache-2.0
/*
 * fdatasync01 - fdatasync(2).
 *
 * Checks:
 *  - fdatasync() succeeds on a written regular file (also an O_RDONLY fd of it),
 *    and the data is still read back afterwards;
 *  - fdatasync() succeeds on a directory fd;
 *  - errors: EBADF (closed fd; an O_PATH fd), EINVAL (a pipe, which does
 *    not support synchronization).
 */
#include "tst.h"

static void run(void)
{
	char buf[8];
	int fd, p[2];

	fd = SAFE_OPEN("f", O_RDWR | O_CREAT, 0600);
	SAFE_WRITE(fd, "synced", 6);
	TST_EXP_PASS(fdatasync(fd), "fdatasync(written file)");
	TST_EXP_VAL(pread(fd, buf, sizeof(buf), 0), 6, "data reads back");
	SAFE_CLOSE(fd);
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_PASS(fdatasync(fd), "fdatasync(O_RDONLY fd)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(fdatasync(fd), EBADF, "fdatasync(closed fd)");
	fd = SAFE_OPEN("f", O_PATH);
	TST_EXP_FAIL(fdatasync(fd), EBADF, "fdatasync(O_PATH fd)");
	SAFE_CLOSE(fd);
	fd = SAFE_OPEN(".", O_RDONLY | O_DIRECTORY);
	TST_EXP_PASS(fdatasync(fd), "fdatasync(directory fd)");
	SAFE_CLOSE(fd);
	SAFE_PIPE(p);
	TST_EXP_FAIL(fdatasync(p[1]), EINVAL, "fdatasync(pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
