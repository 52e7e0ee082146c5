// SPDX-License-Identifier: Apache-2.0
/*
 * setrlimit01 - setrlimit(2) through the raw syscall (lowering limits only;
 * raising a hard limit is not tested).
 *
 * Checks:
 *  - lowering RLIMIT_NOFILE's soft limit to 8 makes open() fail with
 *    EMFILE once fds 0..7 are used;
 *  - lowering RLIMIT_FSIZE to 100 bytes: a write past it fails with EFBIG
 *    (SIGXFSZ ignored) after a short write up to the limit;
 *  - lowering the hard limit below the soft one -> EINVAL (soft > hard);
 *  - EINVAL for a bad resource; EFAULT for a bad pointer.
 */
#include "tst.h"
#include <sys/resource.h>

static void run(void)
{
	struct rlimit rl;
	pid_t pid;

	pid = SAFE_FORK();
	if (pid == 0) {
		int fd, last = -1;

		rl.rlim_cur = 8;
		getrlimit(RLIMIT_NOFILE, &rl);
		rl.rlim_cur = 8;
		if (syscall(SYS_setrlimit, RLIMIT_NOFILE, &rl))
			_exit(1);
		while ((fd = open("/dev/null", O_RDONLY)) >= 0)
			last = fd;
		_exit(errno == EMFILE && last == 7 ? 0 : 2);
	}
	tst_check_child_exit(pid, 0, "RLIMIT_NOFILE soft 8: open -> EMFILE after fd 7");

	pid = SAFE_FORK();
	if (pid == 0) {
		char buf[200] = { 0 };
		int fd = SAFE_OPEN("f", O_WRONLY | O_CREAT | O_TRUNC, 0644);

		signal(SIGXFSZ, SIG_IGN);
		getrlimit(RLIMIT_FSIZE, &rl);
		rl.rlim_cur = 100;
		if (syscall(SYS_setrlimit, RLIMIT_FSIZE, &rl))
			_exit(1);
		if (write(fd, buf, sizeof(buf)) != 100)
			_exit(2);
		_exit(write(fd, buf, 1) == -1 && errno == EFBIG ? 0 : 3);
	}
	tst_check_child_exit(pid, 0, "RLIMIT_FSIZE 100: short write, then EFBIG");

	getrlimit(RLIMIT_CORE, &rl);
	rl.rlim_cur = 0;
	TST_EXP_PASS(syscall(SYS_setrlimit, RLIMIT_CORE, &rl), "lower RLIMIT_CORE soft to 0");
	getrlimit(RLIMIT_CORE, &rl);
	TST_EXP_EQ(rl.rlim_cur, 0);

	getrlimit(RLIMIT_NOFILE, &rl);
	rl.rlim_max = rl.rlim_cur - 1;
	TST_EXP_FAIL(syscall(SYS_setrlimit, RLIMIT_NOFILE, &rl), EINVAL,
		     "setrlimit(NOFILE, soft > hard)");
	TST_EXP_FAIL(syscall(SYS_setrlimit, 1000, &rl), EINVAL, "setrlimit(1000)");
	TST_EXP_FAIL(syscall(SYS_setrlimit, RLIMIT_NOFILE, tst_bad_addr()), EFAULT,
		     "setrlimit(NOFILE, bad)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
