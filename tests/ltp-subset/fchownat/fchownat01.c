// SPDX-License-Identifier: Apache-2.0
/*
 * fchownat01 - fchownat(2).
 *
 * Checks:
 *  - a relative path is resolved against dirfd; AT_FDCWD uses the cwd;
 *  - AT_SYMLINK_NOFOLLOW acts on a (dangling) symlink itself, while flags 0
 *    follows it (ENOENT for a dangling one);
 *  - AT_EMPTY_PATH acts on dirfd's file (also an O_PATH fd);
 *  - errors: EINVAL (unknown flag), EBADF, ENOTDIR, ENOENT ("" without
 *    AT_EMPTY_PATH), EFAULT, EPERM (uid 65534 giving a file to uid 0).
 */
#include "tst.h"
#include <grp.h>

static int dfd;

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_case(void)
{
	TST_EXP_FAIL(fchownat(dfd, "f", 0, -1, 0), EPERM, "uid 65534: fchownat(dfd, \"f\", 0, -1)");
}

static void run(void)
{
	uid_t uid = geteuid();
	gid_t gid = getegid();
	int ffd, pfd;

	SAFE_MKDIR("d", 0755);
	tst_write_file("d/f", "x");
	SAFE_SYMLINK("nowhere", "d/dangling");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	ffd = SAFE_OPEN("d/f", O_RDONLY);
	pfd = SAFE_OPEN("d/f", O_PATH);

	TST_EXP_PASS(fchownat(dfd, "f", uid, gid, 0), "fchownat(dfd, \"f\", euid, egid, 0)");
	TST_EXP_PASS(fchownat(AT_FDCWD, "d/f", -1, -1, 0), "fchownat(AT_FDCWD, \"d/f\", -1, -1)");
	TST_EXP_FAIL(fchownat(dfd, "dangling", uid, gid, 0), ENOENT, "fchownat(dangling symlink, 0)");
	TST_EXP_PASS(fchownat(dfd, "dangling", uid, gid, AT_SYMLINK_NOFOLLOW),
		     "fchownat(dangling symlink, AT_SYMLINK_NOFOLLOW)");
	TST_EXP_PASS(fchownat(ffd, "", uid, gid, AT_EMPTY_PATH), "fchownat(fd, \"\", AT_EMPTY_PATH)");
	TST_EXP_PASS(fchownat(pfd, "", uid, gid, AT_EMPTY_PATH), "fchownat(O_PATH fd, \"\", AT_EMPTY_PATH)");

	TST_EXP_FAIL(fchownat(ffd, "", uid, gid, 0), ENOENT, "fchownat(fd, \"\", 0)");
	TST_EXP_FAIL(fchownat(dfd, "f", uid, gid, 0x1), EINVAL, "fchownat(flags 0x1)");
	TST_EXP_FAIL(fchownat(-1, "f", uid, gid, 0), EBADF, "fchownat(dirfd -1)");
	TST_EXP_FAIL(fchownat(ffd, "f", uid, gid, 0), ENOTDIR, "fchownat(file fd)");
	TST_EXP_FAIL(fchownat(dfd, tst_bad_addr(), uid, gid, 0), EFAULT, "fchownat(bad path)");
	tst_as_nobody(nobody_case);
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(ffd);
	SAFE_CLOSE(pfd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
