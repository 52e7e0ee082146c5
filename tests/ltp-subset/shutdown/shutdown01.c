// SPDX-License-Identifier: Apache-2.0
/*
 * shutdown01 - shutdown(2).
 *
 * Checks, on TCP over 127.0.0.1 and on an AF_UNIX stream pair:
 *  - SHUT_WR: the peer reads EOF, our writes fail with EPIPE (MSG_NOSIGNAL),
 *    and we can still read what the peer sends;
 *  - SHUT_RD: our reads return 0 at once;
 *  - SHUT_RDWR does both;
 *  - errors: EINVAL (how = 3), ENOTCONN (unconnected TCP socket), EBADF,
 *    ENOTSOCK.
 */
#include "tst.h"
#include <sys/socket.h>
#include <netinet/in.h>

static int tcp_pair(int *c, int *s)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof(a);
	int l = socket(AF_INET, SOCK_STREAM, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	*c = socket(AF_INET, SOCK_STREAM, 0);
	if (bind(l, (struct sockaddr *)&a, len) || listen(l, 1) ||
	    getsockname(l, (struct sockaddr *)&a, &len) ||
	    connect(*c, (struct sockaddr *)&a, len) || (*s = accept(l, NULL, NULL)) < 0)
		tst_brk(TBROK | TERRNO, "TCP pair");
	close(l);
	return 0;
}

static void run(unsigned int n)
{
	const char *kind = n ? "AF_UNIX" : "TCP";
	int c, s, pfd[2];
	char buf[4];

	if (n == 0)
		tcp_pair(&c, &s);
	else if (socketpair(AF_UNIX, SOCK_STREAM, 0, pfd) == 0) {
		c = pfd[0];
		s = pfd[1];
	} else {
		tst_brk(TBROK | TERRNO, "socketpair");
	}

	TST_EXP_PASS(shutdown(c, SHUT_WR), "%s: shutdown(SHUT_WR)", kind);
	TST_EXP_VAL(read(s, buf, sizeof(buf)), 0, "%s: peer reads EOF", kind);
	TST_EXP_FAIL(send(c, "x", 1, MSG_NOSIGNAL), EPIPE, "%s: send() after SHUT_WR", kind);
	SAFE_WRITE(s, "ok", 2);
	TST_EXP_VAL(read(c, buf, sizeof(buf)), 2, "%s: can still read after SHUT_WR", kind);
	TST_EXP_PASS(shutdown(s, SHUT_RD), "%s: shutdown(SHUT_RD)", kind);
	TST_EXP_VAL(recv(s, buf, sizeof(buf), MSG_DONTWAIT), 0, "%s: read returns 0 after SHUT_RD", kind);
	TST_EXP_PASS(shutdown(s, SHUT_RDWR), "%s: shutdown(SHUT_RDWR)", kind);
	TST_EXP_FAIL(send(s, "x", 1, MSG_NOSIGNAL), EPIPE, "%s: send() after SHUT_RDWR", kind);
	TST_EXP_FAIL(shutdown(c, 3), EINVAL, "%s: shutdown(how 3)", kind);
	close(c);
	close(s);

	if (n == 0) {
		int u = socket(AF_INET, SOCK_STREAM, 0);

		TST_EXP_FAIL(shutdown(u, SHUT_RDWR), ENOTCONN, "shutdown(unconnected TCP)");
		close(u);
		TST_EXP_FAIL(shutdown(1000, SHUT_RDWR), EBADF, "shutdown(closed fd)");
		SAFE_PIPE(pfd);
		TST_EXP_FAIL(shutdown(pfd[0], SHUT_RDWR), ENOTSOCK, "shutdown(pipe)");
		close(pfd[0]);
		close(pfd[1]);
	}
}

static struct tst_test test = { .test = run, .tcnt = 2 };
TST_MAIN(test)
