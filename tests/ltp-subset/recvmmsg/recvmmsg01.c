// SPDX-License-Identifier: Apache-2.0
/*
 * recvmmsg01 - recvmmsg(2).
 *
 * Checks:
 *  - with three datagrams queued, recvmmsg(vlen 5, MSG_DONTWAIT) returns 3,
 *    fills msg_len and msg_name for each, in order;
 *  - vlen 2 returns 2 and leaves the third queued;
 *  - MSG_WAITFORONE: returns after the first datagram instead of waiting
 *    for vlen of them;
 *  - a timeout with nothing queued: the call returns -1 EAGAIN (blocking
 *    socket with SO_RCVTIMEO) rather than hanging;
 *  - errors: EAGAIN (MSG_DONTWAIT, empty), EINVAL (timeout tv_nsec >=
 *    1e9), EFAULT (bad msgvec with data queued), EBADF, ENOTSOCK.
 */
#include "tst.h"
#include <time.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>

static int udp = -1, snd = -1, pipefd[2];
static struct sockaddr_in dst;

static void setup(void)
{
	socklen_t len = sizeof(dst);

	dst.sin_family = AF_INET;
	dst.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	udp = socket(AF_INET, SOCK_DGRAM, 0);
	snd = socket(AF_INET, SOCK_DGRAM, 0);
	if (bind(udp, (struct sockaddr *)&dst, len) || getsockname(udp, (struct sockaddr *)&dst, &len) ||
	    connect(snd, (struct sockaddr *)&dst, len))
		tst_brk(TBROK | TERRNO, "setup");
	SAFE_PIPE(pipefd);
}

static void run(void)
{
	char bufs[5][16];
	struct iovec iov[5];
	struct sockaddr_in from[5], me;
	struct mmsghdr mm[5];
	struct timespec bad = { 0, 1000000000 };
	struct timeval tv = { 0, 50000 };
	socklen_t mlen = sizeof(me);
	int i;

	memset(mm, 0, sizeof(mm));
	for (i = 0; i < 5; i++) {
		iov[i] = (struct iovec){ bufs[i], sizeof(bufs[i]) };
		mm[i].msg_hdr.msg_iov = &iov[i];
		mm[i].msg_hdr.msg_iovlen = 1;
		mm[i].msg_hdr.msg_name = &from[i];
		mm[i].msg_hdr.msg_namelen = sizeof(from[i]);
	}
	getsockname(snd, (struct sockaddr *)&me, &mlen);
	send(snd, "a", 1, 0);
	send(snd, "bb", 2, 0);
	send(snd, "ccc", 3, 0);
	TST_EXP_VAL(recvmmsg(udp, mm, 5, MSG_DONTWAIT, NULL), 3, "recvmmsg(vlen 5), 3 queued");
	TST_EXP_EXPR(mm[0].msg_len == 1 && mm[1].msg_len == 2 && mm[2].msg_len == 3 &&
		     bufs[2][0] == 'c', "msg_len %u, %u, %u in order",
		     mm[0].msg_len, mm[1].msg_len, mm[2].msg_len);
	TST_EXP_EXPR(from[1].sin_port == me.sin_port && mm[1].msg_hdr.msg_namelen == sizeof(me),
		     "msg_name filled with the sender");

	send(snd, "a", 1, 0);
	send(snd, "bb", 2, 0);
	send(snd, "ccc", 3, 0);
	TST_EXP_VAL(recvmmsg(udp, mm, 2, MSG_DONTWAIT, NULL), 2, "recvmmsg(vlen 2)");
	TST_EXP_VAL(recvmmsg(udp, mm, 5, MSG_WAITFORONE, NULL), 1,
		    "MSG_WAITFORONE returns the one remaining datagram");

	TST_EXP_FAIL(recvmmsg(udp, mm, 5, MSG_DONTWAIT, NULL), EAGAIN, "recvmmsg(MSG_DONTWAIT, empty)");
	setsockopt(udp, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	TST_EXP_FAIL(recvmmsg(udp, mm, 5, 0, NULL), EAGAIN, "recvmmsg() with SO_RCVTIMEO, empty");
	TST_EXP_FAIL(recvmmsg(udp, mm, 5, 0, &bad), EINVAL, "recvmmsg(timeout tv_nsec 1e9)");
	send(snd, "a", 1, 0);
	TST_EXP_FAIL(recvmmsg(udp, tst_bad_addr(), 1, MSG_DONTWAIT, NULL), EFAULT,
		     "recvmmsg(bad msgvec)");
	TST_EXP_FAIL(recvmmsg(1000, mm, 1, 0, NULL), EBADF, "recvmmsg(closed fd)");
	TST_EXP_FAIL(recvmmsg(pipefd[0], mm, 1, 0, NULL), ENOTSOCK, "recvmmsg(pipe)");
	close(udp);
	close(snd);
}

static struct tst_test test = { .test_all = run, .setup = setup };
TST_MAIN(test)
