// SPDX-License-Identifier: Apache-2.0
/*
 * connect01 - connect(2) for AF_INET/AF_INET6 on loopback.
 *
 * Checks:
 *  - TCP connect to a listener succeeds; a second connect gives EISCONN;
 *  - a non-blocking TCP connect returns 0 or EINPROGRESS and the socket
 *    becomes writable with SO_ERROR 0;
 *  - UDP connect sets the default destination (send() without an address
 *    arrives at the peer) and connecting with AF_UNSPEC dissolves it
 *    (send() then fails with EDESTADDRREQ);
 *  - TCP connect to [::1] (TCONF if ::1 is not configured);
 *  - errors, one case per row: ECONNREFUSED (closed port), EAFNOSUPPORT
 *    (AF_INET6 address on an AF_INET socket), EINVAL (addrlen too short),
 *    EFAULT (bad address), EBADF (closed fd), ENOTSOCK (pipe).
 */
#include "tst.h"
#include <poll.h>
#include <sys/socket.h>
#include <netinet/in.h>

static struct sockaddr_in lis_addr, closed_addr;
static struct sockaddr_in6 a6;
static int lis = -1, pipefd[2];

static struct sockaddr_in lo4(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static int fd_tcp(void) { return socket(AF_INET, SOCK_STREAM, 0); }
static int fd_closed(void) { return 1000; }
static int fd_pipe(void) { return pipefd[0]; }

static const struct tcase {
	const char *name;
	int (*fd)(void);
	void *addr;
	socklen_t len;
	int exp_err;
} cases[] = {
	{ "closed port", fd_tcp, &closed_addr, sizeof(closed_addr), ECONNREFUSED },
	{ "AF_INET6 address on AF_INET socket", fd_tcp, &a6, sizeof(a6), EAFNOSUPPORT },
	{ "addrlen too short", fd_tcp, &lis_addr, sizeof(lis_addr) - 1, EINVAL },
	{ "bad address", fd_tcp, NULL, sizeof(lis_addr), EFAULT },
	{ "closed fd", fd_closed, &lis_addr, sizeof(lis_addr), EBADF },
	{ "pipe", fd_pipe, &lis_addr, sizeof(lis_addr), ENOTSOCK },
};

static void setup(void)
{
	socklen_t len = sizeof(lis_addr);
	int tmp;

	lis_addr = lo4();
	lis = socket(AF_INET, SOCK_STREAM, 0);
	if (bind(lis, (struct sockaddr *)&lis_addr, len) || listen(lis, 8) ||
	    getsockname(lis, (struct sockaddr *)&lis_addr, &len))
		tst_brk(TBROK | TERRNO, "listener");
	/* a port that was just free: bind, read the port, close */
	closed_addr = lo4();
	tmp = socket(AF_INET, SOCK_STREAM, 0);
	len = sizeof(closed_addr);
	if (bind(tmp, (struct sockaddr *)&closed_addr, len) ||
	    getsockname(tmp, (struct sockaddr *)&closed_addr, &len))
		tst_brk(TBROK | TERRNO, "bind");
	close(tmp);
	a6.sin6_family = AF_INET6;
	a6.sin6_addr = in6addr_loopback;
	a6.sin6_port = lis_addr.sin_port;
	SAFE_PIPE(pipefd);
}

static void drain(void)
{
	int fd;

	fcntl(lis, F_SETFL, O_NONBLOCK);
	while ((fd = accept(lis, NULL, NULL)) >= 0)
		close(fd);
	fcntl(lis, F_SETFL, 0);
}

static void run_ok(void)
{
	struct sockaddr_in u2a = lo4();
	struct sockaddr unspec = { .sa_family = AF_UNSPEC };
	struct pollfd pfd;
	socklen_t len;
	int fd, err, u1, u2, r;
	char buf[8];

	fd = socket(AF_INET, SOCK_STREAM, 0);
	TST_EXP_PASS(connect(fd, (struct sockaddr *)&lis_addr, sizeof(lis_addr)),
		     "connect(127.0.0.1:%d)", ntohs(lis_addr.sin_port));
	TST_EXP_FAIL(connect(fd, (struct sockaddr *)&lis_addr, sizeof(lis_addr)), EISCONN,
		     "connect() again");
	SAFE_CLOSE(fd);

	fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	r = connect(fd, (struct sockaddr *)&lis_addr, sizeof(lis_addr));
	TST_EXP_EXPR(r == 0 || errno == EINPROGRESS,
		     "non-blocking connect() returns 0 or EINPROGRESS (%d, %s)",
		     r, r ? tst_errno_name(errno) : "-");
	pfd.fd = fd;
	pfd.events = POLLOUT;
	TST_EXP_VAL(poll(&pfd, 1, 1000), 1, "socket becomes writable");
	len = sizeof(err);
	err = -1;
	getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
	TST_EXP_EQ(err, 0);
	SAFE_CLOSE(fd);
	drain();

	u1 = socket(AF_INET, SOCK_DGRAM, 0);
	u2 = socket(AF_INET, SOCK_DGRAM, 0);
	len = sizeof(u2a);
	bind(u2, (struct sockaddr *)&u2a, sizeof(u2a));
	getsockname(u2, (struct sockaddr *)&u2a, &len);
	TST_EXP_PASS(connect(u1, (struct sockaddr *)&u2a, sizeof(u2a)), "connect(UDP)");
	TST_EXP_VAL(send(u1, "dgram", 5, 0), 5, "send() on connected UDP socket");
	TST_EXP_VAL(recv(u2, buf, sizeof(buf), 0), 5, "peer received the datagram");
	TST_EXP_PASS(connect(u1, &unspec, sizeof(unspec)), "connect(AF_UNSPEC) dissolves");
	TST_EXP_FAIL(send(u1, "x", 1, 0), EDESTADDRREQ, "send() after AF_UNSPEC");
	SAFE_CLOSE(u1);
	SAFE_CLOSE(u2);

	fd = socket(AF_INET6, SOCK_STREAM, 0);
	if (fd < 0) {
		tst_res(TCONF | TERRNO, "socket(AF_INET6)");
		return;
	}
	{
		struct sockaddr_in6 b = { .sin6_family = AF_INET6 };
		int l6 = socket(AF_INET6, SOCK_STREAM, 0);

		b.sin6_addr = in6addr_loopback;
		len = sizeof(b);
		if (bind(l6, (struct sockaddr *)&b, sizeof(b))) {
			tst_res(TCONF | TERRNO, "bind([::1]) (::1 not configured?)");
		} else {
			listen(l6, 1);
			getsockname(l6, (struct sockaddr *)&b, &len);
			TST_EXP_PASS(connect(fd, (struct sockaddr *)&b, sizeof(b)),
				     "connect([::1]:%d)", ntohs(b.sin6_port));
		}
		close(l6);
	}
	SAFE_CLOSE(fd);
}

static void run(unsigned int n)
{
	const struct tcase *tc;
	int fd;

	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	tc = &cases[n];
	fd = tc->fd();
	TST_EXP_FAIL(connect(fd, tc->addr ? tc->addr : tst_bad_addr(), tc->len),
		     tc->exp_err, "connect(%s)", tc->name);
	if (tc->fd == fd_tcp)
		close(fd);
}

static void cleanup(void)
{
	close(lis);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1,
	.setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
