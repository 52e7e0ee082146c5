// SPDX-License-Identifier: Apache-2.0
/*
 * epoll_wait01 - epoll_wait(2) through the raw syscall.
 *
 * Checks:
 *  - level-triggered: a readable pipe is reported on every call until
 *    drained;
 *  - EPOLLET: reported once per new write;
 *  - EPOLLONESHOT: reported once, then disabled until re-armed with MOD;
 *  - maxevents limits the number returned; a 30 ms timeout returns 0;
 *  - a write from a child wakes a blocked epoll_wait;
 *  - errors: EINVAL (maxevents 0; epfd not epoll), EBADF, EFAULT (bad
 *    events buffer).
 */
#include "tst.h"
#include <sys/epoll.h>

static long ew(int ep, struct epoll_event *e, int max, int to)
{
	return syscall(SYS_epoll_wait, ep, e, max, to);
}

static void run(void)
{
	int ep = epoll_create1(0), a[2], b[2];
	struct epoll_event ev = { .events = EPOLLIN }, out[4];
	pid_t pid;
	char c;

	SAFE_PIPE(a);
	SAFE_PIPE(b);
	ev.data.fd = a[0];
	epoll_ctl(ep, EPOLL_CTL_ADD, a[0], &ev);
	SAFE_WRITE(a[1], "xy", 2);
	TST_EXP_VAL(ew(ep, out, 4, 0), 1, "level-triggered: first wait");
	TST_EXP_VAL(ew(ep, out, 4, 0), 1, "level-triggered: reported again");
	SAFE_READ(a[0], out, 2);
	TST_EXP_VAL(ew(ep, out, 4, 0), 0, "not reported after draining");

	ev.events = EPOLLIN | EPOLLET;
	epoll_ctl(ep, EPOLL_CTL_MOD, a[0], &ev);
	SAFE_WRITE(a[1], "x", 1);
	TST_EXP_VAL(ew(ep, out, 4, 0), 1, "EPOLLET: reported after write");
	TST_EXP_VAL(ew(ep, out, 4, 0), 0, "EPOLLET: not reported again");
	SAFE_READ(a[0], &c, 1);

	ev.events = EPOLLIN | EPOLLONESHOT;
	epoll_ctl(ep, EPOLL_CTL_MOD, a[0], &ev);
	SAFE_WRITE(a[1], "x", 1);
	TST_EXP_VAL(ew(ep, out, 4, 0), 1, "EPOLLONESHOT: reported once");
	TST_EXP_VAL(ew(ep, out, 4, 0), 0, "EPOLLONESHOT: disabled afterwards");
	epoll_ctl(ep, EPOLL_CTL_MOD, a[0], &ev);
	TST_EXP_VAL(ew(ep, out, 4, 0), 1, "EPOLLONESHOT: re-armed by MOD");

	ev.events = EPOLLIN;
	ev.data.fd = b[0];
	epoll_ctl(ep, EPOLL_CTL_ADD, b[0], &ev);
	SAFE_WRITE(b[1], "x", 1);
	TST_EXP_VAL(ew(ep, out, 1, 0), 1, "maxevents 1 with 2 ready returns 1");
	SAFE_READ(a[0], &c, 1);
	SAFE_READ(b[0], &c, 1);
	TST_EXP_VAL(ew(ep, out, 4, 30), 0, "30 ms timeout, nothing ready");

	pid = SAFE_FORK();
	if (pid == 0) {
		usleep(20000);
		SAFE_WRITE(b[1], "w", 1);
		_exit(0);
	}
	TST_EXP_VAL(ew(ep, out, 4, 3000), 1, "blocked wait woken by child's write");
	TST_EXP_EXPR(out[0].data.fd == b[0], "event for fd %d", out[0].data.fd);
	SAFE_WAITPID(pid, NULL, 0);

	TST_EXP_FAIL(ew(ep, out, 0, 0), EINVAL, "maxevents 0");
	TST_EXP_FAIL(ew(a[0], out, 1, 0), EINVAL, "epfd not an epoll fd");
	TST_EXP_FAIL(ew(999, out, 1, 0), EBADF, "bad epfd");
	TST_EXP_FAIL(ew(ep, tst_bad_addr(), 1, 0), EFAULT, "bad events buffer");
	close(a[0]); close(a[1]); close(b[0]); close(b[1]); close(ep);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
