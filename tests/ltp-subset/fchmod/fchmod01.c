// SPDX-License-Identifier: Apache-2.0
/*
 * fchmod01 - fchmod(2).
 *
 * Checks:
 *  - sets the mode of an open file (also one opened O_RDONLY, and a
 *    directory fd), visible through stat();
 *  - errors: EBADF (closed fd; an O_PATH fd), EPERM (uid 65534 on an fd of a
 *    file it does not own; TCONF when it owns the file).
 */
#include "tst.h"
#include <grp.h>

static int rofd;

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_cases(void)
{
	struct stat st;

	if (fstat(rofd, &st) == 0 && st.st_uid != geteuid())
		TST_EXP_FAIL(fchmod(rofd, 0666), EPERM, "uid 65534: fchmod() of another user's file");
	else
		tst_res(TCONF, "file is owned by uid 65534: no foreign file for EPERM");
}

static void run(void)
{
	struct stat st;
	int fd;

	fd = SAFE_OPEN("f", O_RDWR | O_CREAT, 0600);
	TST_EXP_PASS(fchmod(fd, 0741), "fchmod(fd, 0741)");
	TST_EXP_PASS(stat("f", &st), "stat(\"f\")");
	TST_EXP_EQ(st.st_mode & 07777, 0741);
	SAFE_CLOSE(fd);

	rofd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_PASS(fchmod(rofd, 04644), "fchmod(O_RDONLY fd, 04644)");
	TST_EXP_PASS(stat("f", &st), "stat(\"f\")");
	TST_EXP_EQ(st.st_mode & 07777, 04644);
	tst_as_nobody(nobody_cases);

	SAFE_MKDIR("d", 0755);
	fd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	TST_EXP_PASS(fchmod(fd, 0700), "fchmod(dir fd, 0700)");
	TST_EXP_PASS(stat("d", &st), "stat(\"d\")");
	TST_EXP_EQ(st.st_mode & 07777, 0700);
	SAFE_CLOSE(fd);

	fd = SAFE_OPEN("f", O_PATH);
	TST_EXP_FAIL(fchmod(fd, 0600), EBADF, "fchmod(O_PATH fd)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(fchmod(fd, 0600), EBADF, "fchmod(closed fd)");
	SAFE_CLOSE(rofd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
