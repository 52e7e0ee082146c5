// SPDX-License-Identifier: Apache-2.0
/*
 * recvfrom01 - recvfrom(2).
 *
 * Checks:
 *  - UDP recvfrom() fills in the sender's address and addrlen;
 *  - MSG_PEEK returns the datagram without consuming it;
 *  - a short buffer truncates a datagram and the rest is discarded;
 *    MSG_TRUNC returns the real length;
 *  - SO_RCVTIMEO makes an empty blocking recvfrom() fail with EAGAIN after
 *    the timeout;
 *  - a stream socket whose peer closed returns 0 (EOF);
 *  - errors, one case per row: EAGAIN (MSG_DONTWAIT, nothing queued),
 *    ENOTCONN (listening TCP socket), EFAULT (bad buffer with data
 *    queued), EBADF, ENOTSOCK.
 */
#include "tst.h"
#include <time.h>
#include <sys/socket.h>
#include <netinet/in.h>

static int udp = -1, snd = -1, lis = -1, pipefd[2];
static struct sockaddr_in dst;

static int fd_udp(void) { return udp; }
static int fd_lis(void) { return lis; }
static int fd_closed(void) { return 1000; }
static int fd_pipe(void) { return pipefd[0]; }
static int fd_udp_queued(void)
{
	sendto(snd, "q", 1, 0, (struct sockaddr *)&dst, sizeof(dst));
	return udp;
}

static const struct tcase {
	const char *name;
	int (*fd)(void);
	int badbuf, flags, exp_err;
} cases[] = {
	{ "MSG_DONTWAIT, empty", fd_udp, 0, MSG_DONTWAIT, EAGAIN },
	{ "listening TCP socket", fd_lis, 0, 0, ENOTCONN },
	{ "bad buffer", fd_udp_queued, 1, MSG_DONTWAIT, EFAULT },
	{ "closed fd", fd_closed, 0, 0, EBADF },
	{ "pipe", fd_pipe, 0, 0, ENOTSOCK },
};

static void setup(void)
{
	socklen_t len = sizeof(dst);

	dst.sin_family = AF_INET;
	dst.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	udp = socket(AF_INET, SOCK_DGRAM, 0);
	snd = socket(AF_INET, SOCK_DGRAM, 0);
	lis = socket(AF_INET, SOCK_STREAM, 0);
	if (bind(udp, (struct sockaddr *)&dst, sizeof(dst)) ||
	    getsockname(udp, (struct sockaddr *)&dst, &len) || listen(lis, 1))
		tst_brk(TBROK | TERRNO, "setup");
	SAFE_PIPE(pipefd);
}

static void run_ok(void)
{
	struct sockaddr_in from, me;
	socklen_t flen = sizeof(from) + 8, mlen = sizeof(me);
	struct timeval tv = { 0, 100000 };
	struct timespec t0, t1;
	char buf[16];
	int sv[2];
	long ms;

	sendto(snd, "datagram", 8, 0, (struct sockaddr *)&dst, sizeof(dst));
	getsockname(snd, (struct sockaddr *)&me, &mlen);
	TST_EXP_VAL(recvfrom(udp, buf, sizeof(buf), MSG_PEEK, NULL, NULL), 8, "recvfrom(MSG_PEEK)");
	TST_EXP_VAL(recvfrom(udp, buf, sizeof(buf), 0, (struct sockaddr *)&from, &flen), 8,
		    "recvfrom() after peek gets the same datagram");
	TST_EXP_EXPR(flen == sizeof(from) && from.sin_port == me.sin_port &&
		     from.sin_addr.s_addr == htonl(INADDR_LOOPBACK),
		     "source address is the sender's (port %d, len %u)", ntohs(from.sin_port),
		     (unsigned)flen);

	sendto(snd, "datagram", 8, 0, (struct sockaddr *)&dst, sizeof(dst));
	sendto(snd, "second", 6, 0, (struct sockaddr *)&dst, sizeof(dst));
	TST_EXP_VAL(recvfrom(udp, buf, 3, 0, NULL, NULL), 3, "short buffer truncates");
	TST_EXP_VAL(recvfrom(udp, buf, 3, MSG_TRUNC, NULL, NULL), 6,
		    "rest was discarded; MSG_TRUNC returns the real length");

	setsockopt(udp, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	clock_gettime(CLOCK_MONOTONIC, &t0);
	TST_EXP_FAIL(recvfrom(udp, buf, sizeof(buf), 0, NULL, NULL), EAGAIN,
		     "recvfrom() with SO_RCVTIMEO 100 ms");
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	TST_EXP_EXPR(ms >= 90, "timeout waited %ld ms", ms);
	tv.tv_usec = 0;
	setsockopt(udp, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		tst_brk(TBROK | TERRNO, "socketpair");
	close(sv[1]);
	TST_EXP_VAL(recvfrom(sv[0], buf, sizeof(buf), 0, NULL, NULL), 0, "EOF after peer close");
	close(sv[0]);
}

static void run(unsigned int n)
{
	const struct tcase *tc;
	char buf[16];

	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	tc = &cases[n];
	TST_EXP_FAIL(recvfrom(tc->fd(), tc->badbuf ? tst_bad_addr() : buf, sizeof(buf), tc->flags,
			      NULL, NULL), tc->exp_err, "recvfrom(%s)", tc->name);
}

static void cleanup(void)
{
	close(udp);
	close(snd);
	close(lis);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1, .setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
