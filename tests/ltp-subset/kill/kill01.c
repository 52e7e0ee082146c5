// SPDX-License-Identifier: Apache-2.0
/*
 * kill01 - kill(2) through the raw syscall.
 *
 * Checks:
 *  - kill(child, SIGTERM) terminates it with that signal;
 *  - signal 0 probes existence: 0 for a live child, ESRCH once reaped;
 *  - kill(0, sig) signals the caller's process group (a child in its own
 *    group signals itself and its grandchild);
 *  - kill(-pgid, sig) signals a whole group;
 *  - EINVAL for signal 65 and -1;
 *  - EPERM signalling a process of another user (as root: a child that
 *    dropped to uid 65534 cannot signal us; TCONF when not root).
 */
#include "tst.h"

static volatile int got_usr2;
static void on_usr2(int s) { (void)s; got_usr2 = 1; }

static void run(void)
{
	pid_t pid, g;
	int status, p[2];
	char c;

	SAFE_PIPE(p);
	pid = SAFE_FORK();
	if (pid == 0) {
		SAFE_READ(p[0], &c, 1);
		_exit(0);
	}
	TST_EXP_PASS(syscall(SYS_kill, pid, 0), "kill(child, 0)");
	TST_EXP_PASS(syscall(SYS_kill, pid, SIGTERM), "kill(child, SIGTERM)");
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM,
		     "child %s", tst_strstatus(status));
	TST_EXP_FAIL(syscall(SYS_kill, pid, 0), ESRCH, "kill(reaped child, 0)");

	pid = SAFE_FORK();
	if (pid == 0) {
		setpgid(0, 0);
		g = SAFE_FORK();
		if (g == 0) {
			for (;;)
				pause();
		}
		SAFE_SIGNAL(SIGUSR2, on_usr2);
		syscall(SYS_kill, 0, SIGUSR2);
		SAFE_WAITPID(g, &status, 0);
		_exit((got_usr2 ? 0 : 1) |
		      (WIFSIGNALED(status) && WTERMSIG(status) == SIGUSR2 ? 0 : 2));
	}
	tst_check_child_exit(pid, 0, "kill(0, SIGUSR2) reached the caller and "
			     "the other member of its group");

	pid = SAFE_FORK();
	if (pid == 0) {
		setpgid(0, 0);
		for (;;)
			pause();
	}
	setpgid(pid, pid);
	TST_EXP_PASS(syscall(SYS_kill, -pid, SIGKILL), "kill(-pgid, SIGKILL)");
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
		     "group member %s", tst_strstatus(status));

	TST_EXP_FAIL(syscall(SYS_kill, getpid(), 65), EINVAL, "kill(self, 65)");
	TST_EXP_FAIL(syscall(SYS_kill, getpid(), -1), EINVAL, "kill(self, -1)");

	if (geteuid() != 0) {
		tst_res(TCONF, "EPERM case needs root to drop to another uid");
	} else {
		pid_t parent = getpid();

		pid = SAFE_FORK();
		if (pid == 0) {
			if (setresuid(65534, 65534, 65534))
				_exit(2);
			_exit(syscall(SYS_kill, parent, 0) == -1 && errno == EPERM ? 0 : 1);
		}
		tst_check_child_exit(pid, 0, "uid 65534 kill(root process, 0) -> EPERM");
	}
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
