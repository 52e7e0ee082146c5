// SPDX-License-Identifier: Apache-2.0
/*
 * readahead01 - readahead(2) through the raw syscall.
 *
 * Checks:
 *  - on a 64 KiB regular temp file opened O_RDONLY: the whole file, a range
 *    past EOF, and count 0 all return 0, and the data still reads back;
 *  - errors: EBADF (closed fd), EBADF (fd opened O_WRONLY), EINVAL (read
 *    end of a pipe).
 */
#include "tst.h"

#define SZ 65536

static long ra(int fd, off_t off, size_t n)
{
	return syscall(SYS_readahead, fd, off, n);
}

static void setup(void)
{
	static char buf[SZ];
	int fd = SAFE_OPEN("file", O_WRONLY | O_CREAT | O_TRUNC, 0644);

	memset(buf, 'r', sizeof(buf));
	SAFE_WRITE(fd, buf, sizeof(buf));
	SAFE_CLOSE(fd);
}

static void run(void)
{
	char c[16];
	int fd, p[2];

	fd = SAFE_OPEN("file", O_RDONLY);
	TST_EXP_PASS(ra(fd, 0, SZ), "readahead(whole file)");
	TST_EXP_PASS(ra(fd, SZ * 4, 4096), "readahead(past EOF)");
	TST_EXP_PASS(ra(fd, 0, 0), "readahead(count 0)");
	TST_EXP_VAL(pread(fd, c, sizeof(c), 4096), (long)sizeof(c), "pread after readahead");
	TST_EXP_EXPR(c[0] == 'r' && c[15] == 'r', "data intact");
	SAFE_CLOSE(fd);

	fd = SAFE_OPEN("file", O_WRONLY);
	TST_EXP_FAIL(ra(fd, 0, SZ), EBADF, "readahead(O_WRONLY fd)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(ra(fd, 0, SZ), EBADF, "readahead(closed fd)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(ra(p[0], 0, SZ), EINVAL, "readahead(pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .setup = setup, .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
