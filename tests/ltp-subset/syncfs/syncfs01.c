// SPDX-License-Identifier: Apache-2.0
/*
 * syncfs01 - syncfs(2).
 *
 * Checks:
 *  - syncfs() succeeds on a file fd (also O_RDONLY), a directory fd and a
 *    pipe (which syncs pipefs);
 *  - errors: EBADF (closed fd; O_PATH fd).
 */
#include "tst.h"

static void run(void)
{
	int fd, p[2];

	fd = SAFE_OPEN("f", O_RDWR | O_CREAT, 0600);
	SAFE_WRITE(fd, "x", 1);
	TST_EXP_PASS(syncfs(fd), "syncfs(file fd)");
	SAFE_CLOSE(fd);
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_PASS(syncfs(fd), "syncfs(O_RDONLY fd)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(syncfs(fd), EBADF, "syncfs(closed fd)");
	fd = SAFE_OPEN(".", O_RDONLY | O_DIRECTORY);
	TST_EXP_PASS(syncfs(fd), "syncfs(directory fd)");
	SAFE_CLOSE(fd);
	fd = SAFE_OPEN("f", O_PATH);
	TST_EXP_FAIL(syncfs(fd), EBADF, "syncfs(O_PATH fd)");
	SAFE_CLOSE(fd);
	SAFE_PIPE(p);
	TST_EXP_PASS(syncfs(p[0]), "syncfs(pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
