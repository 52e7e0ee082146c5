// SPDX-License-Identifier: Apache-2.0
/*
 * madvise01 - madvise(2).
 *
 * Checks:
 *  - MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL, MADV_WILLNEED succeed on
 *    anonymous memory, and the data is unchanged;
 *  - MADV_DONTNEED on private anonymous memory: the pages read back as
 *    zero afterwards;
 *  - MADV_DONTNEED on a private file mapping: modified pages revert to
 *    the file contents;
 *  - EINVAL: unknown advice; unaligned address;
 *  - ENOMEM: a range that is not mapped.
 */
#include "tst.h"

#define PS 4096

static const struct { int advice; const char *name; } cases[] = {
	{ MADV_NORMAL, "MADV_NORMAL" }, { MADV_RANDOM, "MADV_RANDOM" },
	{ MADV_SEQUENTIAL, "MADV_SEQUENTIAL" }, { MADV_WILLNEED, "MADV_WILLNEED" },
};

static void run(void)
{
	char *m = SAFE_MMAP(NULL, 4 * PS, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *f;
	int ok = 1, fd;

	memset(m, 'q', 4 * PS);
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++)
		TST_EXP_PASS(madvise(m, 4 * PS, cases[i].advice), "madvise(%s)",
			     cases[i].name);
	TST_EXP_EXPR(m[0] == 'q' && m[4 * PS - 1] == 'q', "data unchanged by hints");

	TST_EXP_PASS(madvise(m, 2 * PS, MADV_DONTNEED), "madvise(MADV_DONTNEED)");
	for (int i = 0; i < 2 * PS; i++)
		ok &= m[i] == 0;
	TST_EXP_EXPR(ok, "MADV_DONTNEED pages of private anonymous memory read as zero");
	TST_EXP_EXPR(m[2 * PS] == 'q', "pages outside the range untouched");

	tst_write_file("f", "filedata");
	fd = SAFE_OPEN("f", O_RDONLY);
	f = SAFE_MMAP(NULL, PS, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	memcpy(f, "CHANGED!", 8);
	TST_EXP_PASS(madvise(f, PS, MADV_DONTNEED), "madvise(file private, DONTNEED)");
	TST_EXP_EXPR(!memcmp(f, "filedata", 8), "private file page reverted to file contents");
	SAFE_MUNMAP(f, PS);
	SAFE_CLOSE(fd);

	TST_EXP_FAIL(madvise(m, PS, 12345), EINVAL, "madvise(advice 12345)");
	TST_EXP_FAIL(madvise(m + 1, PS, MADV_NORMAL), EINVAL, "madvise(unaligned)");
	SAFE_MUNMAP(m, 4 * PS);
	TST_EXP_FAIL(madvise(m, PS, MADV_NORMAL), ENOMEM, "madvise(unmapped range)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
