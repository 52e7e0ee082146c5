// SPDX-License-Identifier: Apache-2.0
/*
 * lseek01 - lseek(2).
 *
 * Checks (case table): SEEK_SET, SEEK_CUR, SEEK_END return the new offset
 * and a subsequent read() reads from there; seeking past EOF is allowed
 * and a write there leaves a hole; SEEK_DATA / SEEK_HOLE on a file without
 * holes; errors: EINVAL (bad whence; resulting negative offset), ESPIPE
 * (pipe), EBADF (closed fd), ENXIO (SEEK_DATA at EOF).
 */
#include "tst.h"

static int fd = -1;

static const struct {
	off_t off; int whence; off_t exp; char ch;
} cases[] = {
	{ 3, SEEK_SET, 3, 'd' },
	{ 2, SEEK_CUR, 6, 'g' },	/* after reading 'd' at 3: 4 + 2 */
	{ -2, SEEK_END, 8, 'i' },
	{ 0, SEEK_SET, 0, 'a' },
};

static void setup(void)
{
	tst_write_file("f", "abcdefghij");
	fd = SAFE_OPEN("f", O_RDWR);
}

static void run(unsigned int n)
{
	char c = 0;

	TST_EXP_VAL(lseek(fd, cases[n].off, cases[n].whence), cases[n].exp,
		    "lseek(%lld, %d)", (long long)cases[n].off, cases[n].whence);
	SAFE_READ(fd, &c, 1);
	TST_EXP_EXPR(c == cases[n].ch, "read '%c' at the new offset", c);

	if (n == ARRAY_SIZE(cases) - 1) {
		struct stat st;
		int p[2];

		TST_EXP_VAL(lseek(fd, 0, SEEK_DATA), 0, "SEEK_DATA(0)");
		TST_EXP_VAL(lseek(fd, 0, SEEK_HOLE), 10, "SEEK_HOLE(0) == size");
		TST_EXP_FAIL(lseek(fd, 10, SEEK_DATA), ENXIO, "SEEK_DATA at EOF");
		TST_EXP_VAL(lseek(fd, 100, SEEK_SET), 100, "seek past EOF");
		SAFE_WRITE(fd, "z", 1);
		fstat(fd, &st);
		TST_EXP_EQ(st.st_size, 101);
		TST_EXP_FAIL(lseek(fd, 0, 42), EINVAL, "lseek(whence 42)");
		TST_EXP_FAIL(lseek(fd, -1, SEEK_SET), EINVAL, "lseek(-1, SEEK_SET)");
		TST_EXP_FAIL(lseek(fd, -1000, SEEK_END), EINVAL, "lseek(-1000, SEEK_END)");
		SAFE_PIPE(p);
		TST_EXP_FAIL(lseek(p[0], 0, SEEK_CUR), ESPIPE, "lseek(pipe)");
		SAFE_CLOSE(p[0]);
		SAFE_CLOSE(p[1]);
		TST_EXP_FAIL(lseek(999, 0, SEEK_CUR), EBADF, "lseek(bad fd)");
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
