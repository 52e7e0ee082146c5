// SPDX-License-Identifier: Apache-2.0
/*
 * pwrite01 - pwrite64(2).
 *
 * Checks:
 *  - pwrite at an offset writes there without moving the file offset;
 *  - writing past EOF extends the file, leaving a zero-filled hole;
 *  - errors: ESPIPE (pipe), EINVAL (negative offset), EBADF (O_RDONLY fd),
 *    EFAULT (bad buffer).
 */
#include "tst.h"

static void run(void)
{
	int fd = SAFE_OPEN("f", O_RDWR | O_CREAT | O_TRUNC, 0644), rfd, p[2];
	char buf[32];
	struct stat st;

	SAFE_WRITE(fd, "aaaaaaaa", 8);
	SAFE_LSEEK(fd, 1, SEEK_SET);
	TST_EXP_VAL(syscall(SYS_pwrite64, fd, "XY", 2, 3), 2, "pwrite(\"XY\", off 3)");
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 1, "file offset unchanged");
	pread(fd, buf, 8, 0);
	TST_EXP_EXPR(!memcmp(buf, "aaaXYaaa", 8), "file is \"%.8s\"", buf);
	TST_EXP_VAL(pwrite(fd, "Z", 1, 20), 1, "pwrite past EOF (off 20)");
	fstat(fd, &st);
	TST_EXP_EQ(st.st_size, 21);
	pread(fd, buf, 12, 8);
	TST_EXP_EXPR(!memcmp(buf, "\0\0\0\0\0\0\0\0\0\0\0\0", 12), "hole reads as zeros");
	TST_EXP_FAIL(pwrite(fd, "x", 1, -5), EINVAL, "pwrite(offset -5)");
	TST_EXP_FAIL(pwrite(fd, tst_bad_addr(), 4, 0), EFAULT, "pwrite(bad buffer)");
	rfd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_FAIL(pwrite(rfd, "x", 1, 0), EBADF, "pwrite(O_RDONLY fd)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(pwrite(p[1], "x", 1, 0), ESPIPE, "pwrite(pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	SAFE_CLOSE(rfd);
	SAFE_CLOSE(fd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
