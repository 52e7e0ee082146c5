// SPDX-License-Identifier: Apache-2.0
/*
 * landlock_add_rule01 - landlock_add_rule(2) (raw syscall).
 *
 * Checks, on a ruleset handling LANDLOCK_ACCESS_FS_READ_FILE:
 *  - a LANDLOCK_RULE_PATH_BENEATH rule allowing READ_FILE beneath the temp
 *    dir (opened O_PATH) returns 0, and adding it twice is fine too;
 *  - errors: EINVAL (flags 1), EINVAL (unknown rule type 99), ENOMSG
 *    (allowed_access 0), EINVAL (allowed access not handled by the
 *    ruleset: WRITE_FILE), EBADF (ruleset fd 1000), EBADFD (ruleset fd
 *    that is a pipe), EBADF (ruleset fd opened O_PATH), EBADF (parent_fd
 *    1000), EFAULT (bad rule attr pointer).
 * TCONF if Landlock is disabled or missing (EOPNOTSUPP / ENOSYS).
 */
#include "tst.h"
#include <linux/landlock.h>

static long add(int rfd, int type, const void *attr, unsigned int flags)
{
	return syscall(SYS_landlock_add_rule, rfd, type, attr, flags);
}

static void run(void)
{
	struct landlock_ruleset_attr ra = { .handled_access_fs = LANDLOCK_ACCESS_FS_READ_FILE };
	struct landlock_path_beneath_attr pb = { .allowed_access = LANDLOCK_ACCESS_FS_READ_FILE };
	int rfd, dfd, p[2];

	rfd = syscall(SYS_landlock_create_ruleset, &ra, sizeof(ra), 0);
	if (rfd == -1) {
		if (errno == EOPNOTSUPP || errno == ENOSYS)
			tst_brk(TCONF, "Landlock not available (%s)", tst_errno_name(errno));
		tst_brk(TBROK | TERRNO, "landlock_create_ruleset");
	}
	dfd = SAFE_OPEN(".", O_PATH | O_DIRECTORY);
	pb.parent_fd = dfd;

	TST_EXP_PASS(add(rfd, LANDLOCK_RULE_PATH_BENEATH, &pb, 0), "PATH_BENEATH tmpdir READ_FILE");
	TST_EXP_PASS(add(rfd, LANDLOCK_RULE_PATH_BENEATH, &pb, 0), "same rule again");
	TST_EXP_FAIL(add(rfd, LANDLOCK_RULE_PATH_BENEATH, &pb, 1), EINVAL, "flags 1");
	TST_EXP_FAIL(add(rfd, 99, &pb, 0), EINVAL, "rule type 99");
	pb.allowed_access = 0;
	TST_EXP_FAIL(add(rfd, LANDLOCK_RULE_PATH_BENEATH, &pb, 0), ENOMSG, "allowed_access 0");
	pb.allowed_access = LANDLOCK_ACCESS_FS_WRITE_FILE;
	TST_EXP_FAIL(add(rfd, LANDLOCK_RULE_PATH_BENEATH, &pb, 0), EINVAL,
		     "access not handled by the ruleset");
	pb.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE;
	TST_EXP_FAIL(add(1000, LANDLOCK_RULE_PATH_BENEATH, &pb, 0), EBADF, "ruleset fd 1000");
	SAFE_PIPE(p);
	TST_EXP_FAIL(add(p[0], LANDLOCK_RULE_PATH_BENEATH, &pb, 0), EBADFD,
		     "ruleset fd that is a pipe");
	TST_EXP_FAIL(add(dfd, LANDLOCK_RULE_PATH_BENEATH, &pb, 0), EBADF,
		     "ruleset fd opened O_PATH");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	pb.parent_fd = 1000;
	TST_EXP_FAIL(add(rfd, LANDLOCK_RULE_PATH_BENEATH, &pb, 0), EBADF, "parent_fd 1000");
	TST_EXP_FAIL(add(rfd, LANDLOCK_RULE_PATH_BENEATH, tst_bad_addr(), 0), EFAULT,
		     "bad rule attr pointer");
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(rfd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
