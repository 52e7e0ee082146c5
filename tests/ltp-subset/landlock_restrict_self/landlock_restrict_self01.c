// SPDX-License-Identifier: Apache-2.0
/*
 * landlock_restrict_self01 - landlock_restrict_self(2) (raw syscall).
 *
 * Checks (each restriction in a forked child, so the test process stays
 * unrestricted):
 *  - with PR_SET_NO_NEW_PRIVS, a ruleset handling
 *    LANDLOCK_ACCESS_FS_READ_FILE with one rule allowing READ_FILE beneath
 *    the temp dir is enforced (returns 0); afterwards opening /etc/passwd
 *    for reading fails with EACCES, a file in the temp dir still opens for
 *    reading, and /etc/passwd can still be opened O_PATH (not governed);
 *  - a grandchild forked after the restriction inherits it;
 *  - errors: EINVAL (flag 0x80000000), EBADF (ruleset fd 1000), EBADFD
 *    (a pipe fd), EPERM (no no_new_privs, in a child
 *    switched to uid 65534 so it has no CAP_SYS_ADMIN; TCONF if the
 *    switch is not possible).
 * TCONF if Landlock is disabled or missing (EOPNOTSUPP / ENOSYS).
 */
#include "tst.h"
#include <linux/landlock.h>
#include <sys/prctl.h>

static int make_ruleset(void)
{
	struct landlock_ruleset_attr ra = { .handled_access_fs = LANDLOCK_ACCESS_FS_READ_FILE };
	struct landlock_path_beneath_attr pb = { .allowed_access = LANDLOCK_ACCESS_FS_READ_FILE };
	int rfd = syscall(SYS_landlock_create_ruleset, &ra, sizeof(ra), 0);

	if (rfd == -1)
		tst_brk(TBROK | TERRNO, "landlock_create_ruleset");
	pb.parent_fd = SAFE_OPEN(tst_tmpdir(), O_PATH | O_DIRECTORY);
	if (syscall(SYS_landlock_add_rule, rfd, LANDLOCK_RULE_PATH_BENEATH, &pb, 0))
		tst_brk(TBROK | TERRNO, "landlock_add_rule");
	SAFE_CLOSE(pb.parent_fd);
	return rfd;
}

static long restrict_(int fd, unsigned int flags)
{
	return syscall(SYS_landlock_restrict_self, fd, flags);
}

static void setup(void)
{
	if (syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION) == -1 &&
	    (errno == EOPNOTSUPP || errno == ENOSYS))
		tst_brk(TCONF, "Landlock not available (%s)", tst_errno_name(errno));
	tst_write_file("allowed", "ok");
}

static void restricted_child(void)
{
	int rfd = make_ruleset(), fd, p[2];
	pid_t gc;

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		tst_brk(TBROK | TERRNO, "PR_SET_NO_NEW_PRIVS");
	TST_EXP_FAIL(restrict_(rfd, 0x80000000u), EINVAL, "flag 0x80000000");
	TST_EXP_FAIL(restrict_(1000, 0), EBADF, "ruleset fd 1000");
	SAFE_PIPE(p);
	TST_EXP_FAIL(restrict_(p[0], 0), EBADFD, "pipe fd is not a ruleset");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	TST_EXP_PASS(restrict_(rfd, 0), "landlock_restrict_self");
	if (!TST_PASS)
		_exit(0);
	SAFE_CLOSE(rfd);
	TST_EXP_FAIL(open("/etc/passwd", O_RDONLY), EACCES, "open(/etc/passwd, O_RDONLY)");
	TST_EXP_FD(open("allowed", O_RDONLY), "open(tmpdir/allowed, O_RDONLY)");
	if (TST_RET >= 0)
		close(TST_RET);
	TST_EXP_FD(open("/etc/passwd", O_PATH), "open(/etc/passwd, O_PATH)");
	if (TST_RET >= 0)
		close(TST_RET);
	gc = fork();
	if (gc == 0) {
		fd = open("/etc/passwd", O_RDONLY);
		_exit(fd == -1 && errno == EACCES ? 0 : 1);
	}
	if (gc > 0)
		tst_check_child_exit(gc, 0, "grandchild inherits the domain");
	_exit(0);
}

static void nopriv_child(void)
{
	int rfd = make_ruleset();

	if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534)) {
		tst_res(TCONF | TERRNO, "cannot switch to uid 65534");
		_exit(0);
	}
	/* no_new_privs cannot be cleared: if the environment set it, this case cannot arise. */
	if (prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1) {
		tst_res(TCONF, "no_new_privs is already set by the environment");
		_exit(0);
	}
	TST_EXP_FAIL(restrict_(rfd, 0), EPERM, "restrict_self without no_new_privs as uid 65534");
	_exit(0);
}

static void run(void)
{
	pid_t pid = SAFE_FORK();

	if (pid == 0)
		restricted_child();
	tst_check_child_exit(pid, 0, "restricted child");
	pid = SAFE_FORK();
	if (pid == 0)
		nopriv_child();
	tst_check_child_exit(pid, 0, "unprivileged child");
	TST_EXP_FD(open("/etc/passwd", O_RDONLY), "test process still unrestricted");
	if (TST_RET >= 0)
		close(TST_RET);
}

static struct tst_test test = { .setup = setup, .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
