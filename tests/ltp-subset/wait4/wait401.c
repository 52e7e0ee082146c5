// SPDX-License-Identifier: Apache-2.0
/*
 * wait401 - wait4(2).
 *
 * Checks:
 *  - wait4(pid, &status, 0, &ru) returns pid, the exit status and fills
 *    the rusage (ru_maxrss > 0);
 *  - WNOHANG returns 0 while the child is still running;
 *  - WUNTRACED reports a child stopped by SIGSTOP (WIFSTOPPED) and
 *    WCONTINUED reports it continued;
 *  - a child killed by a signal reports WIFSIGNALED / WTERMSIG;
 *  - wait4(-1, ...) waits for any child;
 *  - ECHILD with no children; EINVAL for an invalid option (WNOWAIT is not
 *    accepted by wait4).
 */
#include "tst.h"
#include <sys/resource.h>

static void run(void)
{
	struct rusage ru;
	int status, p[2];
	pid_t pid;
	char c = 0;

	pid = SAFE_FORK();
	if (pid == 0)
		_exit(17);
	memset(&ru, 0, sizeof(ru));
	TST_EXP_VAL(syscall(SYS_wait4, pid, &status, 0, &ru), pid, "wait4(pid, 0)");
	TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 17,
		     "status: %s", tst_strstatus(status));
	TST_EXP_EXPR(ru.ru_maxrss > 0, "rusage ru_maxrss %ld > 0", ru.ru_maxrss);

	SAFE_PIPE(p);
	pid = SAFE_FORK();
	if (pid == 0) {
		SAFE_CLOSE(p[1]);
		SAFE_READ(p[0], &c, 1);
		_exit(0);
	}
	SAFE_CLOSE(p[0]);
	TST_EXP_VAL(syscall(SYS_wait4, pid, &status, WNOHANG, NULL), 0,
		    "wait4(running child, WNOHANG)");
	SAFE_KILL(pid, SIGSTOP);
	TST_EXP_VAL(syscall(SYS_wait4, pid, &status, WUNTRACED, NULL), pid,
		    "wait4(WUNTRACED)");
	TST_EXP_EXPR(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP,
		     "status: %s", tst_strstatus(status));
	SAFE_KILL(pid, SIGCONT);
	TST_EXP_VAL(syscall(SYS_wait4, pid, &status, WCONTINUED, NULL), pid,
		    "wait4(WCONTINUED)");
	TST_EXP_EXPR(WIFCONTINUED(status), "WIFCONTINUED(status 0x%x)", status);
	SAFE_KILL(pid, SIGTERM);
	TST_EXP_VAL(syscall(SYS_wait4, -1, &status, 0, NULL), pid, "wait4(-1, 0)");
	TST_EXP_EXPR(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM,
		     "status: %s", tst_strstatus(status));
	SAFE_CLOSE(p[1]);

	TST_EXP_FAIL(syscall(SYS_wait4, -1, &status, 0, NULL), ECHILD,
		     "wait4(-1) without children");
	TST_EXP_FAIL(syscall(SYS_wait4, -1, &status, WNOWAIT, NULL), EINVAL,
		     "wait4(-1, WNOWAIT)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
