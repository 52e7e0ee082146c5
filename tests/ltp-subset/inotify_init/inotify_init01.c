// SPDX-License-Identifier: Apache-2.0
/*
 * inotify_init01 - the old inotify_init(2) syscall (no flags).
 *
 * Checks:
 *  - it returns an fd with neither FD_CLOEXEC nor O_NONBLOCK set;
 *  - the fd accepts inotify_add_watch(IN_CREATE) on the temp dir (returns a
 *    watch descriptor >= 0), and creating "newfile" there makes a read
 *    return one inotify_event with that wd, mask IN_CREATE and the name;
 *  - two calls give two distinct fds;
 *  - EMFILE when RLIMIT_NOFILE is exhausted (in a child).
 */
#include "tst.h"
#include <sys/inotify.h>
#include <sys/resource.h>

static void run(void)
{
	char buf[sizeof(struct inotify_event) + 256] __attribute__((aligned(8)));
	struct inotify_event *ev = (void *)buf;
	int fd, fd2, wd;
	long n;
	pid_t pid;

	TST_EXP_FD(syscall(SYS_inotify_init), "inotify_init()");
	fd = TST_RET;
	if (fd < 0)
		return;
	TST_EXP_VAL(fcntl(fd, F_GETFD), 0, "no FD_CLOEXEC");
	TST_EXP_EXPR(!(fcntl(fd, F_GETFL) & O_NONBLOCK), "no O_NONBLOCK");
	TST_EXP_FD(inotify_add_watch(fd, ".", IN_CREATE), "inotify_add_watch(., IN_CREATE)");
	wd = TST_RET;
	tst_write_file("newfile", "x");
	n = read(fd, buf, sizeof(buf));
	TST_EXP_EXPR(n >= (long)sizeof(*ev) && ev->wd == wd && (ev->mask & IN_CREATE) &&
		     ev->len && !strcmp(ev->name, "newfile"),
		     "event: read %ld wd %d mask 0x%x name \"%s\"", n, ev->wd, ev->mask,
		     n >= (long)sizeof(*ev) && ev->len ? ev->name : "");

	TST_EXP_FD(syscall(SYS_inotify_init), "second inotify_init()");
	fd2 = TST_RET;
	TST_EXP_EXPR(fd2 != fd, "distinct fds %d and %d", fd, fd2);
	if (fd2 >= 0)
		SAFE_CLOSE(fd2);
	SAFE_CLOSE(fd);

	pid = SAFE_FORK();
	if (pid == 0) {
		struct rlimit rl = { 0, 0 };

		if (setrlimit(RLIMIT_NOFILE, &rl))
			tst_brk(TBROK | TERRNO, "setrlimit(RLIMIT_NOFILE, 0)");
		TST_EXP_FAIL(syscall(SYS_inotify_init), EMFILE, "inotify_init() with RLIMIT_NOFILE 0");
		_exit(0);
	}
	tst_check_child_exit(pid, 0, "EMFILE child");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
