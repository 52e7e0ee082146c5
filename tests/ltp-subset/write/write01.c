// SPDX-License-Identifier: Apache-2.0
/*
 * write01 - write(2).
 *
 * Checks:
 *  - writing returns the byte count, advances the offset and the data
 *    reads back; a zero-length write returns 0;
 *  - O_APPEND writes always go to the end of the file;
 *  - errors: EBADF (closed fd; O_RDONLY fd), EFAULT (bad buffer), EPIPE
 *    with SIGPIPE ignored (pipe without readers), EAGAIN (full
 *    O_NONBLOCK pipe);
 *  - SIGPIPE is delivered on writing to a pipe without readers.
 */
#include "tst.h"

static void run(void)
{
	char buf[4096];
	int fd, rfd, p[2], status;
	pid_t pid;

	fd = SAFE_OPEN("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
	TST_EXP_VAL(write(fd, "hello", 5), 5, "write(5)");
	TST_EXP_VAL(write(fd, "", 0), 0, "write(0 bytes)");
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 5, "offset advanced to 5");
	TST_EXP_EXPR(pread(fd, buf, 5, 0) == 5 && !memcmp(buf, "hello", 5),
		     "data reads back");
	TST_EXP_FAIL(write(fd, tst_bad_addr(), 4), EFAULT, "write(bad buffer)");
	SAFE_CLOSE(fd);

	fd = SAFE_OPEN("f", O_WRONLY | O_APPEND);
	SAFE_LSEEK(fd, 0, SEEK_SET);
	SAFE_WRITE(fd, "!", 1);
	TST_EXP_VAL(lseek(fd, 0, SEEK_CUR), 6, "O_APPEND wrote at the end (offset 6)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(write(fd, "x", 1), EBADF, "write(closed fd)");
	rfd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_FAIL(write(rfd, "x", 1), EBADF, "write(O_RDONLY fd)");
	SAFE_CLOSE(rfd);

	SAFE_PIPE(p);
	SAFE_CLOSE(p[0]);
	pid = SAFE_FORK();
	if (pid == 0) {
		signal(SIGPIPE, SIG_DFL);
		write(p[1], "x", 1);
		_exit(0);
	}
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE,
		     "write to reader-less pipe: %s", tst_strstatus(status));
	SAFE_SIGNAL(SIGPIPE, SIG_IGN);
	TST_EXP_FAIL(write(p[1], "x", 1), EPIPE, "write(reader-less pipe), SIGPIPE ignored");
	SAFE_CLOSE(p[1]);

	SAFE_PIPE2(p, O_NONBLOCK);
	memset(buf, 'x', sizeof(buf));
	while (write(p[1], buf, sizeof(buf)) > 0)
		;
	TST_EXP_FAIL(write(p[1], buf, 1), EAGAIN, "write(full O_NONBLOCK pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
