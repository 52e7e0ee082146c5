// SPDX-License-Identifier: Apache-2.0
/*
 * setdomainname01 - setdomainname(2).
 *
 * The test never changes the domainname of the namespace it runs in: every
 * successful call is made in a child that first did unshare(CLONE_NEWUTS)
 * (TCONF if that fails).  Checks:
 *  - in a new UTS namespace, setdomainname("sbx-domainname-test") is read back
 *    by uname() (domainname); a 64-byte name (the maximum) works; the
 *    name is not NUL-terminated by the caller (len excludes the NUL);
 *  - the parent's domainname is unchanged afterwards;
 *  - errors (also inside the new namespace): EINVAL (len 65; negative
 *    len), EFAULT (bad name);
 *  - EPERM from a child that dropped to uid 65534 in our namespace (TCONF
 *    if the drop fails).
 */
#include "tst.h"
#include <grp.h>
#include <sched.h>
#include <sys/utsname.h>

static int in_new_ns(void)
{
	struct utsname u;
	char name[80];

	if (unshare(CLONE_NEWUTS))
		return 32;
	if (setdomainname("sbx-domainname-testXXX", strlen("sbx-domainname-test")))
		return 1;
	if (uname(&u) || strcmp(u.domainname, "sbx-domainname-test"))
		return 2;
	memset(name, 'h', sizeof(name));
	if (setdomainname(name, 64) || uname(&u) || strlen(u.domainname) != 64)
		return 3;
	if (setdomainname(name, 65) != -1 || errno != EINVAL)
		return 4;
	if (syscall(SYS_setdomainname, name, -1) != -1 || errno != EINVAL)
		return 5;
	if (setdomainname(tst_bad_addr(), 8) != -1 || errno != EFAULT)
		return 6;
	return 0;
}

static void run(void)
{
	struct utsname before, after;
	int status;
	pid_t pid;

	uname(&before);
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(in_new_ns());
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 32)
		tst_res(TCONF, "unshare(CLONE_NEWUTS) not permitted");
	else
		TST_EXP_EXPR(status == 0, "in a new UTS namespace: set, read back, 64-byte name, "
			     "EINVAL for 65 and -1, EFAULT (code %d)", status);
	uname(&after);
	TST_EXP_EXPR(!strcmp(before.domainname, after.domainname), "our domainname unchanged (\"%s\")",
		     after.domainname);

	pid = SAFE_FORK();
	if (pid == 0) {
		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		_exit(setdomainname("sbx-no", 6) == -1 && errno == EPERM ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "unprivileged setdomainname() -> EPERM (%s)", tst_strstatus(status));
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
