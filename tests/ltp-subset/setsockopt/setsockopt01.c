// SPDX-License-Identifier: Apache-2.0
/*
 * setsockopt01 - setsockopt(2).
 *
 * Checks, one case per row (each option is set and read back with
 * getsockopt):
 *  - SO_REUSEADDR, SO_KEEPALIVE, SO_BROADCAST on/off;
 *  - SO_RCVBUF / SO_SNDBUF: the kernel doubles the value (reads back at
 *    least the requested size);
 *  - TCP_NODELAY on a TCP socket; IPV6_V6ONLY on an AF_INET6 socket (TCONF
 *    without IPv6);
 *  - SO_RCVTIMEO reads back the timeval that was set;
 *  - errors: ENOPROTOOPT (unknown SOL_SOCKET option; TCP_NODELAY on a UDP
 *    socket), EINVAL (optlen smaller than an int), EFAULT (bad optval),
 *    EBADF, ENOTSOCK.
 */
#include "tst.h"
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

static const struct tcase {
	const char *name;
	int domain, type, level, opt, val;
	int at_least;		/* read-back must be >= val instead of == */
} cases[] = {
	{ "SO_REUSEADDR=1", AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR, 1, 0 },
	{ "SO_REUSEADDR=0", AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR, 0, 0 },
	{ "SO_KEEPALIVE=1", AF_INET, SOCK_STREAM, SOL_SOCKET, SO_KEEPALIVE, 1, 0 },
	{ "SO_BROADCAST=1", AF_INET, SOCK_DGRAM, SOL_SOCKET, SO_BROADCAST, 1, 0 },
	{ "SO_RCVBUF=8192", AF_INET, SOCK_STREAM, SOL_SOCKET, SO_RCVBUF, 8192, 1 },
	{ "SO_SNDBUF=16384", AF_INET, SOCK_DGRAM, SOL_SOCKET, SO_SNDBUF, 16384, 1 },
	{ "SO_RCVBUF=4096 (AF_UNIX)", AF_UNIX, SOCK_STREAM, SOL_SOCKET, SO_RCVBUF, 4096, 1 },
	{ "TCP_NODELAY=1", AF_INET, SOCK_STREAM, IPPROTO_TCP, TCP_NODELAY, 1, 0 },
	{ "TCP_NODELAY=0", AF_INET, SOCK_STREAM, IPPROTO_TCP, TCP_NODELAY, 0, 0 },
	{ "IPV6_V6ONLY=1", AF_INET6, SOCK_STREAM, IPPROTO_IPV6, IPV6_V6ONLY, 1, 0 },
};

static void run_errors(void)
{
	int tcp = socket(AF_INET, SOCK_STREAM, 0), udp = socket(AF_INET, SOCK_DGRAM, 0);
	int one = 1, p[2];
	struct timeval tv = { 1, 500000 }, got;
	socklen_t len = sizeof(got);

	TST_EXP_PASS(setsockopt(tcp, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)), "SO_RCVTIMEO 1.5 s");
	getsockopt(tcp, SOL_SOCKET, SO_RCVTIMEO, &got, &len);
	TST_EXP_EXPR(got.tv_sec == 1 && got.tv_usec == 500000, "SO_RCVTIMEO reads back %ld.%06ld",
		     (long)got.tv_sec, (long)got.tv_usec);
	TST_EXP_FAIL(setsockopt(tcp, SOL_SOCKET, 9999, &one, sizeof(one)), ENOPROTOOPT,
		     "setsockopt(SOL_SOCKET, 9999)");
	TST_EXP_FAIL(setsockopt(udp, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)), ENOPROTOOPT,
		     "setsockopt(UDP, TCP_NODELAY)");
	TST_EXP_FAIL(setsockopt(tcp, SOL_SOCKET, SO_REUSEADDR, &one, 1), EINVAL,
		     "setsockopt(SO_REUSEADDR, optlen 1)");
	TST_EXP_FAIL(setsockopt(tcp, SOL_SOCKET, SO_REUSEADDR, tst_bad_addr(), sizeof(int)), EFAULT,
		     "setsockopt(bad optval)");
	TST_EXP_FAIL(setsockopt(1000, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)), EBADF,
		     "setsockopt(closed fd)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(setsockopt(p[0], SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)), ENOTSOCK,
		     "setsockopt(pipe)");
	close(p[0]);
	close(p[1]);
	close(tcp);
	close(udp);
}

static void run(unsigned int n)
{
	const struct tcase *tc;
	int fd, got = -1;
	socklen_t len = sizeof(got);

	if (n == ARRAY_SIZE(cases)) {
		run_errors();
		return;
	}
	tc = &cases[n];
	fd = socket(tc->domain, tc->type, 0);
	if (fd < 0 && tc->domain == AF_INET6) {
		tst_res(TCONF | TERRNO, "socket(AF_INET6)");
		return;
	}
	TST_EXP_PASS(setsockopt(fd, tc->level, tc->opt, &tc->val, sizeof(tc->val)),
		     "setsockopt(%s)", tc->name);
	getsockopt(fd, tc->level, tc->opt, &got, &len);
	if (tc->at_least)
		TST_EXP_EXPR(got >= tc->val, "%s reads back %d (>= %d)", tc->name, got, tc->val);
	else
		TST_EXP_EXPR(!!got == !!tc->val, "%s reads back %d", tc->name, got);
	close(fd);
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) + 1 };
TST_MAIN(test)
