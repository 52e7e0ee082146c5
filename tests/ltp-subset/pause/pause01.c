// SPDX-License-Identifier: Apache-2.0
/*
 * pause01 - pause(2) through the raw syscall.
 *
 * Checks:
 *  - a child blocked in pause() with a SIGUSR1 handler returns -1/EINTR
 *    once the signal is delivered, and the handler ran first (the parent
 *    resends SIGUSR1 until the child exits, so an early signal caught
 *    before pause() cannot hang the test);
 *  - an ignored signal (SIGUSR2, SIG_IGN) does not end pause(): the child
 *    is still running 20 ms after five of them;
 *  - a child in pause() sent SIGTERM with the default disposition is
 *    killed by it.
 */
#include "tst.h"

static volatile sig_atomic_t caught;

static void handler(int s)
{
	(void)s;
	caught = 1;
}

static void pauser(void)
{
	struct sigaction sa = { .sa_handler = handler };
	long r;
	int e;

	SAFE_SIGACTION(SIGUSR1, &sa, NULL);
	SAFE_SIGNAL(SIGUSR2, SIG_IGN);
	/* A SIGUSR1 caught just before pause() is retried by the parent. */
	for (;;) {
		caught = 0;
		r = syscall(SYS_pause);
		e = errno;
		if (r != -1 || e != EINTR)
			_exit(2);
		if (caught)
			_exit(0);
	}
}

static int poll_exit(pid_t pid, int sig, int *status)
{
	for (int i = 0; i < 200; i++) {
		if (sig)
			kill(pid, sig);
		if (waitpid(pid, status, WNOHANG) == pid)
			return 1;
		usleep(10000);
	}
	return 0;
}

static void run(void)
{
	int status;
	pid_t pid;

	pid = SAFE_FORK();
	if (pid == 0)
		pauser();
	usleep(30000);
	for (int i = 0; i < 5; i++)
		kill(pid, SIGUSR2);
	usleep(20000);
	TST_EXP_EXPR(waitpid(pid, &status, WNOHANG) == 0,
		     "ignored SIGUSR2 does not end pause()");
	if (!poll_exit(pid, SIGUSR1, &status)) {
		kill(pid, SIGKILL);
		SAFE_WAITPID(pid, &status, 0);
		tst_res(TFAIL, "child still in pause() after SIGUSR1");
	} else {
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "pause() returned -1/EINTR after the handler ran (%s)",
			     tst_strstatus(status));
	}

	pid = SAFE_FORK();
	if (pid == 0) {
		syscall(SYS_pause);
		_exit(3);
	}
	usleep(30000);
	SAFE_KILL(pid, SIGTERM);
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM,
		     "paused child killed by SIGTERM (%s)", tst_strstatus(status));
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
