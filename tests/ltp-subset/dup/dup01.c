// SPDX-License-Identifier: Apache-2.0
/*
 * dup01 - dup(2).
 *
 * Checks:
 *  - dup returns the lowest free fd;
 *  - the copy shares the open file description: offset and status flags;
 *  - the copy does not inherit FD_CLOEXEC;
 *  - EBADF for a closed fd; EMFILE when RLIMIT_NOFILE is exhausted (in a
 *    child with a lowered soft limit).
 */
#include "tst.h"
#include <sys/resource.h>

static void run(void)
{
	int fd = SAFE_OPEN("f", O_RDWR | O_CREAT | O_CLOEXEC, 0644), d, hole;
	pid_t pid;

	hole = SAFE_OPEN("/dev/null", O_RDONLY);
	close(hole);	/* 'hole' is now the lowest free number */
	d = dup(fd);
	TST_EXP_EXPR(d == hole, "dup returned lowest free fd %d (got %d)", hole, d);
	SAFE_WRITE(fd, "abcdef", 6);
	TST_EXP_VAL(lseek(d, 0, SEEK_CUR), 6, "dup shares the file offset");
	fcntl(fd, F_SETFL, O_APPEND);
	TST_EXP_EXPR(fcntl(d, F_GETFL) & O_APPEND, "dup shares status flags (O_APPEND)");
	TST_EXP_VAL(fcntl(d, F_GETFD), 0, "dup does not copy FD_CLOEXEC");
	SAFE_CLOSE(d);
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(dup(fd), EBADF, "dup(closed fd)");

	pid = SAFE_FORK();
	if (pid == 0) {
		struct rlimit rl;

		getrlimit(RLIMIT_NOFILE, &rl);
		rl.rlim_cur = 4;
		setrlimit(RLIMIT_NOFILE, &rl);
		while (dup(0) >= 0)
			;
		_exit(errno == EMFILE ? 0 : 1);
	}
	tst_check_child_exit(pid, 0, "dup with fd table at RLIMIT_NOFILE -> EMFILE");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
