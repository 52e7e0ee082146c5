// SPDX-License-Identifier: Apache-2.0
/*
 * vfork01 - vfork(2).
 *
 * Checks:
 *  - the child runs first and the parent is suspended until the child
 *    calls _exit(): a store made by the child (Linux shares the address
 *    space) is visible when vfork() returns in the parent;
 *  - vfork() returns the child's pid, and the exit status is collected;
 *  - the child may execve(): the parent resumes and the exec'd program's
 *    exit status is reported (re-executing this test binary).
 */
#include "tst.h"

static volatile int flag;

int main(int argc, char **argv);

static void run(void)
{
	pid_t pid;
	int status;

	flag = 0;
	pid = vfork();
	if (pid == 0) {
		flag = (int)syscall(SYS_getpid);
		_exit(12);
	}
	if (pid < 0)
		tst_brk(TBROK | TERRNO, "vfork()");
	TST_EXP_EXPR(flag == pid, "parent resumed after child stored its pid "
		     "(%d, pid %d)", flag, (int)pid);
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 12,
		     "vfork child %s", tst_strstatus(status));

	pid = vfork();
	if (pid == 0) {
		char *args[] = { (char *)tst_exe_path, "vfork01_child", NULL };
		execv(tst_exe_path, args);
		_exit(127);
	}
	tst_check_child_exit(pid, 21, "vfork + execve of self");
}

static struct tst_test test = { .test_all = run };

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "vfork01_child"))
		return 21;
	tst_main(&test, argc, argv);
}
