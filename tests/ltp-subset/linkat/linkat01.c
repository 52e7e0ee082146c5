// SPDX-License-Identifier: Apache-2.0
/*
 * linkat01 - linkat(2).
 *
 * Checks:
 *  - relative paths are resolved against their dirfds;
 *  - by default a symlink source is linked itself; AT_SYMLINK_FOLLOW links
 *    its target;
 *  - AT_EMPTY_PATH links the file behind an fd (needs CAP_DAC_READ_SEARCH:
 *    TCONF when refused with ENOENT/EPERM);
 *  - errors: EINVAL (unknown flag), EBADF, ENOTDIR, EEXIST, ENOENT ("" without
 *    AT_EMPTY_PATH).
 */
#include "tst.h"

static void run(void)
{
	struct stat st, tgt;
	int d1, d2, fd;

	SAFE_MKDIR("d1", 0755);
	SAFE_MKDIR("d2", 0755);
	tst_write_file("d1/f", "x");
	SAFE_SYMLINK("f", "d1/sl");
	d1 = SAFE_OPEN("d1", O_RDONLY | O_DIRECTORY);
	d2 = SAFE_OPEN("d2", O_RDONLY | O_DIRECTORY);
	if (stat("d1/f", &tgt) < 0)
		tst_brk(TBROK | TERRNO, "stat(d1/f)");

	TST_EXP_PASS(linkat(d1, "f", d2, "g", 0), "linkat(d1, \"f\", d2, \"g\", 0)");
	TST_EXP_PASS(stat("d2/g", &st), "stat(\"d2/g\")");
	TST_EXP_EQ(st.st_ino, tgt.st_ino);
	TST_EXP_PASS(linkat(d1, "sl", d2, "sl-nofollow", 0), "linkat(symlink, 0)");
	TST_EXP_PASS(lstat("d2/sl-nofollow", &st), "lstat(\"d2/sl-nofollow\")");
	TST_EXP_EXPR(S_ISLNK(st.st_mode), "flags 0 links the symlink itself");
	TST_EXP_PASS(linkat(d1, "sl", d2, "sl-follow", AT_SYMLINK_FOLLOW), "linkat(symlink, AT_SYMLINK_FOLLOW)");
	TST_EXP_PASS(lstat("d2/sl-follow", &st), "lstat(\"d2/sl-follow\")");
	TST_EXP_EXPR(S_ISREG(st.st_mode) && st.st_ino == tgt.st_ino, "AT_SYMLINK_FOLLOW links the target");

	fd = SAFE_OPEN("d1/f", O_RDONLY);
	if (linkat(fd, "", d2, "empty", AT_EMPTY_PATH) == 0) {
		tst_res(TPASS, "linkat(fd, \"\", AT_EMPTY_PATH)");
		TST_EXP_PASS(stat("d2/empty", &st), "stat(\"d2/empty\")");
		TST_EXP_EQ(st.st_ino, tgt.st_ino);
	} else if (errno == ENOENT || errno == EPERM) {
		tst_res(TCONF | TERRNO, "linkat(AT_EMPTY_PATH) needs CAP_DAC_READ_SEARCH");
	} else {
		tst_res(TFAIL | TERRNO, "linkat(fd, \"\", AT_EMPTY_PATH)");
	}
	TST_EXP_FAIL(linkat(fd, "", d2, "empty0", 0), ENOENT, "linkat(fd, \"\", 0)");

	TST_EXP_FAIL(linkat(d1, "f", d2, "x", 0x1), EINVAL, "linkat(flags 0x1)");
	TST_EXP_FAIL(linkat(-1, "f", d2, "x", 0), EBADF, "linkat(olddirfd -1)");
	TST_EXP_FAIL(linkat(d1, "f", -1, "x", 0), EBADF, "linkat(newdirfd -1)");
	TST_EXP_FAIL(linkat(fd, "f", d2, "x", 0), ENOTDIR, "linkat(olddirfd is a file)");
	TST_EXP_FAIL(linkat(d1, "f", d2, "g", 0), EEXIST, "linkat(existing destination)");
	TST_EXP_FAIL(linkat(d1, "missing", d2, "x", 0), ENOENT, "linkat(missing source)");
	SAFE_CLOSE(fd);
	SAFE_CLOSE(d1);
	SAFE_CLOSE(d2);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
