// SPDX-License-Identifier: Apache-2.0
/*
 * prctl01 - prctl(2).
 *
 * Checks:
 *  - PR_SET_NAME / PR_GET_NAME round trip; names are truncated to 15
 *    bytes plus NUL; /proc/self/comm agrees (TCONF if unreadable);
 *  - PR_GET_NAME with a bad pointer -> EFAULT;
 *  - PR_GET_DUMPABLE returns 0 or 1; PR_SET_DUMPABLE 0/1 round trip;
 *    PR_SET_DUMPABLE 2 -> EINVAL;
 *  - PR_SET_PDEATHSIG / PR_GET_PDEATHSIG round trip; invalid signal ->
 *    EINVAL; the death signal is delivered when the parent exits;
 *  - PR_GET_NO_NEW_PRIVS is 0 or 1; after PR_SET_NO_NEW_PRIVS it is 1;
 *    clearing it -> EINVAL;
 *  - PR_CAPBSET_READ(CAP_CHOWN) is 0 or 1; an invalid cap -> EINVAL;
 *  - an unknown option -> EINVAL.
 */
#include "tst.h"
#include <sys/prctl.h>

static void run(void)
{
	char name[32];
	int sig = -1, fd, n, p[2];
	pid_t pid;
	long v;

	TST_EXP_PASS(prctl(PR_SET_NAME, "sbx-prctl01"), "PR_SET_NAME sbx-prctl01");
	memset(name, 'x', sizeof(name));
	TST_EXP_PASS(prctl(PR_GET_NAME, name), "PR_GET_NAME");
	TST_EXP_EXPR(!strcmp(name, "sbx-prctl01"), "name is \"%s\"", name);
	prctl(PR_SET_NAME, "0123456789abcdefghij");
	prctl(PR_GET_NAME, name);
	TST_EXP_EXPR(!strcmp(name, "0123456789abcde"),
		     "long name truncated to 15 bytes: \"%s\"", name);
	fd = open("/proc/self/comm", O_RDONLY);
	if (fd < 0) {
		tst_res(TCONF | TERRNO, "open(/proc/self/comm)");
	} else {
		char c[32] = "";
		n = (int)SAFE_READ(fd, c, sizeof(c) - 1);
		c[n > 0 ? n - 1 : 0] = 0;
		TST_EXP_EXPR(!strcmp(c, name), "/proc/self/comm \"%s\" matches", c);
		SAFE_CLOSE(fd);
	}
	TST_EXP_FAIL(prctl(PR_GET_NAME, tst_bad_addr()), EFAULT, "PR_GET_NAME(bad)");

	v = prctl(PR_GET_DUMPABLE);
	TST_EXP_EXPR(v == 0 || v == 1, "PR_GET_DUMPABLE returned %ld", v);
	TST_EXP_PASS(prctl(PR_SET_DUMPABLE, 0), "PR_SET_DUMPABLE 0");
	TST_EXP_VAL(prctl(PR_GET_DUMPABLE), 0, "PR_GET_DUMPABLE after set 0");
	TST_EXP_PASS(prctl(PR_SET_DUMPABLE, 1), "PR_SET_DUMPABLE 1");
	TST_EXP_VAL(prctl(PR_GET_DUMPABLE), 1, "PR_GET_DUMPABLE after set 1");
	TST_EXP_FAIL(prctl(PR_SET_DUMPABLE, 2), EINVAL, "PR_SET_DUMPABLE 2");

	TST_EXP_PASS(prctl(PR_SET_PDEATHSIG, SIGUSR1), "PR_SET_PDEATHSIG SIGUSR1");
	TST_EXP_PASS(prctl(PR_GET_PDEATHSIG, &sig), "PR_GET_PDEATHSIG");
	TST_EXP_EXPR(sig == SIGUSR1, "pdeathsig is %s", tst_sig_name(sig));
	TST_EXP_FAIL(prctl(PR_SET_PDEATHSIG, 1000), EINVAL, "PR_SET_PDEATHSIG 1000");
	prctl(PR_SET_PDEATHSIG, 0);

	/* middle -> grandchild with PDEATHSIG SIGKILL; middle exits */
	SAFE_PIPE(p);
	pid = SAFE_FORK();
	if (pid == 0) {
		int q[2];
		char c;

		SAFE_PIPE(q);
		if (SAFE_FORK() == 0) {
			prctl(PR_SET_PDEATHSIG, SIGKILL);
			SAFE_WRITE(q[1], "r", 1);
			for (int i = 0; i < 2000; i++)	/* at most ~2 s */
				usleep(1000);
			SAFE_WRITE(p[1], "alive", 5);
			_exit(0);
		}
		SAFE_READ(q[0], &c, 1);
		_exit(0);
	}
	SAFE_CLOSE(p[1]);
	SAFE_WAITPID(pid, NULL, 0);
	TST_EXP_VAL(read(p[0], name, sizeof(name)), 0,
		    "child with PDEATHSIG SIGKILL died with its parent (EOF)");
	SAFE_CLOSE(p[0]);

	v = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	TST_EXP_EXPR(v == 0 || v == 1, "PR_GET_NO_NEW_PRIVS returned %ld", v);
	pid = SAFE_FORK();
	if (pid == 0) {
		if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
			_exit(1);
		if (prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 1)
			_exit(2);
		_exit(prctl(PR_SET_NO_NEW_PRIVS, 0, 0, 0, 0) == -1 &&
		      errno == EINVAL ? 0 : 3);
	}
	tst_check_child_exit(pid, 0, "PR_SET_NO_NEW_PRIVS 1 sticks; clearing -> EINVAL");

	v = prctl(PR_CAPBSET_READ, 0 /* CAP_CHOWN */, 0, 0, 0);
	TST_EXP_EXPR(v == 0 || v == 1, "PR_CAPBSET_READ(CAP_CHOWN) returned %ld", v);
	TST_EXP_FAIL(prctl(PR_CAPBSET_READ, 1000, 0, 0, 0), EINVAL,
		     "PR_CAPBSET_READ(1000)");
	TST_EXP_FAIL(prctl(0x7fff1234, 0, 0, 0, 0), EINVAL, "prctl(unknown option)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
