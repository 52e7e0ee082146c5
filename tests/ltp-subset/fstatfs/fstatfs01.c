// SPDX-License-Identifier: Apache-2.0
/*
 * fstatfs01 - fstatfs(2).
 *
 * Checks:
 *  - fstatfs() of a file fd, a directory fd and an O_PATH fd agree with
 *    statfs() of the path;
 *  - a pipe fd reports PIPEFS_MAGIC;
 *  - errors: EBADF (closed fd), EFAULT (bad buf).
 */
#include "tst.h"
#include <sys/statfs.h>
#include <linux/magic.h>

static void run(void)
{
	struct statfs ref, sf;
	int fd, p[2];

	tst_write_file("f", "x");
	if (statfs(".", &ref) < 0)
		tst_brk(TBROK | TERRNO, "statfs(.)");
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_PASS(fstatfs(fd, &sf), "fstatfs(file fd)");
	TST_EXP_EXPR(sf.f_type == ref.f_type && sf.f_bsize == ref.f_bsize, "matches statfs(\".\")");
	TST_EXP_FAIL(fstatfs(fd, tst_bad_addr()), EFAULT, "fstatfs(bad buf)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(fstatfs(fd, &sf), EBADF, "fstatfs(closed fd)");
	fd = SAFE_OPEN(".", O_RDONLY | O_DIRECTORY);
	TST_EXP_PASS(fstatfs(fd, &sf), "fstatfs(dir fd)");
	TST_EXP_EQ(sf.f_type, ref.f_type);
	SAFE_CLOSE(fd);
	fd = SAFE_OPEN("f", O_PATH);
	TST_EXP_PASS(fstatfs(fd, &sf), "fstatfs(O_PATH fd)");
	TST_EXP_EQ(sf.f_type, ref.f_type);
	SAFE_CLOSE(fd);
	SAFE_PIPE(p);
	TST_EXP_PASS(fstatfs(p[0], &sf), "fstatfs(pipe)");
	TST_EXP_EQ(sf.f_type, PIPEFS_MAGIC);
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
