// SPDX-License-Identifier: Apache-2.0
/*
 * mknodat01 - mknodat(2).
 *
 * Checks:
 *  - a FIFO and a regular file are created under dirfd; AT_FDCWD uses the
 *    cwd;
 *  - errors: EBADF (bad dirfd), ENOTDIR (dirfd is a file), EEXIST, EINVAL
 *    (unknown type), EFAULT, EPERM (uid 65534 creating a char device).
 */
#include "tst.h"
#include <grp.h>
#include <sys/sysmacros.h>

static int dfd, ffd;

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_cases(void)
{
	TST_EXP_FAIL(mknodat(dfd, "null", S_IFCHR | 0600, makedev(1, 3)), EPERM,
		     "uid 65534: mknodat(S_IFCHR 1:3)");
}

static void run(void)
{
	struct stat st;

	SAFE_MKDIR("d", 0777);
	SAFE_CHMOD("d", 0777);
	tst_write_file("f", "x");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	ffd = SAFE_OPEN("f", O_RDONLY);

	TST_EXP_PASS(mknodat(dfd, "fifo", S_IFIFO | 0600, 0), "mknodat(dfd, \"fifo\", S_IFIFO)");
	TST_EXP_PASS(stat("d/fifo", &st), "stat(\"d/fifo\")");
	TST_EXP_EXPR(S_ISFIFO(st.st_mode), "d/fifo is a FIFO");
	TST_EXP_PASS(mknodat(dfd, "reg", S_IFREG | 0600, 0), "mknodat(dfd, \"reg\", S_IFREG)");
	TST_EXP_PASS(stat("d/reg", &st), "stat(\"d/reg\")");
	TST_EXP_EXPR(S_ISREG(st.st_mode), "d/reg is a regular file");
	TST_EXP_PASS(mknodat(AT_FDCWD, "cwdfifo", S_IFIFO | 0600, 0), "mknodat(AT_FDCWD, \"cwdfifo\")");
	TST_EXP_PASS(access("cwdfifo", F_OK), "cwdfifo exists in the cwd");

	TST_EXP_FAIL(mknodat(-1, "x", S_IFIFO | 0600, 0), EBADF, "mknodat(-1, relative)");
	TST_EXP_FAIL(mknodat(ffd, "x", S_IFIFO | 0600, 0), ENOTDIR, "mknodat(file fd)");
	TST_EXP_FAIL(mknodat(dfd, "fifo", S_IFIFO | 0600, 0), EEXIST, "mknodat(existing)");
	TST_EXP_FAIL(mknodat(dfd, "bad", S_IFMT | 0600, 0), EINVAL, "mknodat(type S_IFMT)");
	TST_EXP_FAIL(mknodat(dfd, tst_bad_addr(), S_IFIFO | 0600, 0), EFAULT, "mknodat(bad path)");
	tst_as_nobody(nobody_cases);
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(ffd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
