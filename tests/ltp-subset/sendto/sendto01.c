// SPDX-License-Identifier: Apache-2.0
/*
 * sendto01 - sendto(2).
 *
 * Checks:
 *  - UDP sendto(127.0.0.1:port) delivers the datagram, and the receiver
 *    sees the sender's address;
 *  - a zero-length UDP datagram is delivered as a zero-length message;
 *  - sendto() on a connected AF_UNIX stream socket with a NULL address;
 *  - MSG_DONTWAIT on a full AF_UNIX stream socket gives EAGAIN;
 *  - errors, one case per row: EDESTADDRREQ (unconnected UDP, no address),
 *    EMSGSIZE (UDP datagram over 65507 bytes), EINVAL (addrlen too short),
 *    EAFNOSUPPORT (AF_INET6 address on an AF_INET socket), EFAULT (bad
 *    buffer), EBADF, ENOTSOCK, EPIPE (TCP after shutdown(SHUT_WR), with
 *    MSG_NOSIGNAL).
 */
#include "tst.h"
#include <sys/socket.h>
#include <netinet/in.h>

static int udp = -1, rcv = -1, tcp = -1, tcplis = -1, pipefd[2];
static struct sockaddr_in dst;
static struct sockaddr_in6 dst6;
static char big[65536];

static int fd_udp(void) { return udp; }
static int fd_tcp(void) { return tcp; }
static int fd_closed(void) { return 1000; }
static int fd_pipe(void) { return pipefd[1]; }

static const struct tcase {
	const char *name;
	int (*fd)(void);
	const void *buf;	/* NULL: bad pointer */
	size_t len;
	int flags;
	const void *addr;
	socklen_t alen;
	int exp_err;
} cases[] = {
	{ "unconnected UDP, no address", fd_udp, "x", 1, 0, NULL, 0, EDESTADDRREQ },
	{ "65508-byte UDP datagram", fd_udp, big, 65508, 0, &dst, sizeof(dst), EMSGSIZE },
	{ "addrlen too short", fd_udp, "x", 1, 0, &dst, sizeof(dst) - 1, EINVAL },
	{ "AF_INET6 address", fd_udp, "x", 1, 0, &dst6, sizeof(dst6), EAFNOSUPPORT },
	{ "bad buffer", fd_udp, NULL, 16, 0, &dst, sizeof(dst), EFAULT },
	{ "closed fd", fd_closed, "x", 1, 0, &dst, sizeof(dst), EBADF },
	{ "pipe", fd_pipe, "x", 1, 0, &dst, sizeof(dst), ENOTSOCK },
	{ "TCP after SHUT_WR", fd_tcp, "x", 1, MSG_NOSIGNAL, NULL, 0, EPIPE },
};

static void setup(void)
{
	struct sockaddr_in lis = { .sin_family = AF_INET };
	socklen_t len = sizeof(dst);
	dst.sin_family = AF_INET;
	dst.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	udp = socket(AF_INET, SOCK_DGRAM, 0);
	rcv = socket(AF_INET, SOCK_DGRAM, 0);
	if (bind(rcv, (struct sockaddr *)&dst, sizeof(dst)) ||
	    getsockname(rcv, (struct sockaddr *)&dst, &len))
		tst_brk(TBROK | TERRNO, "bind UDP");
	dst6.sin6_family = AF_INET6;
	dst6.sin6_addr = in6addr_loopback;
	dst6.sin6_port = dst.sin_port;
	SAFE_PIPE(pipefd);

	lis.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	len = sizeof(lis);
	tcplis = socket(AF_INET, SOCK_STREAM, 0);
	tcp = socket(AF_INET, SOCK_STREAM, 0);
	if (bind(tcplis, (struct sockaddr *)&lis, len) || listen(tcplis, 1) ||
	    getsockname(tcplis, (struct sockaddr *)&lis, &len) ||
	    connect(tcp, (struct sockaddr *)&lis, len) || shutdown(tcp, SHUT_WR))
		tst_brk(TBROK | TERRNO, "TCP setup");
}

static void run_ok(void)
{
	struct sockaddr_in from, me;
	socklen_t flen = sizeof(from), mlen = sizeof(me);
	char buf[16];
	int sv[2], n = 0;

	TST_EXP_VAL(sendto(udp, "hello", 5, 0, (struct sockaddr *)&dst, sizeof(dst)), 5,
		    "sendto(UDP 127.0.0.1:%d)", ntohs(dst.sin_port));
	TST_EXP_VAL(recvfrom(rcv, buf, sizeof(buf), 0, (struct sockaddr *)&from, &flen), 5,
		    "datagram received");
	getsockname(udp, (struct sockaddr *)&me, &mlen);
	TST_EXP_EXPR(!memcmp(buf, "hello", 5) && from.sin_port == me.sin_port,
		     "payload intact, source port %d is the sender's", ntohs(from.sin_port));
	TST_EXP_VAL(sendto(udp, "", 0, 0, (struct sockaddr *)&dst, sizeof(dst)), 0,
		    "sendto(zero-length datagram)");
	TST_EXP_VAL(recv(rcv, buf, sizeof(buf), MSG_DONTWAIT), 0, "zero-length datagram received");

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		tst_brk(TBROK | TERRNO, "socketpair");
	TST_EXP_VAL(sendto(sv[0], "ab", 2, 0, NULL, 0), 2, "sendto(connected stream, NULL addr)");
	while (sendto(sv[0], big, sizeof(big), MSG_DONTWAIT, NULL, 0) > 0 && n < 1000)
		n++;
	TST_EXP_FAIL(sendto(sv[0], big, sizeof(big), MSG_DONTWAIT, NULL, 0), EAGAIN,
		     "sendto(MSG_DONTWAIT) on a full socket (after %d writes)", n);
	close(sv[0]);
	close(sv[1]);
}

static void run(unsigned int n)
{
	const struct tcase *tc;

	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	tc = &cases[n];
	TST_EXP_FAIL(sendto(tc->fd(), tc->buf ? tc->buf : tst_bad_addr(), tc->len, tc->flags,
			    tc->addr, tc->alen), tc->exp_err, "sendto(%s)", tc->name);
}

static void cleanup(void)
{
	close(udp);
	close(rcv);
	close(tcp);
	close(tcplis);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1, .setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
