// SPDX-License-Identifier: Apache-2.0
/*
 * accept401 - accept4(2).
 *
 * Checks, one case per flags row (TCP on 127.0.0.1 and AF_UNIX):
 *  - flags 0: the new fd has neither FD_CLOEXEC nor O_NONBLOCK;
 *  - SOCK_CLOEXEC sets FD_CLOEXEC only; SOCK_NONBLOCK sets O_NONBLOCK only;
 *    both together set both;
 *  - the flags are taken from accept4(), not from the listener (a listener
 *    made with SOCK_CLOEXEC | SOCK_NONBLOCK still gives a plain fd with
 *    flags 0);
 *  - errors: EINVAL for an unknown flag bit (O_APPEND), EBADF, ENOTSOCK.
 */
#include "tst.h"
#include <sys/socket.h>
#include <netinet/in.h>

static const struct tcase {
	int domain, flags, lflags;
} cases[] = {
	{ AF_INET, 0, 0 },
	{ AF_INET, SOCK_CLOEXEC, 0 },
	{ AF_INET, SOCK_NONBLOCK, 0 },
	{ AF_INET, SOCK_CLOEXEC | SOCK_NONBLOCK, 0 },
	{ AF_INET, 0, SOCK_CLOEXEC | SOCK_NONBLOCK },
	{ AF_UNIX, 0, 0 },
	{ AF_UNIX, SOCK_CLOEXEC | SOCK_NONBLOCK, 0 },
};

struct uaddr { sa_family_t f; char p[40]; };

static void pair(int domain, int lflags, int *lis, int *cli)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	struct uaddr u = { AF_UNIX, "" };
	struct sockaddr *sa;
	socklen_t len;

	*lis = socket(domain, SOCK_STREAM | lflags, 0);
	if (domain == AF_INET) {
		a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		sa = (struct sockaddr *)&a;
		len = sizeof(a);
	} else {
		snprintf(u.p + 1, sizeof(u.p) - 1, "sbx-accept401-%d", getpid());
		sa = (struct sockaddr *)&u;
		len = sizeof(sa_family_t) + 1 + strlen(u.p + 1);
	}
	if (*lis < 0 || bind(*lis, sa, len) || listen(*lis, 1))
		tst_brk(TBROK | TERRNO, "listener");
	getsockname(*lis, sa, &len);
	*cli = socket(domain, SOCK_STREAM, 0);
	if (connect(*cli, sa, len))
		tst_brk(TBROK | TERRNO, "connect");
}

static void run(unsigned int n)
{
	const struct tcase *tc = &cases[n];
	int lis, cli, fd, pfd[2];

	pair(tc->domain, tc->lflags, &lis, &cli);
	fd = accept4(lis, NULL, NULL, tc->flags);
	if (fd < 0) {
		tst_res(TFAIL | TERRNO, "accept4(%s, 0x%x)",
			tc->domain == AF_INET ? "AF_INET" : "AF_UNIX", tc->flags);
	} else {
		int cloexec = !!(fcntl(fd, F_GETFD) & FD_CLOEXEC);
		int nonblock = !!(fcntl(fd, F_GETFL) & O_NONBLOCK);

		TST_EXP_EXPR(cloexec == !!(tc->flags & SOCK_CLOEXEC) &&
			     nonblock == !!(tc->flags & SOCK_NONBLOCK),
			     "accept4(%s, flags 0x%x, listener flags 0x%x): cloexec %d nonblock %d",
			     tc->domain == AF_INET ? "AF_INET" : "AF_UNIX",
			     tc->flags, tc->lflags, cloexec, nonblock);
		close(fd);
	}
	if (n == 0) {
		TST_EXP_FAIL(accept4(lis, NULL, NULL, O_APPEND), EINVAL, "accept4(flags O_APPEND)");
		TST_EXP_FAIL(accept4(1000, NULL, NULL, 0), EBADF, "accept4(closed fd)");
		SAFE_PIPE(pfd);
		TST_EXP_FAIL(accept4(pfd[0], NULL, NULL, SOCK_CLOEXEC), ENOTSOCK, "accept4(pipe)");
		SAFE_CLOSE(pfd[0]);
		SAFE_CLOSE(pfd[1]);
	}
	SAFE_CLOSE(cli);
	SAFE_CLOSE(lis);
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
