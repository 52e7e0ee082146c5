// SPDX-License-Identifier: Apache-2.0
/*
 * bind01 - bind(2) for AF_INET and AF_INET6 on loopback.
 *
 * Checks:
 *  - binding 127.0.0.1 port 0 picks an ephemeral port (getsockname != 0);
 *  - binding ::1 port 0 works (TCONF if ::1 is not configured);
 *  - two UDP sockets that both set SO_REUSEADDR may bind the same port;
 *  - errors, one case per row: EADDRINUSE (port taken by a listener),
 *    EINVAL (socket already bound; addrlen too short), EAFNOSUPPORT
 *    (AF_INET6 address on an AF_INET socket), EADDRNOTAVAIL (192.0.2.1 is
 *    not local), EFAULT (bad address), EBADF (closed fd), ENOTSOCK (pipe);
 *  - EACCES for a port below ip_unprivileged_port_start from a child that
 *    dropped to uid 65534 (TCONF if the drop fails or the limit is 0).
 */
#include "tst.h"
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <grp.h>

static struct sockaddr_in taken, local0, nonlocal;
static struct sockaddr_in6 in6_any;
static int listener = -1, bound = -1, pipefd[2];

static struct sockaddr_in lo4(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static int new_tcp(void) { int fd = socket(AF_INET, SOCK_STREAM, 0); if (fd < 0) tst_brk(TBROK | TERRNO, "socket"); return fd; }
static int fd_tcp(void) { return new_tcp(); }
static int fd_bound(void) { return bound; }
static int fd_closed(void) { return 1000; }
static int fd_pipe(void) { return pipefd[0]; }

static const struct tcase {
	const char *name;
	int (*fd)(void);
	void *addr;
	socklen_t len;
	int exp_err;
} cases[] = {
	{ "port already in use", fd_tcp, &taken, sizeof(taken), EADDRINUSE },
	{ "socket already bound", fd_bound, &local0, sizeof(local0), EINVAL },
	{ "addrlen too short", fd_tcp, &local0, sizeof(local0) - 1, EINVAL },
	{ "AF_INET6 address on AF_INET socket", fd_tcp, &in6_any, sizeof(in6_any), EAFNOSUPPORT },
	{ "non-local address 192.0.2.1", fd_tcp, &nonlocal, sizeof(nonlocal), EADDRNOTAVAIL },
	{ "bad address pointer", fd_tcp, NULL, sizeof(local0), EFAULT },
	{ "closed fd", fd_closed, &local0, sizeof(local0), EBADF },
	{ "not a socket", fd_pipe, &local0, sizeof(local0), ENOTSOCK },
};

static void setup(void)
{
	socklen_t len = sizeof(taken);

	local0 = lo4(0);
	nonlocal = lo4(0);
	inet_pton(AF_INET, "192.0.2.1", &nonlocal.sin_addr);
	in6_any.sin6_family = AF_INET6;
	in6_any.sin6_addr = in6addr_loopback;
	listener = new_tcp();
	if (bind(listener, (struct sockaddr *)&local0, sizeof(local0)) || listen(listener, 1))
		tst_brk(TBROK | TERRNO, "bind/listen");
	getsockname(listener, (struct sockaddr *)&taken, &len);
	bound = new_tcp();
	if (bind(bound, (struct sockaddr *)&local0, sizeof(local0)))
		tst_brk(TBROK | TERRNO, "bind");
	SAFE_PIPE(pipefd);
}

static void run(unsigned int n)
{
	const struct tcase *tc = &cases[n];
	int fd = tc->fd();
	void *addr = tc->addr ? tc->addr : tst_bad_addr();

	TST_EXP_FAIL(bind(fd, addr, tc->len), tc->exp_err, "bind(%s)", tc->name);
	if (tc->fd == fd_tcp)
		SAFE_CLOSE(fd);
}

static void run_ok(void)
{
	struct sockaddr_in a = lo4(0), got;
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6 }, got6;
	socklen_t len = sizeof(got);
	int fd = new_tcp(), u1, u2, one = 1;

	TST_EXP_PASS(bind(fd, (struct sockaddr *)&a, sizeof(a)), "bind(127.0.0.1:0)");
	getsockname(fd, (struct sockaddr *)&got, &len);
	TST_EXP_EXPR(got.sin_port != 0 && got.sin_addr.s_addr == htonl(INADDR_LOOPBACK),
		     "ephemeral port %d chosen on 127.0.0.1", ntohs(got.sin_port));
	SAFE_CLOSE(fd);

	u1 = socket(AF_INET, SOCK_DGRAM, 0);
	u2 = socket(AF_INET, SOCK_DGRAM, 0);
	setsockopt(u1, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	setsockopt(u2, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	len = sizeof(got);
	if (bind(u1, (struct sockaddr *)&a, sizeof(a)))
		tst_brk(TBROK | TERRNO, "bind udp");
	getsockname(u1, (struct sockaddr *)&got, &len);
	TST_EXP_PASS(bind(u2, (struct sockaddr *)&got, sizeof(got)),
		     "two SO_REUSEADDR UDP sockets share port %d", ntohs(got.sin_port));
	SAFE_CLOSE(u1);
	SAFE_CLOSE(u2);

	fd = socket(AF_INET6, SOCK_STREAM, 0);
	a6.sin6_addr = in6addr_loopback;
	if (fd < 0) {
		tst_res(TCONF | TERRNO, "socket(AF_INET6)");
	} else if (bind(fd, (struct sockaddr *)&a6, sizeof(a6))) {
		if (errno == EADDRNOTAVAIL)
			tst_res(TCONF, "::1 is not configured");
		else
			tst_res(TFAIL | TERRNO, "bind([::1]:0)");
	} else {
		len = sizeof(got6);
		getsockname(fd, (struct sockaddr *)&got6, &len);
		TST_EXP_EXPR(got6.sin6_port != 0 && IN6_IS_ADDR_LOOPBACK(&got6.sin6_addr),
			     "bind([::1]:0) chose port %d", ntohs(got6.sin6_port));
	}
	if (fd >= 0)
		SAFE_CLOSE(fd);
}

static void run_eacces(void)
{
	int start = 0, status;
	FILE *f = fopen("/proc/sys/net/ipv4/ip_unprivileged_port_start", "r");
	pid_t pid;

	if (f) {
		if (fscanf(f, "%d", &start) != 1)
			start = 0;
		fclose(f);
	}
	if (start <= 1) {
		tst_res(TCONF, "ip_unprivileged_port_start is %d: no privileged ports", start);
		return;
	}
	pid = SAFE_FORK();
	if (pid == 0) {
		struct sockaddr_in a = lo4(start - 1);
		int fd;

		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		fd = socket(AF_INET, SOCK_STREAM, 0);
		if (bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0)
			_exit(1);
		_exit(errno == EACCES ? 0 : 2);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		tst_res(TPASS, "unprivileged bind(port %d) -> EACCES", start - 1);
	else
		tst_res(TFAIL, "unprivileged bind(port %d): %s (1: succeeded, 2: other errno)",
			start - 1, tst_strstatus(status));
}

static void run_all(unsigned int n)
{
	if (n < ARRAY_SIZE(cases))
		run(n);
	else if (n == ARRAY_SIZE(cases))
		run_ok();
	else
		run_eacces();
}

static void cleanup(void)
{
	if (listener >= 0)
		close(listener);
	if (bound >= 0)
		close(bound);
}

static struct tst_test test = {
	.test = run_all, .tcnt = ARRAY_SIZE(cases) + 2,
	.setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
