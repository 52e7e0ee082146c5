// SPDX-License-Identifier: Apache-2.0
/*
 * fallocate01 - fallocate(2).
 *
 * Checks:
 *  - mode 0 past EOF extends st_size and allocates blocks; the new range
 *    reads as zeros;
 *  - FALLOC_FL_KEEP_SIZE allocates without changing st_size;
 *  - FALLOC_FL_PUNCH_HOLE|FALLOC_FL_KEEP_SIZE zeroes a range and keeps the
 *    size (TCONF on EOPNOTSUPP); PUNCH_HOLE without KEEP_SIZE: EOPNOTSUPP;
 *  - errors: EBADF (closed fd; O_RDONLY fd), EINVAL (len 0; negative
 *    offset), EOPNOTSUPP (unknown mode bit), ESPIPE (a pipe), EFBIG
 *    (offset+len overflow).
 * TCONF when the filesystem does not support fallocate (EOPNOTSUPP).
 */
#include "tst.h"
#include <linux/falloc.h>

static void run(void)
{
	struct stat st;
	char buf[64];
	int fd, rofd, p[2];

	fd = SAFE_OPEN("f", O_RDWR | O_CREAT, 0600);
	SAFE_WRITE(fd, "abcdefgh", 8);
	if (fallocate(fd, 0, 0, 65536) < 0) {
		if (errno == EOPNOTSUPP)
			tst_brk(TCONF, "fallocate() not supported by this filesystem");
		tst_res(TFAIL | TERRNO, "fallocate(fd, 0, 0, 65536)");
	} else {
		tst_res(TPASS, "fallocate(fd, 0, 0, 65536)");
	}
	TST_EXP_PASS(fstat(fd, &st), "fstat(fd)");
	TST_EXP_EQ(st.st_size, 65536);
	TST_EXP_EXPR(st.st_blocks * 512 >= 65536, "st_blocks %ld covers 64 KiB", (long)st.st_blocks);
	TST_EXP_VAL(pread(fd, buf, 16, 8), 16, "pread() in the allocated range");
	TST_EXP_EXPR(!memcmp(buf, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16), "allocated range reads zeros");
	TST_EXP_VAL(pread(fd, buf, 8, 0), 8, "pread() of the old data");
	TST_EXP_EXPR(!memcmp(buf, "abcdefgh", 8), "old data kept");

	TST_EXP_PASS(fallocate(fd, FALLOC_FL_KEEP_SIZE, 65536, 65536), "fallocate(FALLOC_FL_KEEP_SIZE)");
	TST_EXP_PASS(fstat(fd, &st), "fstat(fd)");
	TST_EXP_EQ(st.st_size, 65536);

	if (fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 4) < 0) {
		tst_res(errno == EOPNOTSUPP ? TCONF : TFAIL | TERRNO,
			"fallocate(PUNCH_HOLE|KEEP_SIZE)%s", errno == EOPNOTSUPP ? " not supported" : "");
	} else {
		tst_res(TPASS, "fallocate(PUNCH_HOLE|KEEP_SIZE, 0, 4)");
		TST_EXP_VAL(pread(fd, buf, 8, 0), 8, "pread() after punching");
		TST_EXP_EXPR(!memcmp(buf, "\0\0\0\0efgh", 8), "first 4 bytes zeroed, rest kept");
		TST_EXP_PASS(fstat(fd, &st), "fstat(fd)");
		TST_EXP_EQ(st.st_size, 65536);
	}
	TST_EXP_FAIL(fallocate(fd, FALLOC_FL_PUNCH_HOLE, 0, 4), EOPNOTSUPP, "PUNCH_HOLE without KEEP_SIZE");

	TST_EXP_FAIL(fallocate(fd, 0, 0, 0), EINVAL, "fallocate(len 0)");
	TST_EXP_FAIL(fallocate(fd, 0, -1, 10), EINVAL, "fallocate(offset -1)");
	TST_EXP_FAIL(fallocate(fd, 0x40000000, 0, 10), EOPNOTSUPP, "fallocate(unknown mode 0x40000000)");
	TST_EXP_FAIL(fallocate(fd, 0, 0x7ffffffffffff000LL, 0x2000), EFBIG, "fallocate(offset+len overflow)");
	rofd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_FAIL(fallocate(rofd, 0, 0, 10), EBADF, "fallocate(O_RDONLY fd)");
	SAFE_CLOSE(rofd);
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(fallocate(fd, 0, 0, 10), EBADF, "fallocate(closed fd)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(fallocate(p[1], 0, 0, 10), ESPIPE, "fallocate(pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
