// SPDX-License-Identifier: Apache-2.0
/*
 * splice01 - splice(2).
 *
 * Checks:
 *  - file -> pipe with an offset pointer moves bytes from *off_in and
 *    advances it (the file offset is untouched);
 *  - pipe -> file with NULL offset writes at, and advances, the file
 *    offset; data arrives intact;
 *  - pipe -> pipe moves data;
 *  - an empty pipe with SPLICE_F_NONBLOCK gives EAGAIN;
 *  - errors: EINVAL (neither fd is a pipe; unknown flag), ESPIPE (offset
 *    given for the pipe end), EBADF (closed fd; file not readable).
 */
#include "tst.h"

static void run(void)
{
	char buf[32] = "";
	int in, out, p[2], q[2], wo;
	loff_t off;

	tst_write_file("src", "0123456789");
	in = SAFE_OPEN("src", O_RDONLY);
	out = SAFE_OPEN("dst", O_RDWR | O_CREAT | O_TRUNC, 0600);
	SAFE_PIPE(p);
	SAFE_PIPE(q);

	off = 2;
	TST_EXP_VAL(splice(in, &off, p[1], NULL, 5, 0), 5, "splice(file, &off=2 -> pipe, 5)");
	TST_EXP_EQ(off, 7);
	TST_EXP_VAL(lseek(in, 0, SEEK_CUR), 0, "file offset untouched");
	TST_EXP_VAL(splice(p[0], NULL, out, NULL, 5, 0), 5, "splice(pipe -> file, 5)");
	TST_EXP_VAL(lseek(out, 0, SEEK_CUR), 5, "file offset advanced");
	TST_EXP_VAL(pread(out, buf, sizeof(buf), 0), 5, "dst has 5 bytes");
	TST_EXP_EXPR(!memcmp(buf, "23456", 5), "dst holds \"23456\"");

	SAFE_WRITE(p[1], "pp", 2);
	TST_EXP_VAL(splice(p[0], NULL, q[1], NULL, 16, 0), 2, "splice(pipe -> pipe)");
	TST_EXP_VAL(read(q[0], buf, sizeof(buf)), 2, "second pipe got 2 bytes");
	TST_EXP_FAIL(splice(p[0], NULL, q[1], NULL, 16, SPLICE_F_NONBLOCK), EAGAIN,
		     "splice(empty pipe, SPLICE_F_NONBLOCK)");

	TST_EXP_FAIL(splice(in, NULL, out, NULL, 1, 0), EINVAL, "splice(file -> file)");
	off = 0;
	TST_EXP_FAIL(splice(in, &off, p[1], NULL, 1, 0x100), EINVAL, "splice(flags 0x100)");
	off = 0;
	TST_EXP_FAIL(splice(in, NULL, p[1], &off, 1, 0), ESPIPE, "splice(offset for the pipe)");
	TST_EXP_FAIL(splice(-1, NULL, p[1], NULL, 1, 0), EBADF, "splice(bad fd_in)");
	wo = SAFE_OPEN("src", O_WRONLY);
	TST_EXP_FAIL(splice(wo, NULL, p[1], NULL, 1, 0), EBADF, "splice(fd_in O_WRONLY)");
	SAFE_CLOSE(wo);
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	SAFE_CLOSE(q[0]);
	SAFE_CLOSE(q[1]);
	SAFE_CLOSE(in);
	SAFE_CLOSE(out);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
