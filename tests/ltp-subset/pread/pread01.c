// SPDX-License-Identifier: Apache-2.0
/*
 * pread01 - pread64(2).
 *
 * Checks:
 *  - pread at several offsets returns the data at that offset;
 *  - the file offset is not changed;
 *  - reading at/after EOF returns 0;
 *  - errors: ESPIPE (pipe), EINVAL (negative offset), EBADF (closed fd),
 *    EISDIR (directory), EFAULT (bad buffer).
 */
#include "tst.h"

static const struct { off_t off; size_t len; const char *exp; } cases[] = {
	{ 0, 3, "abc" }, { 5, 4, "fghi" }, { 9, 10, "jklmnop" }, { 16, 4, "" },
	{ 100, 4, "" },
};

static int fd = -1;

static void setup(void)
{
	tst_write_file("f", "abcdefghijklmnop");
	fd = SAFE_OPEN("f", O_RDONLY);
	SAFE_LSEEK(fd, 2, SEEK_SET);
}

static void run(unsigned int n)
{
	char buf[32] = "";

	TST_EXP_VAL(syscall(SYS_pread64, fd, buf, cases[n].len, cases[n].off),
		    (long)strlen(cases[n].exp), "pread(off %lld, len %zu)",
		    (long long)cases[n].off, cases[n].len);
	TST_EXP_EXPR(!memcmp(buf, cases[n].exp, strlen(cases[n].exp)),
		     "data \"%.*s\" at offset %lld", (int)strlen(cases[n].exp),
		     buf, (long long)cases[n].off);
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 2, "file offset unchanged");
	if (n == ARRAY_SIZE(cases) - 1) {
		int p[2], d;

		SAFE_PIPE(p);
		TST_EXP_FAIL(pread(p[0], buf, 1, 0), ESPIPE, "pread(pipe)");
		TST_EXP_FAIL(pread(fd, buf, 1, -1), EINVAL, "pread(offset -1)");
		TST_EXP_FAIL(pread(fd, tst_bad_addr(), 1, 0), EFAULT, "pread(bad buffer)");
		d = SAFE_OPEN(".", O_RDONLY);
		TST_EXP_FAIL(pread(d, buf, 1, 0), EISDIR, "pread(directory)");
		TST_EXP_FAIL(pread(p[1] + 100, buf, 1, 0), EBADF, "pread(bad fd)");
		SAFE_CLOSE(d);
		SAFE_CLOSE(p[0]);
		SAFE_CLOSE(p[1]);
	}
}

static void cleanup(void)
{
	if (fd >= 0)
		close(fd);
}

static struct tst_test test = { .setup = setup, .cleanup = cleanup, .test = run,
				.tcnt = ARRAY_SIZE(cases), .needs_tmpdir = 1 };
TST_MAIN(test)
