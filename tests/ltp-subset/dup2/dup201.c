// SPDX-License-Identifier: Apache-2.0
/*
 * dup201 - dup2(2) through the raw syscall.
 *
 * Checks:
 *  - dup2(old, new) returns new, which then refers to old's file;
 *  - an open 'new' is silently closed first (its old file is released);
 *  - dup2(fd, fd) returns fd and does nothing; for a closed fd -> EBADF;
 *  - the new fd has FD_CLOEXEC cleared;
 *  - EBADF: bad oldfd; newfd out of range (>= RLIMIT_NOFILE).
 */
#include "tst.h"
#include <sys/resource.h>

static void run(void)
{
	int a = SAFE_OPEN("a", O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	int b = SAFE_OPEN("b", O_RDWR | O_CREAT, 0644);
	struct stat sa, sb;
	struct rlimit rl;

	TST_EXP_VAL(syscall(SYS_dup2, a, 50), 50, "dup2(a, 50)");
	fstat(a, &sa);
	fstat(50, &sb);
	TST_EXP_EXPR(sa.st_ino == sb.st_ino, "fd 50 refers to a's file");
	TST_EXP_VAL(fcntl(50, F_GETFD), 0, "FD_CLOEXEC cleared on the new fd");
	TST_EXP_VAL(syscall(SYS_dup2, b, 50), 50, "dup2(b, 50) over an open fd");
	fstat(b, &sa);
	fstat(50, &sb);
	TST_EXP_EXPR(sa.st_ino == sb.st_ino, "fd 50 now refers to b's file");
	TST_EXP_VAL(syscall(SYS_dup2, b, b), b, "dup2(b, b)");
	SAFE_CLOSE(a);
	TST_EXP_FAIL(syscall(SYS_dup2, a, a), EBADF, "dup2(closed, closed)");
	TST_EXP_FAIL(syscall(SYS_dup2, a, 51), EBADF, "dup2(closed, 51)");
	getrlimit(RLIMIT_NOFILE, &rl);
	TST_EXP_FAIL(syscall(SYS_dup2, b, (long)rl.rlim_cur), EBADF,
		     "dup2(b, RLIMIT_NOFILE %lu)", (unsigned long)rl.rlim_cur);
	TST_EXP_FAIL(syscall(SYS_dup2, b, -1), EBADF, "dup2(b, -1)");
	close(50);
	SAFE_CLOSE(b);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
