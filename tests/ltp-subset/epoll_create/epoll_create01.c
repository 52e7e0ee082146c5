// SPDX-License-Identifier: Apache-2.0
/*
 * epoll_create01 - the original epoll_create(2) syscall.
 *
 * Checks:
 *  - epoll_create(1) and epoll_create(1000) return fds with FD_CLOEXEC
 *    clear (size is only a hint, but must be positive);
 *  - the fd works: a pipe added with EPOLLIN is reported once written;
 *  - errors: EINVAL (size 0; size -1).
 */
#include "tst.h"
#include <sys/epoll.h>

static void run(void)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.u32 = 77 }, out;
	int e1, e2, p[2];

	TST_EXP_FD(syscall(SYS_epoll_create, 1), "epoll_create(1)");
	e1 = TST_RET;
	TST_EXP_FD(syscall(SYS_epoll_create, 1000), "epoll_create(1000)");
	e2 = TST_RET;
	if (e1 < 0 || e2 < 0)
		return;
	TST_EXP_VAL(fcntl(e1, F_GETFD), 0, "FD_CLOEXEC clear");
	SAFE_PIPE(p);
	TST_EXP_PASS(epoll_ctl(e1, EPOLL_CTL_ADD, p[0], &ev), "epoll_ctl(ADD pipe)");
	TST_EXP_VAL(epoll_wait(e1, &out, 1, 0), 0, "nothing ready yet");
	SAFE_WRITE(p[1], "x", 1);
	TST_EXP_VAL(epoll_wait(e1, &out, 1, 0), 1, "pipe readable");
	TST_EXP_EXPR(out.data.u32 == 77 && (out.events & EPOLLIN), "data 77, EPOLLIN");
	TST_EXP_FAIL(syscall(SYS_epoll_create, 0), EINVAL, "epoll_create(0)");
	TST_EXP_FAIL(syscall(SYS_epoll_create, -1), EINVAL, "epoll_create(-1)");
	close(p[0]);
	close(p[1]);
	close(e1);
	close(e2);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
