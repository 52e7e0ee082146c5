// SPDX-License-Identifier: Apache-2.0
/*
 * getsockname01 - getsockname(2).
 *
 * Checks:
 *  - an unbound AF_INET socket reports 0.0.0.0 port 0;
 *  - after bind(127.0.0.1:0) it reports 127.0.0.1 and a non-zero port, and
 *    addrlen is set to sizeof(struct sockaddr_in);
 *  - a too-small addrlen truncates the copy but still returns the full
 *    length;
 *  - an unbound AF_UNIX socket reports only the family
 *    (addrlen == sizeof(sa_family_t));
 *  - errors, one case per row: EBADF (closed fd), ENOTSOCK (pipe), EFAULT
 *    (bad address; bad addrlen pointer), EINVAL (negative addrlen).
 */
#include "tst.h"
#include <sys/socket.h>
#include <netinet/in.h>

static int sock = -1, pipefd[2];

static int fd_sock(void) { return sock; }
static int fd_closed(void) { return 1000; }
static int fd_pipe(void) { return pipefd[0]; }

static const struct tcase {
	const char *name;
	int (*fd)(void);
	int bad_addr, bad_len, neg_len;
	int exp_err;
} cases[] = {
	{ "closed fd", fd_closed, 0, 0, 0, EBADF },
	{ "pipe", fd_pipe, 0, 0, 0, ENOTSOCK },
	{ "bad address", fd_sock, 1, 0, 0, EFAULT },
	{ "bad addrlen pointer", fd_sock, 0, 1, 0, EFAULT },
	{ "negative addrlen", fd_sock, 0, 0, 1, EINVAL },
};

static void setup(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sock = socket(AF_INET, SOCK_STREAM, 0);
	if (sock < 0 || bind(sock, (struct sockaddr *)&a, sizeof(a)))
		tst_brk(TBROK | TERRNO, "bind");
	SAFE_PIPE(pipefd);
}

static void run_ok(void)
{
	struct sockaddr_in a;
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	unsigned char small[4];
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&ss, 0xff, sizeof(ss));
	TST_EXP_PASS(getsockname(fd, (struct sockaddr *)&ss, &len), "getsockname(unbound UDP)");
	memcpy(&a, &ss, sizeof(a));
	TST_EXP_EXPR(len == sizeof(a) && a.sin_family == AF_INET && a.sin_port == 0 &&
		     a.sin_addr.s_addr == INADDR_ANY, "unbound socket is 0.0.0.0:0");
	SAFE_CLOSE(fd);

	len = sizeof(ss);
	TST_EXP_PASS(getsockname(sock, (struct sockaddr *)&ss, &len), "getsockname(bound TCP)");
	memcpy(&a, &ss, sizeof(a));
	TST_EXP_EQ(len, sizeof(struct sockaddr_in));
	TST_EXP_EXPR(a.sin_addr.s_addr == htonl(INADDR_LOOPBACK) && a.sin_port != 0,
		     "bound to 127.0.0.1:%d", ntohs(a.sin_port));

	len = sizeof(small);
	memset(small, 0, sizeof(small));
	TST_EXP_PASS(getsockname(sock, (struct sockaddr *)small, &len), "getsockname(addrlen 4)");
	TST_EXP_EXPR(len == sizeof(struct sockaddr_in) && !memcmp(small, &a, 4),
		     "truncated copy, full length %u returned", (unsigned)len);

	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	len = sizeof(ss);
	TST_EXP_PASS(getsockname(fd, (struct sockaddr *)&ss, &len), "getsockname(unbound AF_UNIX)");
	TST_EXP_EXPR(len == sizeof(sa_family_t) && ss.ss_family == AF_UNIX,
		     "unbound AF_UNIX socket reports only its family (len %u)", (unsigned)len);
	SAFE_CLOSE(fd);
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
	TST_EXP_FAIL(getsockname(tc->fd(), tc->bad_addr ? tst_bad_addr() : (void *)&ss,
				 tc->bad_len ? tst_bad_addr() : (void *)&len),
		     tc->exp_err, "getsockname(%s)", tc->name);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1, .setup = setup,
};
TST_MAIN(test)
