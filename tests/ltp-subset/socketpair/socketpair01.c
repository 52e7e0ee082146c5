// SPDX-License-Identifier: Apache-2.0
/*
 * socketpair01 - socketpair(2).
 *
 * Checks, one case per row:
 *  - AF_UNIX SOCK_STREAM, SOCK_DGRAM and SOCK_SEQPACKET pairs are connected
 *    both ways: bytes written on one end are read on the other;
 *  - SOCK_DGRAM and SOCK_SEQPACKET keep message boundaries;
 *  - SOCK_CLOEXEC and SOCK_NONBLOCK apply to both fds;
 *  - errors: EAFNOSUPPORT (AF_INET, unknown family), EOPNOTSUPP (AF_INET
 *    is reported as EOPNOTSUPP by some kernels, both accepted), EINVAL
 *    (unknown flag bit), EPROTONOSUPPORT (protocol 2), EFAULT (bad sv).
 */
#include "tst.h"
#include <sys/socket.h>

static const struct tcase {
	const char *name;
	int domain, type, proto;
	int exp_err, alt_err;
} cases[] = {
	{ "AF_UNIX/SOCK_STREAM", AF_UNIX, SOCK_STREAM, 0, 0, 0 },
	{ "AF_UNIX/SOCK_DGRAM", AF_UNIX, SOCK_DGRAM, 0, 0, 0 },
	{ "AF_UNIX/SOCK_SEQPACKET", AF_UNIX, SOCK_SEQPACKET, 0, 0, 0 },
	{ "AF_UNIX/SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK", AF_UNIX,
	  SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, 0, 0 },
	{ "AF_INET/SOCK_STREAM", AF_INET, SOCK_STREAM, 0, EOPNOTSUPP, EAFNOSUPPORT },
	{ "family 9999", 9999, SOCK_STREAM, 0, EAFNOSUPPORT, 0 },
	{ "bad type flag", AF_UNIX, SOCK_STREAM | 0x40000000, 0, EINVAL, 0 },
	{ "protocol 2", AF_UNIX, SOCK_STREAM, 2, EPROTONOSUPPORT, 0 },
};

static void run(unsigned int n)
{
	const struct tcase *tc = &cases[n];
	int sv[2] = { -1, -1 }, r;
	char buf[16];
	int base = tc->type & ~(SOCK_CLOEXEC | SOCK_NONBLOCK);

	errno = 0;
	r = socketpair(tc->domain, tc->type, tc->proto, sv);
	if (tc->exp_err) {
		if (r == -1 && (errno == tc->exp_err || errno == tc->alt_err))
			tst_res(TPASS | TERRNO, "socketpair(%s) failed as expected", tc->name);
		else if (r == -1)
			tst_res(TFAIL | TERRNO, "socketpair(%s): expected %s", tc->name,
				tst_errno_name(tc->exp_err));
		else
			tst_res(TFAIL, "socketpair(%s) succeeded", tc->name);
		if (r == 0) {
			close(sv[0]);
			close(sv[1]);
		}
		return;
	}
	if (r) {
		tst_res(TFAIL | TERRNO, "socketpair(%s)", tc->name);
		return;
	}
	tst_res(TPASS, "socketpair(%s) -> fds %d, %d", tc->name, sv[0], sv[1]);
	SAFE_WRITE(sv[0], "abc", 3);
	SAFE_WRITE(sv[0], "de", 2);
	if (base == SOCK_STREAM) {
		/* a stream may coalesce: read until 5 bytes arrived */
		SAFE_READ_FULL(sv[1], buf, 5);
		TST_EXP_EXPR(!memcmp(buf, "abcde", 5), "%s: stream data arrives in order", tc->name);
	} else {
		TST_EXP_VAL(read(sv[1], buf, sizeof(buf)), 3, "%s: first message is 3 bytes", tc->name);
		TST_EXP_VAL(read(sv[1], buf, sizeof(buf)), 2, "%s: second message is 2 bytes", tc->name);
	}
	SAFE_WRITE(sv[1], "x", 1);
	TST_EXP_VAL(read(sv[0], buf, 1), 1, "%s: reverse direction works", tc->name);
	if (tc->type & SOCK_NONBLOCK) {
		TST_EXP_VAL(fcntl(sv[0], F_GETFD) & fcntl(sv[1], F_GETFD), FD_CLOEXEC,
			    "SOCK_CLOEXEC on both fds");
		TST_EXP_EXPR((fcntl(sv[0], F_GETFL) & fcntl(sv[1], F_GETFL)) & O_NONBLOCK,
			     "SOCK_NONBLOCK on both fds");
		TST_EXP_FAIL(read(sv[0], buf, 1), EAGAIN, "read on empty non-blocking end");
	} else {
		TST_EXP_VAL(fcntl(sv[0], F_GETFD) | fcntl(sv[1], F_GETFD), 0,
			    "%s: FD_CLOEXEC clear", tc->name);
	}
	if (n == 0)
		TST_EXP_FAIL(socketpair(AF_UNIX, SOCK_STREAM, 0, tst_bad_addr()), EFAULT,
			     "socketpair(bad sv)");
	SAFE_CLOSE(sv[0]);
	if (base != SOCK_DGRAM)
		TST_EXP_VAL(read(sv[1], buf, 1), 0, "%s: EOF once the peer is closed", tc->name);
	SAFE_CLOSE(sv[1]);
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
