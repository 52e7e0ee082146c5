// SPDX-License-Identifier: Apache-2.0
/*
 * sendmmsg01 - sendmmsg(2).
 *
 * Checks:
 *  - three UDP messages sent in one call: returns 3, msg_len of each entry
 *    is set, and the receiver gets three datagrams in order;
 *  - vlen 0 returns 0 and sends nothing;
 *  - when a later message fails (bad iov_base in the second one) the call
 *    returns the number sent before it (1);
 *  - errors when the first message fails: EFAULT (bad iov_base; bad
 *    msgvec), EBADF, ENOTSOCK.
 */
#include "tst.h"
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>

static int udp = -1, rcv = -1, pipefd[2];

static void setup(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof(a);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	udp = socket(AF_INET, SOCK_DGRAM, 0);
	rcv = socket(AF_INET, SOCK_DGRAM, 0);
	if (bind(rcv, (struct sockaddr *)&a, len) || getsockname(rcv, (struct sockaddr *)&a, &len) ||
	    connect(udp, (struct sockaddr *)&a, len))
		tst_brk(TBROK | TERRNO, "setup");
	SAFE_PIPE(pipefd);
}

static void run(void)
{
	static const char *const words[] = { "one", "three", "eleven" };
	struct iovec iov[3];
	struct mmsghdr mm[3];
	char buf[16];
	int i, ok = 1;

	memset(mm, 0, sizeof(mm));
	for (i = 0; i < 3; i++) {
		iov[i] = (struct iovec){ (void *)words[i], strlen(words[i]) };
		mm[i].msg_hdr.msg_iov = &iov[i];
		mm[i].msg_hdr.msg_iovlen = 1;
	}
	TST_EXP_VAL(sendmmsg(udp, mm, 3, 0), 3, "sendmmsg(3 messages)");
	TST_EXP_EXPR(mm[0].msg_len == 3 && mm[1].msg_len == 5 && mm[2].msg_len == 6,
		     "msg_len set to %u, %u, %u", mm[0].msg_len, mm[1].msg_len, mm[2].msg_len);
	for (i = 0; i < 3; i++) {
		ssize_t r = recv(rcv, buf, sizeof(buf), MSG_DONTWAIT);

		ok = ok && r == (ssize_t)strlen(words[i]) && !memcmp(buf, words[i], r);
	}
	TST_EXP_EXPR(ok, "receiver got the three datagrams in order");
	TST_EXP_VAL(sendmmsg(udp, mm, 0, 0), 0, "sendmmsg(vlen 0)");
	TST_EXP_FAIL(recv(rcv, buf, sizeof(buf), MSG_DONTWAIT), EAGAIN, "vlen 0 sent nothing");

	iov[1].iov_base = tst_bad_addr();
	TST_EXP_VAL(sendmmsg(udp, mm, 3, 0), 1, "second message bad: returns 1");
	TST_EXP_VAL(recv(rcv, buf, sizeof(buf), MSG_DONTWAIT), 3, "first message was sent");
	TST_EXP_FAIL(sendmmsg(udp, &mm[1], 2, 0), EFAULT, "sendmmsg(first message bad iov_base)");
	iov[1].iov_base = (void *)words[1];
	TST_EXP_FAIL(sendmmsg(udp, tst_bad_addr(), 1, 0), EFAULT, "sendmmsg(bad msgvec)");
	TST_EXP_FAIL(sendmmsg(1000, mm, 1, 0), EBADF, "sendmmsg(closed fd)");
	TST_EXP_FAIL(sendmmsg(pipefd[1], mm, 1, 0), ENOTSOCK, "sendmmsg(pipe)");
	close(udp);
	close(rcv);
}

static struct tst_test test = { .test_all = run, .setup = setup };
TST_MAIN(test)
