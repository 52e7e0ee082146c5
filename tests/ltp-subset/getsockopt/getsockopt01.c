// SPDX-License-Identifier: Apache-2.0
/*
 * getsockopt01 - getsockopt(2).
 *
 * Checks:
 *  - defaults: SO_REUSEADDR 0, TCP_NODELAY 0, SO_RCVBUF > 0, SO_TYPE,
 *    SO_ERROR 0, SO_ACCEPTCONN 0; optlen is set to sizeof(int);
 *  - after setsockopt, SO_REUSEADDR and TCP_NODELAY read back as set;
 *  - SO_ERROR after a refused non-blocking connect holds ECONNREFUSED and
 *    is cleared by reading it;
 *  - SO_PEERCRED on an AF_UNIX socket pair gives our pid, uid and gid;
 *  - errors: ENOPROTOOPT (unknown SOL_SOCKET option; unknown IPPROTO_TCP
 *    option),
 *    EINVAL (negative optlen), EFAULT (bad optval; bad optlen), EBADF,
 *    ENOTSOCK.
 */
#include "tst.h"
#include <poll.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

static int getint(int fd, int level, int opt, socklen_t *lenp)
{
	int v = -12345;
	socklen_t len = sizeof(v);

	if (getsockopt(fd, level, opt, &v, &len) < 0)
		return -12345;
	if (lenp)
		*lenp = len;
	return v;
}

static void run(void)
{
	int tcp = socket(AF_INET, SOCK_STREAM, 0), udp = socket(AF_INET, SOCK_DGRAM, 0);
	int one = 1, v, sv[2], p[2], nb, tmp;
	socklen_t len = 0;
	struct ucred cr;
	struct sockaddr_in a = { .sin_family = AF_INET };
	struct pollfd pfd;

	TST_EXP_EQ(getint(tcp, SOL_SOCKET, SO_REUSEADDR, &len), 0);
	TST_EXP_EQ(len, sizeof(int));
	TST_EXP_EQ(getint(tcp, IPPROTO_TCP, TCP_NODELAY, NULL), 0);
	v = getint(tcp, SOL_SOCKET, SO_RCVBUF, NULL);
	TST_EXP_EXPR(v > 0, "default SO_RCVBUF %d > 0", v);
	TST_EXP_EQ(getint(udp, SOL_SOCKET, SO_TYPE, NULL), SOCK_DGRAM);
	TST_EXP_EQ(getint(tcp, SOL_SOCKET, SO_ERROR, NULL), 0);
	TST_EXP_EQ(getint(tcp, SOL_SOCKET, SO_ACCEPTCONN, NULL), 0);
	setsockopt(tcp, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	setsockopt(tcp, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	TST_EXP_EXPR(getint(tcp, SOL_SOCKET, SO_REUSEADDR, NULL) != 0, "SO_REUSEADDR reads back set");
	TST_EXP_EXPR(getint(tcp, IPPROTO_TCP, TCP_NODELAY, NULL) != 0, "TCP_NODELAY reads back set");

	/* a refused connect: port of a socket that was bound and closed */
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	tmp = socket(AF_INET, SOCK_STREAM, 0);
	len = sizeof(a);
	bind(tmp, (struct sockaddr *)&a, len);
	getsockname(tmp, (struct sockaddr *)&a, &len);
	close(tmp);
	nb = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	connect(nb, (struct sockaddr *)&a, sizeof(a));
	pfd.fd = nb;
	pfd.events = POLLOUT;
	poll(&pfd, 1, 1000);
	TST_EXP_EQ(getint(nb, SOL_SOCKET, SO_ERROR, NULL), ECONNREFUSED);
	TST_EXP_EQ(getint(nb, SOL_SOCKET, SO_ERROR, NULL), 0);
	close(nb);

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		tst_brk(TBROK | TERRNO, "socketpair");
	len = sizeof(cr);
	TST_EXP_PASS(getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &len), "getsockopt(SO_PEERCRED)");
	TST_EXP_EXPR(cr.pid == getpid() && cr.uid == geteuid() && cr.gid == getegid(),
		     "SO_PEERCRED pid %d uid %d gid %d", (int)cr.pid, (int)cr.uid, (int)cr.gid);
	close(sv[0]);
	close(sv[1]);

	len = sizeof(v);
	TST_EXP_FAIL(getsockopt(tcp, SOL_SOCKET, 9999, &v, &len), ENOPROTOOPT,
		     "getsockopt(SOL_SOCKET, 9999)");
	TST_EXP_FAIL(getsockopt(tcp, IPPROTO_TCP, 9999, &v, &len), ENOPROTOOPT,
		     "getsockopt(IPPROTO_TCP, 9999)");
	len = (socklen_t)-1;
	TST_EXP_FAIL(getsockopt(tcp, SOL_SOCKET, SO_REUSEADDR, &v, &len), EINVAL,
		     "getsockopt(optlen -1)");
	len = sizeof(v);
	TST_EXP_FAIL(getsockopt(tcp, SOL_SOCKET, SO_REUSEADDR, tst_bad_addr(), &len), EFAULT,
		     "getsockopt(bad optval)");
	TST_EXP_FAIL(getsockopt(tcp, SOL_SOCKET, SO_REUSEADDR, &v, tst_bad_addr()), EFAULT,
		     "getsockopt(bad optlen)");
	TST_EXP_FAIL(getsockopt(1000, SOL_SOCKET, SO_REUSEADDR, &v, &len), EBADF,
		     "getsockopt(closed fd)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(getsockopt(p[0], SOL_SOCKET, SO_REUSEADDR, &v, &len), ENOTSOCK,
		     "getsockopt(pipe)");
	close(p[0]);
	close(p[1]);
	close(tcp);
	close(udp);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
