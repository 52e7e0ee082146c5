// SPDX-License-Identifier: Apache-2.0
/*
 * pipe01 - pipe(2) through the raw syscall.
 *
 * Checks:
 *  - returns two new fds, [0] read-only and [1] write-only;
 *  - bytes written come out in order; data crosses fork();
 *  - writes of at most PIPE_BUF are atomic (one read gets them whole);
 *  - EOF after all write ends close; F_GETPIPE_SZ >= 4096;
 *  - EFAULT for a bad fds pointer.
 */
#include "tst.h"
#include <limits.h>

static void run(void)
{
	int p[2] = { -1, -1 };
	char buf[PIPE_BUF], out[PIPE_BUF];
	pid_t pid;

	TST_EXP_PASS(syscall(SYS_pipe, p), "pipe(p)");
	TST_EXP_EXPR(p[0] >= 0 && p[1] >= 0 && p[0] != p[1], "fds %d %d", p[0], p[1]);
	TST_EXP_EXPR((fcntl(p[0], F_GETFL) & O_ACCMODE) == O_RDONLY &&
		     (fcntl(p[1], F_GETFL) & O_ACCMODE) == O_WRONLY,
		     "read end O_RDONLY, write end O_WRONLY");
	TST_EXP_EXPR(fcntl(p[0], F_GETPIPE_SZ) >= 4096, "F_GETPIPE_SZ %d",
		     fcntl(p[0], F_GETPIPE_SZ));
	memset(buf, 'p', sizeof(buf));
	pid = SAFE_FORK();
	if (pid == 0) {
		SAFE_CLOSE(p[0]);
		SAFE_WRITE(p[1], "first", 5);
		SAFE_WRITE(p[1], buf, sizeof(buf));
		_exit(0);
	}
	SAFE_CLOSE(p[1]);
	SAFE_READ_FULL(p[0], out, 5);
	TST_EXP_EXPR(!memcmp(out, "first", 5), "data from child in order");
	TST_EXP_VAL(read(p[0], out, sizeof(out)), PIPE_BUF,
		    "PIPE_BUF-sized write read back whole");
	SAFE_WAITPID(pid, NULL, 0);
	TST_EXP_VAL(read(p[0], out, 1), 0, "EOF after writer exit");
	TST_EXP_FAIL(write(p[0], "x", 1), EBADF, "write to read end");
	SAFE_CLOSE(p[0]);
	TST_EXP_FAIL(syscall(SYS_pipe, tst_bad_addr()), EFAULT, "pipe(bad pointer)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
