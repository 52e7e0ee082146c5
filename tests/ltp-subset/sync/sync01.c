// SPDX-License-Identifier: Apache-2.0
/*
 * sync01 - sync(2).
 *
 * Checks:
 *  - sync() returns (it has no error return) after data and metadata were
 *    changed, and the data reads back unchanged afterwards;
 *  - sync() with no dirty data returns as well.
 */
#include "tst.h"

static void run(void)
{
	char buf[16];
	int fd;

	fd = SAFE_OPEN("f", O_RDWR | O_CREAT, 0600);
	SAFE_WRITE(fd, "to-be-synced", 12);
	SAFE_MKDIR("d", 0755);
	errno = 0;
	sync();
	TST_EXP_EXPR(errno == 0, "sync() returned with errno untouched");
	TST_EXP_VAL(pread(fd, buf, sizeof(buf), 0), 12, "data reads back after sync()");
	TST_EXP_EXPR(!memcmp(buf, "to-be-synced", 12), "contents intact");
	SAFE_CLOSE(fd);
	sync();
	tst_res(TPASS, "second sync() returned");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
