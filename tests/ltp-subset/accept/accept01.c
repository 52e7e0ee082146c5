// SPDX-License-Identifier: Apache-2.0
/*
 * accept01 - accept(2).
 *
 * Checks:
 *  - accept() on a TCP listener returns a new connected fd, and the peer
 *    address it fills in equals the client's getsockname();
 *  - the addrlen argument is updated to sizeof(struct sockaddr_in);
 *  - accept(fd, NULL, NULL) works;
 *  - the accepted fd does not inherit O_NONBLOCK from the listener;
 *  - AF_UNIX stream: the accepted fd talks to the client;
 *  - errors, one case per row: EAGAIN (non-blocking listener, nothing
 *    pending), EINVAL (socket not listening), EOPNOTSUPP (UDP socket),
 *    EBADF (closed fd), ENOTSOCK (pipe), EFAULT (bad addr pointer with a
 *    connection pending).
 */
#include "tst.h"
#include <sys/socket.h>
#include <netinet/in.h>

static int lis = -1, nblis = -1, unlistened = -1, udp = -1, pipefd[2];
static struct sockaddr_in lis_addr;

static int fd_nblis(void) { return nblis; }
static int fd_unlistened(void) { return unlistened; }
static int fd_udp(void) { return udp; }
static int fd_closed(void) { return 1000; }
static int fd_pipe(void) { return pipefd[0]; }

static const struct tcase {
	const char *name;
	int (*fd)(void);
	int exp_err;
} cases[] = {
	{ "non-blocking listener, no connection", fd_nblis, EAGAIN },
	{ "socket not listening", fd_unlistened, EINVAL },
	{ "UDP socket", fd_udp, EOPNOTSUPP },
	{ "closed fd", fd_closed, EBADF },
	{ "pipe", fd_pipe, ENOTSOCK },
};

static int tcp_listener(struct sockaddr_in *addr, int flags)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM | flags, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof(a)) || listen(fd, 8))
		tst_brk(TBROK | TERRNO, "listener");
	if (addr)
		getsockname(fd, (struct sockaddr *)addr, &len);
	return fd;
}

static int tcp_connect(const struct sockaddr_in *a)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	if (fd < 0 || connect(fd, (const struct sockaddr *)a, sizeof(*a)))
		tst_brk(TBROK | TERRNO, "connect");
	return fd;
}

static void setup(void)
{
	lis = tcp_listener(&lis_addr, 0);
	nblis = tcp_listener(NULL, SOCK_NONBLOCK);
	unlistened = socket(AF_INET, SOCK_STREAM, 0);
	udp = socket(AF_INET, SOCK_DGRAM, 0);
	SAFE_PIPE(pipefd);
}

static void run_ok(void)
{
	struct sockaddr_in peer, cli;
	socklen_t plen = sizeof(peer) + 10, clen = sizeof(cli);
	int c, s, us, uc;
	char buf[4];

	c = tcp_connect(&lis_addr);
	getsockname(c, (struct sockaddr *)&cli, &clen);
	TST_EXP_FD(accept(lis, (struct sockaddr *)&peer, &plen), "accept(TCP listener)");
	s = TST_RET;
	TST_EXP_EQ(plen, sizeof(struct sockaddr_in));
	TST_EXP_EXPR(peer.sin_family == AF_INET && peer.sin_port == cli.sin_port &&
		     peer.sin_addr.s_addr == cli.sin_addr.s_addr,
		     "peer address is the client's (port %d)", ntohs(peer.sin_port));
	if (s >= 0) {
		SAFE_WRITE(c, "ping", 4);
		SAFE_READ_FULL(s, buf, 4);
		TST_EXP_EXPR(!memcmp(buf, "ping", 4), "accepted fd receives client data");
		close(s);
	}
	SAFE_CLOSE(c);

	c = tcp_connect(&lis_addr);
	TST_EXP_FD(accept(lis, NULL, NULL), "accept(fd, NULL, NULL)");
	if (TST_RET >= 0)
		close(TST_RET);
	SAFE_CLOSE(c);

	{
		struct sockaddr_in nba;
		socklen_t l = sizeof(nba);
		int nb = tcp_listener(&nba, SOCK_NONBLOCK), a;

		getsockname(nb, (struct sockaddr *)&nba, &l);
		c = tcp_connect(&nba);
		/* loopback handshake completes synchronously in connect() */
		a = accept(nb, NULL, NULL);
		if (a < 0) {
			tst_res(TFAIL | TERRNO, "accept(non-blocking listener with a connection)");
		} else {
			TST_EXP_EXPR(!(fcntl(a, F_GETFL) & O_NONBLOCK),
				     "accepted fd does not inherit O_NONBLOCK");
			close(a);
		}
		SAFE_CLOSE(c);
		SAFE_CLOSE(nb);
	}

	c = tcp_connect(&lis_addr);
	TST_EXP_FAIL(accept(lis, tst_bad_addr(), &plen), EFAULT, "accept(bad addr pointer)");
	SAFE_CLOSE(c);

	/* AF_UNIX: accept on an abstract-name listener */
	us = socket(AF_UNIX, SOCK_STREAM, 0);
	{
		struct sockaddr_un { sa_family_t f; char p[32]; } ua = { AF_UNIX, "" };
		socklen_t ul;

		snprintf(ua.p + 1, sizeof(ua.p) - 1, "sbx-accept01-%d", getpid());
		ul = sizeof(sa_family_t) + 1 + strlen(ua.p + 1);
		if (bind(us, (struct sockaddr *)&ua, ul) || listen(us, 1))
			tst_brk(TBROK | TERRNO, "AF_UNIX listener");
		uc = socket(AF_UNIX, SOCK_STREAM, 0);
		if (connect(uc, (struct sockaddr *)&ua, ul))
			tst_brk(TBROK | TERRNO, "AF_UNIX connect");
	}
	TST_EXP_FD(accept(us, NULL, NULL), "accept(AF_UNIX listener)");
	if (TST_RET >= 0) {
		SAFE_WRITE(uc, "u", 1);
		TST_EXP_VAL(read(TST_RET, buf, 1), 1, "AF_UNIX accepted fd reads client data");
		close(TST_RET);
	}
	SAFE_CLOSE(uc);
	SAFE_CLOSE(us);
}

static void run(unsigned int n)
{
	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	TST_EXP_FAIL(accept(cases[n].fd(), NULL, NULL), cases[n].exp_err,
		     "accept(%s)", cases[n].name);
}

static void cleanup(void)
{
	close(lis);
	close(nblis);
	close(unlistened);
	close(udp);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1,
	.setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
