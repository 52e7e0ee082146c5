// SPDX-License-Identifier: Apache-2.0
/*
 * symlinkat01 - symlinkat(2).
 *
 * Checks:
 *  - a relative link path is created under dirfd, and the target string is
 *    stored verbatim (not resolved against dirfd); AT_FDCWD uses the cwd;
 *  - errors: EBADF (bad dirfd), ENOTDIR (dirfd is a file), EEXIST, ENOENT,
 *    EFAULT.
 */
#include "tst.h"

static void run(void)
{
	char buf[32];
	int dfd, ffd;

	SAFE_MKDIR("d", 0755);
	tst_write_file("d/f", "in-d");
	tst_write_file("file", "x");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	ffd = SAFE_OPEN("file", O_RDONLY);

	TST_EXP_PASS(symlinkat("f", dfd, "l"), "symlinkat(\"f\", dfd, \"l\")");
	TST_EXP_VAL(readlink("d/l", buf, sizeof(buf)), 1, "d/l stores \"f\"");
	TST_EXP_EXPR(buf[0] == 'f', "target stored verbatim");
	TST_EXP_PASS(faccessat(dfd, "l", R_OK, 0), "d/l resolves to d/f");
	TST_EXP_PASS(symlinkat("d/f", AT_FDCWD, "top"), "symlinkat(\"d/f\", AT_FDCWD, \"top\")");
	TST_EXP_PASS(access("top", R_OK), "top resolves to d/f");

	TST_EXP_FAIL(symlinkat("x", -1, "l2"), EBADF, "symlinkat(dirfd -1)");
	TST_EXP_FAIL(symlinkat("x", ffd, "l2"), ENOTDIR, "symlinkat(file fd)");
	TST_EXP_FAIL(symlinkat("x", dfd, "l"), EEXIST, "symlinkat(existing)");
	TST_EXP_FAIL(symlinkat("x", dfd, "no/l"), ENOENT, "symlinkat(missing parent)");
	TST_EXP_FAIL(symlinkat(tst_bad_addr(), dfd, "l3"), EFAULT, "symlinkat(bad target)");
	TST_EXP_FAIL(symlinkat("x", dfd, tst_bad_addr()), EFAULT, "symlinkat(bad link path)");
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(ffd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
