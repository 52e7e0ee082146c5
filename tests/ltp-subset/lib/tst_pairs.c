// SPDX-License-Identifier: Apache-2.0
/*
 * Test bodies shared by syscalls that come in pairs and differ only in what
 * they name: sethostname/setdomainname, setfsuid/setfsgid. Each syscall's
 * test file still says what it checks and passes its call in (tst.h).
 */
#include "tst.h"
#include <grp.h>
#include <sched.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/utsname.h>

static const struct tst_uts_call *uts;

static const char *uts_field(const struct utsname *u)
{
	return (const char *)u + uts->field;
}

/* In a child: unshare(CLONE_NEWUTS), then the calls; 0, 32 (no unshare) or a failure code. */
static int uts_in_new_ns(void)
{
	struct utsname u;
	char name[80], want[64], arg[80];

	if (unshare(CLONE_NEWUTS))
		return 32;
	/* The length excludes the NUL and the tail the caller did not mean. */
	snprintf(want, sizeof(want), "sbx-%s-test", uts->what);
	snprintf(arg, sizeof(arg), "%sXXX", want);
	if (uts->set(arg, strlen(want)))
		return 1;
	if (uname(&u) || strcmp(uts_field(&u), want))
		return 2;
	memset(name, 'h', sizeof(name));
	if (uts->set(name, 64) || uname(&u) || strlen(uts_field(&u)) != 64)
		return 3;
	if (uts->set(name, 65) != -1 || errno != EINVAL)
		return 4;
	if (syscall(uts->nr, name, -1) != -1 || errno != EINVAL)
		return 5;
	if (uts->set(tst_bad_addr(), 8) != -1 || errno != EFAULT)
		return 6;
	return 0;
}

void tst_uts_setter(const struct tst_uts_call *call)
{
	struct utsname before, after;
	int status;
	pid_t pid;

	uts = call;
	uname(&before);
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(uts_in_new_ns());
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 32)
		tst_res(TCONF, "unshare(CLONE_NEWUTS) not permitted");
	else
		TST_EXP_EXPR(status == 0, "in a new UTS namespace: set, read back, 64-byte name, "
			     "EINVAL for 65 and -1, EFAULT (code %d)", status);
	uname(&after);
	TST_EXP_EXPR(!strcmp(uts_field(&before), uts_field(&after)), "our %s unchanged (\"%s\")",
		     call->what, uts_field(&after));

	pid = SAFE_FORK();
	if (pid == 0) {
		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		_exit(call->set("sbx-no", 6) == -1 && errno == EPERM ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "unprivileged %s() -> EPERM (%s)", call->name, tst_strstatus(status));
}

void tst_fsid_setter(const struct tst_fsid_call *call)
{
	int cur = (int)call->effective();
	int status;
	pid_t pid;

	TST_EXP_VAL(call->set(-1), cur, "%s(-1) returns the effective %s", call->name, call->id);
	TST_EXP_VAL(call->set(cur), cur, "%s(%d) returns the current value", call->name, cur);
	SAFE_MKDIR("pub", 0777);
	SAFE_CHMOD("pub", 0777);
	pid = SAFE_FORK();
	if (pid == 0) {
		struct stat st;
		int fd;

		if (geteuid() != 0) {
			call->set(0);
			_exit(call->set(-1) == cur ? 10 : 11);
		}
		/* enter pub while we may still search the 0700 temp dir */
		if (chdir("pub") || call->set(65534) != cur || call->set(-1) != 65534)
			_exit(1);
		fd = open("f", O_CREAT | O_WRONLY, 0644);
		if (fd < 0 || fstat(fd, &st))
			_exit(2);
		if ((call->is_gid ? st.st_gid : st.st_uid) != 65534)
			_exit(3);
		_exit(call->effective() == (unsigned int)cur ? 0 : 4);
	}
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 10)
		tst_res(TPASS, "unprivileged %s(0) has no effect", call->name);
	else
		TST_EXP_EXPR(status == 0, "%s(65534): new files owned by 65534, e%s "
			     "unchanged (code %d)", call->name, call->id, status);
}
