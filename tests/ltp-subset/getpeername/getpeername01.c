// SPDX-License-Identifier: Apache-2.0
/*
 * getpeername01 - getpeername(2).
 *
 * Checks:
 *  - on a connected TCP client it returns the listener's address;
 *  - on the accepted socket it returns the client's getsockname();
 *  - on an AF_UNIX client connected to a path it returns that path;
 *  - on a socketpair() end it returns an unnamed AF_UNIX address;
 *  - errors, one case per row: ENOTCONN (unconnected TCP; listening
 *    socket), EBADF, ENOTSOCK, EFAULT (bad address), EINVAL (negative
 *    addrlen).
 */
#include "tst.h"
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>

static int lis = -1, cli = -1, srv = -1, unconn = -1, pipefd[2];
static struct sockaddr_in lis_addr;

static int fd_unconn(void) { return unconn; }
static int fd_lis(void) { return lis; }
static int fd_cli(void) { return cli; }
static int fd_closed(void) { return 1000; }
static int fd_pipe(void) { return pipefd[0]; }

static const struct tcase {
	const char *name;
	int (*fd)(void);
	int bad_addr, neg_len;
	int exp_err;
} cases[] = {
	{ "unconnected TCP socket", fd_unconn, 0, 0, ENOTCONN },
	{ "listening socket", fd_lis, 0, 0, ENOTCONN },
	{ "closed fd", fd_closed, 0, 0, EBADF },
	{ "pipe", fd_pipe, 0, 0, ENOTSOCK },
	{ "bad address", fd_cli, 1, 0, EFAULT },
	{ "negative addrlen", fd_cli, 0, 1, EINVAL },
};

static void setup(void)
{
	socklen_t len = sizeof(lis_addr);

	lis_addr.sin_family = AF_INET;
	lis_addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	lis = socket(AF_INET, SOCK_STREAM, 0);
	cli = socket(AF_INET, SOCK_STREAM, 0);
	unconn = socket(AF_INET, SOCK_STREAM, 0);
	if (bind(lis, (struct sockaddr *)&lis_addr, len) || listen(lis, 1) ||
	    getsockname(lis, (struct sockaddr *)&lis_addr, &len) ||
	    connect(cli, (struct sockaddr *)&lis_addr, len) ||
	    (srv = accept(lis, NULL, NULL)) < 0)
		tst_brk(TBROK | TERRNO, "TCP connection");
	SAFE_PIPE(pipefd);
}

static void run_ok(void)
{
	struct sockaddr_in a, c;
	struct sockaddr_un u = { .sun_family = AF_UNIX, .sun_path = "peer" }, got;
	socklen_t len = sizeof(a);
	int sv[2], us, uc;

	TST_EXP_PASS(getpeername(cli, (struct sockaddr *)&a, &len), "getpeername(client)");
	TST_EXP_EXPR(len == sizeof(a) && a.sin_port == lis_addr.sin_port &&
		     a.sin_addr.s_addr == lis_addr.sin_addr.s_addr,
		     "client's peer is the listener 127.0.0.1:%d", ntohs(a.sin_port));
	len = sizeof(c);
	getsockname(cli, (struct sockaddr *)&c, &len);
	len = sizeof(a);
	TST_EXP_PASS(getpeername(srv, (struct sockaddr *)&a, &len), "getpeername(accepted)");
	TST_EXP_EXPR(a.sin_port == c.sin_port, "accepted socket's peer is the client (port %d)",
		     ntohs(a.sin_port));

	us = socket(AF_UNIX, SOCK_STREAM, 0);
	uc = socket(AF_UNIX, SOCK_STREAM, 0);
	if (bind(us, (struct sockaddr *)&u, sizeof(u)) || listen(us, 1) ||
	    connect(uc, (struct sockaddr *)&u, sizeof(u)))
		tst_brk(TBROK | TERRNO, "AF_UNIX connection");
	len = sizeof(got);
	TST_EXP_PASS(getpeername(uc, (struct sockaddr *)&got, &len), "getpeername(AF_UNIX client)");
	TST_EXP_EXPR(!strcmp(got.sun_path, "peer"), "peer path is \"%s\"", got.sun_path);
	close(us);
	close(uc);

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		tst_brk(TBROK | TERRNO, "socketpair");
	len = sizeof(got);
	TST_EXP_PASS(getpeername(sv[0], (struct sockaddr *)&got, &len), "getpeername(socketpair)");
	TST_EXP_EQ(len, sizeof(sa_family_t));
	close(sv[0]);
	close(sv[1]);
}

static void run(unsigned int n)
{
	const struct tcase *tc;
	struct sockaddr_storage ss;
	socklen_t len;

	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	tc = &cases[n];
	len = tc->neg_len ? (socklen_t)-1 : sizeof(ss);
	TST_EXP_FAIL(getpeername(tc->fd(), tc->bad_addr ? tst_bad_addr() : (void *)&ss, &len),
		     tc->exp_err, "getpeername(%s)", tc->name);
}

static void cleanup(void)
{
	close(lis);
	close(cli);
	close(srv);
	close(unconn);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1,
	.setup = setup, .cleanup = cleanup, .needs_tmpdir = 1,
};
TST_MAIN(test)
