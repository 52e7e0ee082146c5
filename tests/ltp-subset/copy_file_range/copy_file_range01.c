// SPDX-License-Identifier: Apache-2.0
/*
 * copy_file_range01 - copy_file_range(2), via the raw syscall.
 *
 * Checks:
 *  - with offset pointers: copies len bytes between the given offsets,
 *    advances both pointers, leaves both file offsets alone;
 *  - with NULL pointers: uses and advances the file offsets;
 *  - copying past EOF of the source returns a short count, at EOF 0;
 *  - a copy inside one file to a non-overlapping range works;
 *  - errors: EINVAL (flags != 0; overlapping ranges in one file), EBADF
 *    (bad fd; out_fd O_APPEND; in_fd not readable), EISDIR (a directory).
 */
#include "tst.h"

static long sys_cfr(int in, loff_t *ioff, int out, loff_t *ooff, size_t len, unsigned int fl)
{
	return syscall(SYS_copy_file_range, in, ioff, out, ooff, len, fl);
}

static void run(void)
{
	char buf[64] = "";
	loff_t ioff, ooff;
	int in, out, app, dfd;

	tst_write_file("src", "0123456789");
	in = SAFE_OPEN("src", O_RDWR);
	out = SAFE_OPEN("dst", O_RDWR | O_CREAT | O_TRUNC, 0600);
	ioff = 3;
	ooff = 1;
	if (sys_cfr(in, &ioff, out, &ooff, 4, 0) < 0 && errno == ENOSYS)
		tst_brk(TCONF, "copy_file_range() not supported");
	ioff = 3;
	ooff = 1;
	TST_EXP_VAL(sys_cfr(in, &ioff, out, &ooff, 4, 0), 4, "copy_file_range(&ioff=3, &ooff=1, 4)");
	TST_EXP_EXPR(ioff == 7 && ooff == 5, "offsets advanced to 7 and 5");
	TST_EXP_VAL(pread(out, buf, sizeof(buf), 0), 5, "dst is 5 bytes");
	TST_EXP_EXPR(!memcmp(buf, "\0" "3456", 5), "dst holds \"\\0" "3456\"");
	TST_EXP_VAL(lseek(in, 0, SEEK_CUR), 0, "in offset unchanged");
	TST_EXP_VAL(lseek(out, 0, SEEK_CUR), 0, "out offset unchanged");

	SAFE_LSEEK(in, 6, SEEK_SET);
	SAFE_LSEEK(out, 0, SEEK_END);
	TST_EXP_VAL(sys_cfr(in, NULL, out, NULL, 100, 0), 4, "NULL offsets, short copy at EOF");
	TST_EXP_VAL(lseek(in, 0, SEEK_CUR), 10, "in offset advanced");
	TST_EXP_VAL(sys_cfr(in, NULL, out, NULL, 100, 0), 0, "copy at EOF returns 0");

	ioff = 0;
	ooff = 20;
	TST_EXP_VAL(sys_cfr(in, &ioff, in, &ooff, 5, 0), 5, "copy within one file, no overlap");
	TST_EXP_VAL(pread(in, buf, 5, 20), 5, "pread() the copy");
	TST_EXP_EXPR(!memcmp(buf, "01234", 5), "copy holds \"01234\"");

	ioff = 0;
	ooff = 2;
	TST_EXP_FAIL(sys_cfr(in, &ioff, in, &ooff, 5, 0), EINVAL, "overlapping ranges in one file");
	ioff = 0;
	TST_EXP_FAIL(sys_cfr(in, &ioff, out, NULL, 1, 1), EINVAL, "flags 1");
	TST_EXP_FAIL(sys_cfr(-1, NULL, out, NULL, 1, 0), EBADF, "bad in_fd");
	app = SAFE_OPEN("dst", O_WRONLY | O_APPEND);
	TST_EXP_FAIL(sys_cfr(in, &ioff, app, NULL, 1, 0), EBADF, "out_fd O_APPEND");
	SAFE_CLOSE(app);
	app = SAFE_OPEN("dst", O_WRONLY);
	TST_EXP_FAIL(sys_cfr(app, &ioff, out, NULL, 1, 0), EBADF, "in_fd O_WRONLY");
	SAFE_CLOSE(app);
	dfd = SAFE_OPEN(".", O_RDONLY | O_DIRECTORY);
	TST_EXP_FAIL(sys_cfr(dfd, NULL, out, NULL, 1, 0), EISDIR, "in_fd is a directory");
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(in);
	SAFE_CLOSE(out);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
