// SPDX-License-Identifier: Apache-2.0
/*
 * sendmsg01 - sendmsg(2).
 *
 * Checks:
 *  - a three-element iovec is gathered into one UDP datagram sent to
 *    msg_name;
 *  - SCM_RIGHTS over an AF_UNIX socket pair is accepted (the receiving
 *    side is checked in recvmsg01);
 *  - errors, one case per row: EMSGSIZE (msg_iovlen > IOV_MAX), EFAULT
 *    (bad iov_base; bad msghdr), EINVAL (cmsg_len larger than
 *    msg_controllen), EBADF (SCM_RIGHTS naming
 *    a closed fd; closed socket fd), ENOTSOCK (pipe), EDESTADDRREQ (no
 *    msg_name on an unconnected UDP socket).
 */
#include "tst.h"
#include <limits.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>

static int udp = -1, rcv = -1, sv[2] = { -1, -1 }, pipefd[2];
static struct sockaddr_in dst;

enum kind { K_IOVMAX, K_BADIOV, K_BADMSG, K_CMSGLEN, K_RIGHTS_BADFD,
	    K_CLOSED, K_PIPE, K_NODEST };

static const struct tcase {
	const char *name;
	enum kind kind;
	int exp_err;
} cases[] = {
	{ "msg_iovlen > IOV_MAX", K_IOVMAX, EMSGSIZE },
	{ "bad iov_base", K_BADIOV, EFAULT },
	{ "bad msghdr", K_BADMSG, EFAULT },
	{ "cmsg_len > msg_controllen", K_CMSGLEN, EINVAL },
	{ "SCM_RIGHTS with a closed fd", K_RIGHTS_BADFD, EBADF },
	{ "closed socket fd", K_CLOSED, EBADF },
	{ "pipe", K_PIPE, ENOTSOCK },
	{ "unconnected UDP, no msg_name", K_NODEST, EDESTADDRREQ },
};

static void setup(void)
{
	socklen_t len = sizeof(dst);

	dst.sin_family = AF_INET;
	dst.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	udp = socket(AF_INET, SOCK_DGRAM, 0);
	rcv = socket(AF_INET, SOCK_DGRAM, 0);
	if (bind(rcv, (struct sockaddr *)&dst, sizeof(dst)) ||
	    getsockname(rcv, (struct sockaddr *)&dst, &len) ||
	    socketpair(AF_UNIX, SOCK_DGRAM, 0, sv))
		tst_brk(TBROK | TERRNO, "setup");
	SAFE_PIPE(pipefd);
}

static void rights(struct msghdr *m, void *cbuf, size_t clen, int fd)
{
	struct cmsghdr *c;

	memset(cbuf, 0, clen);
	m->msg_control = cbuf;
	m->msg_controllen = CMSG_SPACE(sizeof(int));
	c = CMSG_FIRSTHDR(m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof(int));
}

static void run(unsigned int n)
{
	static struct iovec many[IOV_MAX + 1];
	union { char b[CMSG_SPACE(sizeof(int))]; struct cmsghdr a; } cbuf;
	struct iovec iov[3] = { { "ab", 2 }, { "cde", 3 }, { "f", 1 } };
	struct msghdr m = { .msg_iov = iov, .msg_iovlen = 3 };
	int fd = sv[0];
	char buf[16];

	if (n == ARRAY_SIZE(cases)) {
		m.msg_name = &dst;
		m.msg_namelen = sizeof(dst);
		TST_EXP_VAL(sendmsg(udp, &m, 0), 6, "sendmsg(3 iovecs to 127.0.0.1:%d)",
			    ntohs(dst.sin_port));
		TST_EXP_VAL(recv(rcv, buf, sizeof(buf), 0), 6, "one 6-byte datagram received");
		TST_EXP_EXPR(!memcmp(buf, "abcdef", 6), "iovecs gathered in order");
		m.msg_name = NULL;
		m.msg_namelen = 0;
		rights(&m, &cbuf, sizeof(cbuf), pipefd[0]);
		TST_EXP_VAL(sendmsg(sv[0], &m, 0), 6, "sendmsg(SCM_RIGHTS over AF_UNIX)");
		TST_EXP_VAL(recv(sv[1], buf, sizeof(buf), 0), 6, "data of the SCM_RIGHTS message");
		return;
	}
	switch (cases[n].kind) {
	case K_IOVMAX:
		for (size_t i = 0; i < ARRAY_SIZE(many); i++)
			many[i] = (struct iovec){ buf, 1 };
		m.msg_iov = many;
		m.msg_iovlen = IOV_MAX + 1;
		break;
	case K_BADIOV:
		iov[1].iov_base = tst_bad_addr();
		break;
	case K_BADMSG:
		TST_EXP_FAIL(sendmsg(fd, tst_bad_addr(), 0), EFAULT, "sendmsg(%s)", cases[n].name);
		return;
	case K_CMSGLEN:
		rights(&m, &cbuf, sizeof(cbuf), pipefd[0]);
		CMSG_FIRSTHDR(&m)->cmsg_len = m.msg_controllen + 8;
		break;
	case K_RIGHTS_BADFD:
		rights(&m, &cbuf, sizeof(cbuf), 1000);
		break;
	case K_CLOSED:
		fd = 1000;
		break;
	case K_PIPE:
		fd = pipefd[1];
		break;
	case K_NODEST:
		fd = udp;
		break;
	}
	TST_EXP_FAIL(sendmsg(fd, &m, 0), cases[n].exp_err, "sendmsg(%s)", cases[n].name);
}

static void cleanup(void)
{
	close(udp);
	close(rcv);
	close(sv[0]);
	close(sv[1]);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1, .setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
