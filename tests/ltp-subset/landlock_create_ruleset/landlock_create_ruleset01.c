// SPDX-License-Identifier: Apache-2.0
/*
 * landlock_create_ruleset01 - landlock_create_ruleset(2) (raw syscall).
 *
 * Checks:
 *  - LANDLOCK_CREATE_RULESET_VERSION with NULL attr and size 0 returns the
 *    ABI version, >= 1;
 *  - a ruleset handling LANDLOCK_ACCESS_FS_READ_FILE is created as an fd
 *    with FD_CLOEXEC set;
 *  - errors: EINVAL (unknown flag), EINVAL (VERSION flag with a non-NULL
 *    attr), EINVAL (size smaller than handled_access_fs), ENOMSG (no
 *    access handled), EINVAL (unknown access bit 1 << 62), EFAULT (bad
 *    attr pointer).
 * TCONF if Landlock is disabled or missing (EOPNOTSUPP / ENOSYS).
 */
#include "tst.h"
#include <linux/landlock.h>

static long create(const void *attr, size_t size, unsigned int flags)
{
	return syscall(SYS_landlock_create_ruleset, attr, size, flags);
}

static void run(void)
{
	struct { __u64 handled_access_fs; } attr = { LANDLOCK_ACCESS_FS_READ_FILE };
	long abi = create(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
	int fd;

	if (abi == -1 && (errno == EOPNOTSUPP || errno == ENOSYS))
		tst_brk(TCONF, "Landlock not available (%s)", tst_errno_name(errno));
	TST_EXP_EXPR(abi >= 1, "Landlock ABI version %ld", abi);

	TST_EXP_FD(create(&attr, sizeof(attr), 0), "create ruleset (READ_FILE)");
	fd = TST_RET;
	if (fd >= 0) {
		TST_EXP_VAL(fcntl(fd, F_GETFD), FD_CLOEXEC, "ruleset fd has FD_CLOEXEC");
		SAFE_CLOSE(fd);
	}

	TST_EXP_FAIL(create(&attr, sizeof(attr), 0x80000000u), EINVAL, "flag 0x80000000");
	TST_EXP_FAIL(create(&attr, sizeof(attr), LANDLOCK_CREATE_RULESET_VERSION), EINVAL,
		     "VERSION flag with an attr");
	TST_EXP_FAIL(create(&attr, 4, 0), EINVAL, "size 4");
	attr.handled_access_fs = 0;
	TST_EXP_FAIL(create(&attr, sizeof(attr), 0), ENOMSG, "nothing handled");
	attr.handled_access_fs = 1ULL << 62;
	TST_EXP_FAIL(create(&attr, sizeof(attr), 0), EINVAL, "unknown access bit");
	TST_EXP_FAIL(create(tst_bad_addr(), sizeof(attr), 0), EFAULT, "bad attr pointer");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
