// SPDX-License-Identifier: Apache-2.0
/*
 * unlinkat01 - unlinkat(2).
 *
 * Checks:
 *  - flags 0 removes a file under dirfd; AT_REMOVEDIR removes an empty
 *    directory; AT_FDCWD uses the cwd;
 *  - errors: ENOTDIR (AT_REMOVEDIR on a file), EISDIR (flags 0 on a
 *    directory), ENOTEMPTY (AT_REMOVEDIR on a non-empty directory), EINVAL
 *    (unknown flag; AT_REMOVEDIR on "."), EBADF (bad dirfd), ENOTDIR
 *    (dirfd is a file), ENOENT, EFAULT.
 */
#include "tst.h"

static void run(void)
{
	int dfd, ffd;

	SAFE_MKDIR("d", 0755);
	tst_write_file("d/f", "x");
	tst_write_file("d/f2", "x");
	SAFE_MKDIR("d/sub", 0755);
	SAFE_MKDIR("d/full", 0755);
	tst_write_file("d/full/x", "x");
	SAFE_MKDIR("top", 0755);
	tst_write_file("file", "x");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	ffd = SAFE_OPEN("file", O_RDONLY);

	TST_EXP_PASS(unlinkat(dfd, "f", 0), "unlinkat(dfd, \"f\", 0)");
	TST_EXP_FAIL(access("d/f", F_OK), ENOENT, "d/f is gone");
	TST_EXP_PASS(unlinkat(dfd, "sub", AT_REMOVEDIR), "unlinkat(dfd, \"sub\", AT_REMOVEDIR)");
	TST_EXP_FAIL(access("d/sub", F_OK), ENOENT, "d/sub is gone");
	TST_EXP_PASS(unlinkat(AT_FDCWD, "top", AT_REMOVEDIR), "unlinkat(AT_FDCWD, \"top\", AT_REMOVEDIR)");

	TST_EXP_FAIL(unlinkat(dfd, "f2", AT_REMOVEDIR), ENOTDIR, "unlinkat(file, AT_REMOVEDIR)");
	TST_EXP_FAIL(unlinkat(dfd, "full", 0), EISDIR, "unlinkat(directory, 0)");
	TST_EXP_FAIL(unlinkat(dfd, "full", AT_REMOVEDIR), ENOTEMPTY, "unlinkat(non-empty, AT_REMOVEDIR)");
	TST_EXP_FAIL(unlinkat(dfd, "f2", 0x1), EINVAL, "unlinkat(flags 0x1)");
	TST_EXP_FAIL(unlinkat(dfd, ".", AT_REMOVEDIR), EINVAL, "unlinkat(\".\", AT_REMOVEDIR)");
	TST_EXP_FAIL(unlinkat(-1, "f2", 0), EBADF, "unlinkat(-1, relative)");
	TST_EXP_FAIL(unlinkat(ffd, "f2", 0), ENOTDIR, "unlinkat(file fd)");
	TST_EXP_FAIL(unlinkat(dfd, "missing", 0), ENOENT, "unlinkat(missing)");
	TST_EXP_FAIL(unlinkat(dfd, tst_bad_addr(), 0), EFAULT, "unlinkat(bad path)");
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(ffd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
