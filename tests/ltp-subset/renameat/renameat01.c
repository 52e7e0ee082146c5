// SPDX-License-Identifier: Apache-2.0
/*
 * renameat01 - renameat(2).
 *
 * Checks:
 *  - relative paths are resolved against their own dirfds (moving a file
 *    between two directories); AT_FDCWD uses the cwd;
 *  - errors: EBADF (bad olddirfd; bad newdirfd), ENOTDIR (a dirfd is a
 *    regular file), ENOENT, EFAULT, EISDIR.
 */
#include "tst.h"

static void run(void)
{
	int d1, d2, ffd;

	SAFE_MKDIR("d1", 0755);
	SAFE_MKDIR("d2", 0755);
	SAFE_MKDIR("d2/dir", 0755);
	tst_write_file("d1/f", "x");
	tst_write_file("file", "x");
	d1 = SAFE_OPEN("d1", O_RDONLY | O_DIRECTORY);
	d2 = SAFE_OPEN("d2", O_RDONLY | O_DIRECTORY);
	ffd = SAFE_OPEN("file", O_RDONLY);

	TST_EXP_PASS(renameat(d1, "f", d2, "g"), "renameat(d1, \"f\", d2, \"g\")");
	TST_EXP_EXPR(access("d2/g", F_OK) == 0 && access("d1/f", F_OK) < 0, "moved d1/f to d2/g");
	TST_EXP_PASS(renameat(d2, "g", AT_FDCWD, "top"), "renameat(d2, \"g\", AT_FDCWD, \"top\")");
	TST_EXP_PASS(access("top", F_OK), "top exists in the cwd");

	TST_EXP_FAIL(renameat(-1, "top", d1, "x"), EBADF, "renameat(olddirfd -1)");
	TST_EXP_FAIL(renameat(AT_FDCWD, "top", -1, "x"), EBADF, "renameat(newdirfd -1)");
	TST_EXP_FAIL(renameat(ffd, "top", d1, "x"), ENOTDIR, "renameat(olddirfd is a file)");
	TST_EXP_FAIL(renameat(AT_FDCWD, "top", ffd, "x"), ENOTDIR, "renameat(newdirfd is a file)");
	TST_EXP_FAIL(renameat(d1, "missing", d2, "x"), ENOENT, "renameat(missing source)");
	TST_EXP_FAIL(renameat(d1, tst_bad_addr(), d2, "x"), EFAULT, "renameat(bad oldpath)");
	TST_EXP_FAIL(renameat(AT_FDCWD, "top", d2, "dir"), EISDIR, "renameat(file onto a directory)");
	SAFE_CLOSE(d1);
	SAFE_CLOSE(d2);
	SAFE_CLOSE(ffd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
