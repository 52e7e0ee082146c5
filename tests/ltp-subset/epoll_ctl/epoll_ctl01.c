// SPDX-License-Identifier: Apache-2.0
/*
 * epoll_ctl01 - epoll_ctl(2).
 *
 * Checks:
 *  - EPOLL_CTL_ADD registers a pipe; its readiness is reported with the
 *    user data given;
 *  - EPOLL_CTL_MOD changes the event mask and data;
 *  - EPOLL_CTL_DEL removes it (no more events);
 *  - errors: EEXIST (ADD twice), ENOENT (MOD/DEL of an unregistered fd),
 *    EBADF (bad fd), EPERM (regular file), EINVAL (epfd == fd; epfd not an
 *    epoll fd; bad op), EFAULT (bad event pointer).
 */
#include "tst.h"
#include <sys/epoll.h>

static void run(void)
{
	int ep = epoll_create1(0), p[2], f;
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0x1234 }, out;

	if (ep < 0)
		tst_brk(TBROK | TERRNO, "epoll_create1");
	SAFE_PIPE(p);
	tst_write_file("file", "x");
	f = SAFE_OPEN("file", O_RDONLY);
	TST_EXP_PASS(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), "EPOLL_CTL_ADD(pipe r)");
	SAFE_WRITE(p[1], "x", 1);
	TST_EXP_VAL(epoll_wait(ep, &out, 1, 0), 1, "epoll_wait after write");
	TST_EXP_EXPR(out.data.u64 == 0x1234 && (out.events & EPOLLIN),
		     "event data 0x%llx events %#x", (unsigned long long)out.data.u64,
		     out.events);
	ev.events = EPOLLOUT;
	ev.data.u64 = 0x5678;
	TST_EXP_PASS(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev), "EPOLL_CTL_MOD -> EPOLLOUT");
	TST_EXP_VAL(epoll_wait(ep, &out, 1, 0), 0, "read end never EPOLLOUT: no event");
	TST_EXP_FAIL(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), EEXIST, "ADD twice");
	TST_EXP_PASS(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), "EPOLL_CTL_DEL");
	TST_EXP_FAIL(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev), ENOENT, "MOD unregistered");
	TST_EXP_FAIL(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), ENOENT, "DEL unregistered");
	TST_EXP_FAIL(epoll_ctl(ep, EPOLL_CTL_ADD, 999, &ev), EBADF, "ADD bad fd");
	TST_EXP_FAIL(epoll_ctl(ep, EPOLL_CTL_ADD, f, &ev), EPERM, "ADD regular file");
	TST_EXP_FAIL(epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev), EINVAL, "ADD epfd to itself");
	TST_EXP_FAIL(epoll_ctl(p[1], EPOLL_CTL_ADD, p[0], &ev), EINVAL, "epfd not epoll");
	TST_EXP_FAIL(epoll_ctl(ep, 42, p[0], &ev), EINVAL, "op 42");
	TST_EXP_FAIL(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], tst_bad_addr()), EFAULT,
		     "ADD with bad event pointer");
	SAFE_CLOSE(f);
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
	SAFE_CLOSE(ep);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
