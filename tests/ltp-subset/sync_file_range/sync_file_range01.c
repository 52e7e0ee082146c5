// SPDX-License-Identifier: Apache-2.0
/*
 * sync_file_range01 - sync_file_range(2).
 *
 * Checks:
 *  - each valid flag combination (0, WAIT_BEFORE, WRITE, WAIT_AFTER, all
 *    three) succeeds on a written file, with nbytes 0 meaning "to EOF";
 *  - errors: EINVAL (unknown flag; negative offset; negative nbytes),
 *    EBADF (closed fd), ESPIPE (a pipe).
 */
#include "tst.h"

static const unsigned int flags[] = {
	0, SYNC_FILE_RANGE_WAIT_BEFORE, SYNC_FILE_RANGE_WRITE, SYNC_FILE_RANGE_WAIT_AFTER,
	SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER,
};

static void run(void)
{
	int fd, p[2];

	fd = SAFE_OPEN("f", O_RDWR | O_CREAT, 0600);
	SAFE_WRITE(fd, "0123456789", 10);
	for (unsigned int i = 0; i < ARRAY_SIZE(flags); i++)
		TST_EXP_PASS(sync_file_range(fd, 0, 0, flags[i]), "sync_file_range(flags 0x%x)", flags[i]);
	TST_EXP_PASS(sync_file_range(fd, 2, 4, SYNC_FILE_RANGE_WRITE), "sync_file_range(2, 4)");
	TST_EXP_FAIL(sync_file_range(fd, 0, 0, 0x8), EINVAL, "sync_file_range(flags 0x8)");
	TST_EXP_FAIL(sync_file_range(fd, -1, 0, 0), EINVAL, "sync_file_range(offset -1)");
	TST_EXP_FAIL(sync_file_range(fd, 0, -1, 0), EINVAL, "sync_file_range(nbytes -1)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(sync_file_range(fd, 0, 0, 0), EBADF, "sync_file_range(closed fd)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(sync_file_range(p[1], 0, 0, 0), ESPIPE, "sync_file_range(pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
