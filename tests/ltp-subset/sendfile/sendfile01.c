// SPDX-License-Identifier: Apache-2.0
/*
 * sendfile01 - sendfile(2).
 *
 * Checks:
 *  - file -> file with an offset pointer: copies count bytes from *offset,
 *    advances *offset, and leaves in_fd's file offset unchanged;
 *  - file -> file with a NULL offset: uses and advances in_fd's offset;
 *  - file -> pipe works; a count past EOF returns a short count, at EOF 0;
 *  - errors: EBADF (bad in_fd; in_fd not readable; out_fd not writable),
 *    EINVAL (out_fd opened O_APPEND; negative offset), EFAULT (bad offset
 *    pointer).
 */
#include "tst.h"
#include <sys/sendfile.h>

static void run(void)
{
	char buf[32] = "";
	int in, out, p[2], app;
	off_t off;

	tst_write_file("src", "0123456789");
	in = SAFE_OPEN("src", O_RDONLY);
	out = SAFE_OPEN("dst", O_RDWR | O_CREAT | O_TRUNC, 0600);

	off = 2;
	TST_EXP_VAL(sendfile(out, in, &off, 4), 4, "sendfile(out, in, &off=2, 4)");
	TST_EXP_EQ(off, 6);
	TST_EXP_VAL(lseek(in, 0, SEEK_CUR), 0, "in_fd offset unchanged");
	TST_EXP_VAL(pread(out, buf, sizeof(buf), 0), 4, "dst has 4 bytes");
	TST_EXP_EXPR(!memcmp(buf, "2345", 4), "dst holds \"2345\"");

	SAFE_LSEEK(in, 8, SEEK_SET);
	TST_EXP_VAL(sendfile(out, in, NULL, 100), 2, "sendfile(NULL offset) past EOF is short");
	TST_EXP_VAL(lseek(in, 0, SEEK_CUR), 10, "in_fd offset advanced to 10");
	TST_EXP_VAL(sendfile(out, in, NULL, 100), 0, "sendfile() at EOF returns 0");

	SAFE_PIPE(p);
	off = 0;
	TST_EXP_VAL(sendfile(p[1], in, &off, 10), 10, "sendfile(file -> pipe)");
	TST_EXP_VAL(read(p[0], buf, sizeof(buf)), 10, "pipe holds the file");

	TST_EXP_FAIL(sendfile(out, -1, NULL, 1), EBADF, "sendfile(bad in_fd)");
	TST_EXP_FAIL(sendfile(in, out, NULL, 1), EBADF, "sendfile(out_fd O_RDONLY)");
	app = SAFE_OPEN("dst", O_WRONLY);
	TST_EXP_FAIL(sendfile(out, app, NULL, 1), EBADF, "sendfile(in_fd O_WRONLY)");
	SAFE_CLOSE(app);
	app = SAFE_OPEN("dst", O_WRONLY | O_APPEND);
	off = 0;
	TST_EXP_FAIL(sendfile(app, in, &off, 1), EINVAL, "sendfile(out_fd O_APPEND)");
	SAFE_CLOSE(app);
	off = -1;
	TST_EXP_FAIL(sendfile(out, in, &off, 1), EINVAL, "sendfile(offset -1)");
	TST_EXP_FAIL(sendfile(out, in, tst_bad_addr(), 1), EFAULT, "sendfile(bad offset pointer)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	SAFE_CLOSE(in);
	SAFE_CLOSE(out);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
