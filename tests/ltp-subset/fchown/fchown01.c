// SPDX-License-Identifier: Apache-2.0
/*
 * fchown01 - fchown(2).
 *
 * Checks:
 *  - fchown() to the caller's own uid/gid succeeds on a file fd (O_RDONLY
 *    is enough) and on a directory fd; -1/-1 changes nothing;
 *  - errors: EBADF (closed fd; an O_PATH fd), EPERM (uid 65534 giving the
 *    file to uid 0).
 */
#include "tst.h"
#include <grp.h>

static int fd;

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_case(void)
{
	TST_EXP_FAIL(fchown(fd, 0, -1), EPERM, "uid 65534: fchown(fd, 0, -1)");
}

static void run(void)
{
	struct stat st;
	int dfd, pfd;

	tst_write_file("f", "x");
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_PASS(fchown(fd, geteuid(), getegid()), "fchown(fd, euid, egid)");
	TST_EXP_PASS(fchown(fd, -1, -1), "fchown(fd, -1, -1)");
	TST_EXP_PASS(fstat(fd, &st), "fstat(fd)");
	TST_EXP_EXPR(st.st_uid == geteuid() && st.st_gid == getegid(), "owner is the caller");
	dfd = SAFE_OPEN(".", O_RDONLY | O_DIRECTORY);
	TST_EXP_PASS(fchown(dfd, geteuid(), -1), "fchown(dir fd, euid, -1)");
	SAFE_CLOSE(dfd);
	tst_as_nobody(nobody_case);
	pfd = SAFE_OPEN("f", O_PATH);
	TST_EXP_FAIL(fchown(pfd, -1, -1), EBADF, "fchown(O_PATH fd)");
	SAFE_CLOSE(pfd);
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(fchown(fd, -1, -1), EBADF, "fchown(closed fd)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
