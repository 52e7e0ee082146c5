// SPDX-License-Identifier: Apache-2.0
/*
 * listen01 - listen(2).
 *
 * Checks:
 *  - listen() on a bound TCP socket succeeds and a client can connect
 *    before accept() is called (the connection waits in the backlog);
 *  - listen() on an unbound TCP socket binds it to an ephemeral port;
 *  - listen() may be called again to change the backlog;
 *  - SO_ACCEPTCONN is 1 after listen(), 0 before;
 *  - listen() on an AF_UNIX stream socket bound to a path succeeds;
 *  - errors, one case per row: EOPNOTSUPP (UDP socket; AF_UNIX datagram
 *    socket), EBADF (closed fd), ENOTSOCK (pipe), EINVAL (connected TCP
 *    socket).
 */
#include "tst.h"
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>

static int pipefd[2], udp = -1, udgram = -1, conn = -1, srv = -1;

static int fd_udp(void) { return udp; }
static int fd_udgram(void) { return udgram; }
static int fd_closed(void) { return 1000; }
static int fd_pipe(void) { return pipefd[0]; }
static int fd_conn(void) { return conn; }

static const struct tcase {
	const char *name;
	int (*fd)(void);
	int exp_err;
} cases[] = {
	{ "UDP socket", fd_udp, EOPNOTSUPP },
	{ "AF_UNIX SOCK_DGRAM socket", fd_udgram, EOPNOTSUPP },
	{ "closed fd", fd_closed, EBADF },
	{ "pipe", fd_pipe, ENOTSOCK },
	{ "connected TCP socket", fd_conn, EINVAL },
};

static int acceptconn(int fd)
{
	int v = -1;
	socklen_t l = sizeof(v);

	getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &v, &l);
	return v;
}

static void setup(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof(a);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	SAFE_PIPE(pipefd);
	udp = socket(AF_INET, SOCK_DGRAM, 0);
	udgram = socket(AF_UNIX, SOCK_DGRAM, 0);
	srv = socket(AF_INET, SOCK_STREAM, 0);
	conn = socket(AF_INET, SOCK_STREAM, 0);
	if (bind(srv, (struct sockaddr *)&a, sizeof(a)) || listen(srv, 4) ||
	    getsockname(srv, (struct sockaddr *)&a, &len) ||
	    connect(conn, (struct sockaddr *)&a, sizeof(a)))
		tst_brk(TBROK | TERRNO, "setting up a connected TCP socket");
}

static void run_ok(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET }, got;
	struct sockaddr_un u = { .sun_family = AF_UNIX, .sun_path = "lsock" };
	socklen_t len = sizeof(got);
	int s = socket(AF_INET, SOCK_STREAM, 0), c, us;

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(s, (struct sockaddr *)&a, sizeof(a)))
		tst_brk(TBROK | TERRNO, "bind");
	TST_EXP_VAL(acceptconn(s), 0, "SO_ACCEPTCONN before listen()");
	TST_EXP_PASS(listen(s, 1), "listen(bound TCP socket, 1)");
	TST_EXP_VAL(acceptconn(s), 1, "SO_ACCEPTCONN after listen()");
	getsockname(s, (struct sockaddr *)&got, &len);
	c = socket(AF_INET, SOCK_STREAM, 0);
	TST_EXP_PASS(connect(c, (struct sockaddr *)&got, len), "connect() before accept()");
	TST_EXP_PASS(listen(s, 16), "listen() again with a new backlog");
	TST_EXP_FD(accept(s, NULL, NULL), "accept() the queued connection");
	if (TST_RET >= 0)
		close(TST_RET);
	SAFE_CLOSE(c);
	SAFE_CLOSE(s);

	s = socket(AF_INET, SOCK_STREAM, 0);
	TST_EXP_PASS(listen(s, 1), "listen(unbound TCP socket)");
	len = sizeof(got);
	getsockname(s, (struct sockaddr *)&got, &len);
	TST_EXP_EXPR(got.sin_port != 0, "listen() auto-bound port %d", ntohs(got.sin_port));
	SAFE_CLOSE(s);

	us = socket(AF_UNIX, SOCK_STREAM, 0);
	if (bind(us, (struct sockaddr *)&u, sizeof(u)))
		tst_brk(TBROK | TERRNO, "bind(AF_UNIX)");
	TST_EXP_PASS(listen(us, 1), "listen(AF_UNIX stream socket)");
	SAFE_CLOSE(us);
}

static void run(unsigned int n)
{
	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	TST_EXP_FAIL(listen(cases[n].fd(), 1), cases[n].exp_err, "listen(%s)", cases[n].name);
}

static void cleanup(void)
{
	close(udp);
	close(udgram);
	close(conn);
	close(srv);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1,
	.setup = setup, .cleanup = cleanup, .needs_tmpdir = 1,
};
TST_MAIN(test)
