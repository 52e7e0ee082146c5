// SPDX-License-Identifier: Apache-2.0
/*
 * epoll_create101 - epoll_create1(2) (and epoll_create(2)).
 *
 * Checks:
 *  - epoll_create1(0) returns an fd without FD_CLOEXEC;
 *  - epoll_create1(EPOLL_CLOEXEC) sets FD_CLOEXEC;
 *  - a new epoll fd has no events (epoll_wait with timeout 0 returns 0);
 *  - EINVAL for unknown flags; epoll_create(0) -> EINVAL, (1) works.
 */
#include "tst.h"
#include <sys/epoll.h>

static const struct { int flags; int cloexec; } cases[] = {
	{ 0, 0 }, { EPOLL_CLOEXEC, FD_CLOEXEC },
};

static void run(unsigned int n)
{
	struct epoll_event ev;

	TST_EXP_FD(epoll_create1(cases[n].flags), "epoll_create1(0x%x)", cases[n].flags);
	if (!TST_PASS)
		return;
	int fd = (int)TST_RET;

	TST_EXP_VAL(fcntl(fd, F_GETFD), cases[n].cloexec, "F_GETFD");
	TST_EXP_VAL(epoll_wait(fd, &ev, 1, 0), 0, "no events on a new epoll fd");
	close(fd);
	if (n == 1) {
		TST_EXP_FAIL(epoll_create1(1), EINVAL, "epoll_create1(1)");
		TST_EXP_FAIL(syscall(SYS_epoll_create, 0), EINVAL, "epoll_create(0)");
		TST_EXP_FD(syscall(SYS_epoll_create, 1), "epoll_create(1)");
		if (TST_PASS)
			close((int)TST_RET);
	}
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
