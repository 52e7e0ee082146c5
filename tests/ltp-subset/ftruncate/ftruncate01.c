// SPDX-License-Identifier: Apache-2.0
/*
 * ftruncate01 - ftruncate(2).
 *
 * Checks:
 *  - shrinking and extending an fd's file sets st_size; the extension reads
 *    as zeros; the file offset is not changed;
 *  - it works on an unlinked file;
 *  - errors: EBADF (closed fd), EINVAL (fd opened O_RDONLY; negative
 *    length; a pipe; a directory fd).
 */
#include "tst.h"

static void run(void)
{
	char buf[32];
	struct stat st;
	int fd, rofd, dfd, p[2];

	fd = SAFE_OPEN("f", O_RDWR | O_CREAT, 0600);
	SAFE_WRITE(fd, "0123456789", 10);
	TST_EXP_PASS(ftruncate(fd, 4), "ftruncate(fd, 4)");
	TST_EXP_PASS(fstat(fd, &st), "fstat(fd)");
	TST_EXP_EQ(st.st_size, 4);
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 10, "file offset unchanged");
	TST_EXP_PASS(ftruncate(fd, 8), "ftruncate(fd, 8)");
	TST_EXP_VAL(pread(fd, buf, sizeof(buf), 0), 8, "pread() of the extended file");
	TST_EXP_EXPR(!memcmp(buf, "0123\0\0\0\0", 8), "extension reads back as zeros");

	SAFE_UNLINK("f");
	TST_EXP_PASS(ftruncate(fd, 1), "ftruncate() of an unlinked file");
	TST_EXP_PASS(fstat(fd, &st), "fstat(fd)");
	TST_EXP_EQ(st.st_size, 1);
	TST_EXP_FAIL(ftruncate(fd, -1), EINVAL, "ftruncate(negative length)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(ftruncate(fd, 0), EBADF, "ftruncate(closed fd)");

	tst_write_file("ro", "abc");
	rofd = SAFE_OPEN("ro", O_RDONLY);
	TST_EXP_FAIL(ftruncate(rofd, 0), EINVAL, "ftruncate(O_RDONLY fd)");
	SAFE_CLOSE(rofd);
	SAFE_PIPE(p);
	TST_EXP_FAIL(ftruncate(p[1], 0), EINVAL, "ftruncate(pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	dfd = SAFE_OPEN(".", O_RDONLY | O_DIRECTORY);
	TST_EXP_FAIL(ftruncate(dfd, 0), EINVAL, "ftruncate(directory fd)");
	SAFE_CLOSE(dfd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
