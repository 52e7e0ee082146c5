// SPDX-License-Identifier: Apache-2.0
/*
 * waitid01 - waitid(2).
 *
 * Checks:
 *  - waitid(P_PID, pid, &si, WEXITED) fills si_pid, si_signo SIGCHLD,
 *    si_code CLD_EXITED and si_status;
 *  - WNOWAIT leaves the child waitable: a second waitid reaps it;
 *  - WNOHANG with a running child returns 0 with si_pid 0;
 *  - a killed child gives CLD_KILLED and the signal in si_status;
 *  - P_ALL collects any child;
 *  - EINVAL with no WEXITED/WSTOPPED/WCONTINUED and for a bad idtype;
 *  - ECHILD with no children.
 */
#include "tst.h"

static void run(void)
{
	siginfo_t si;
	pid_t pid;
	int p[2];
	char c = 0;

	pid = SAFE_FORK();
	if (pid == 0)
		_exit(23);
	memset(&si, 0, sizeof(si));
	TST_EXP_PASS(waitid(P_PID, pid, &si, WEXITED | WNOWAIT),
		     "waitid(P_PID, WEXITED|WNOWAIT)");
	TST_EXP_EXPR(si.si_pid == pid && si.si_signo == SIGCHLD &&
		     si.si_code == CLD_EXITED && si.si_status == 23,
		     "siginfo pid=%d signo=%d code=%d status=%d", (int)si.si_pid,
		     si.si_signo, si.si_code, si.si_status);
	memset(&si, 0, sizeof(si));
	TST_EXP_PASS(waitid(P_PID, pid, &si, WEXITED), "waitid again after WNOWAIT");
	TST_EXP_EXPR(si.si_pid == pid, "second waitid reaped pid %d", (int)si.si_pid);

	SAFE_PIPE(p);
	pid = SAFE_FORK();
	if (pid == 0) {
		SAFE_CLOSE(p[1]);
		SAFE_READ(p[0], &c, 1);
		_exit(0);
	}
	SAFE_CLOSE(p[0]);
	memset(&si, 0xff, sizeof(si));
	si.si_pid = 12345;
	TST_EXP_PASS(waitid(P_PID, pid, &si, WEXITED | WNOHANG),
		     "waitid(running child, WNOHANG)");
	TST_EXP_EXPR(si.si_pid == 0, "si_pid is 0 when nothing to report (%d)",
		     (int)si.si_pid);
	SAFE_KILL(pid, SIGKILL);
	memset(&si, 0, sizeof(si));
	TST_EXP_PASS(waitid(P_ALL, 0, &si, WEXITED), "waitid(P_ALL)");
	TST_EXP_EXPR(si.si_pid == pid && si.si_code == CLD_KILLED &&
		     si.si_status == SIGKILL, "killed child: pid=%d code=%d status=%d",
		     (int)si.si_pid, si.si_code, si.si_status);
	SAFE_CLOSE(p[1]);

	TST_EXP_FAIL(waitid(P_ALL, 0, &si, 0), EINVAL, "waitid(options 0)");
	TST_EXP_FAIL(syscall(SYS_waitid, 42, 0, &si, WEXITED, NULL), EINVAL,
		     "waitid(idtype 42)");
	TST_EXP_FAIL(waitid(P_ALL, 0, &si, WEXITED), ECHILD,
		     "waitid(P_ALL) without children");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
