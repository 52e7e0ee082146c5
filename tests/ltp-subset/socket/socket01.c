// SPDX-License-Identifier: Apache-2.0
/*
 * socket01 - socket(2).
 *
 * Checks, one case per row:
 *  - socket() returns an fd for AF_INET (TCP, UDP), AF_INET6 (TCP, UDP;
 *    TCONF if the kernel has no IPv6), AF_UNIX (stream, dgram, seqpacket)
 *    and AF_NETLINK/NETLINK_ROUTE;
 *  - SO_TYPE, SO_DOMAIN and SO_PROTOCOL report what was asked for;
 *  - SOCK_CLOEXEC sets FD_CLOEXEC and SOCK_NONBLOCK sets O_NONBLOCK;
 *  - errors: EAFNOSUPPORT (unknown family), EINVAL (unknown type; unknown
 *    flag bit in type), EPROTONOSUPPORT (TCP protocol with SOCK_DGRAM;
 *    netlink protocol out of range; AF_UNIX with a protocol other than 0
 *    or PF_UNIX), ESOCKTNOSUPPORT (AF_UNIX with SOCK_PACKET).
 */
#include "tst.h"
#include <sys/socket.h>
#include <netinet/in.h>
#include <linux/netlink.h>

static const struct tcase {
	const char *name;
	int domain, type, proto;
	int exp_err;		/* 0: must succeed */
	int alt_err;		/* second accepted errno, or 0 */
	int proto_out;		/* expected SO_PROTOCOL, -1 to skip */
} cases[] = {
	{ "AF_INET/SOCK_STREAM", AF_INET, SOCK_STREAM, 0, 0, 0, IPPROTO_TCP },
	{ "AF_INET/SOCK_DGRAM", AF_INET, SOCK_DGRAM, 0, 0, 0, IPPROTO_UDP },
	{ "AF_INET/SOCK_STREAM/IPPROTO_TCP", AF_INET, SOCK_STREAM, IPPROTO_TCP, 0, 0, IPPROTO_TCP },
	{ "AF_INET6/SOCK_STREAM", AF_INET6, SOCK_STREAM, 0, 0, 0, IPPROTO_TCP },
	{ "AF_INET6/SOCK_DGRAM", AF_INET6, SOCK_DGRAM, 0, 0, 0, IPPROTO_UDP },
	{ "AF_UNIX/SOCK_STREAM", AF_UNIX, SOCK_STREAM, 0, 0, 0, 0 },
	{ "AF_UNIX/SOCK_DGRAM", AF_UNIX, SOCK_DGRAM, 0, 0, 0, 0 },
	{ "AF_UNIX/SOCK_SEQPACKET", AF_UNIX, SOCK_SEQPACKET, 0, 0, 0, 0 },
	{ "AF_NETLINK/NETLINK_ROUTE", AF_NETLINK, SOCK_RAW, NETLINK_ROUTE, 0, 0, NETLINK_ROUTE },
	{ "AF_NETLINK/SOCK_DGRAM", AF_NETLINK, SOCK_DGRAM, NETLINK_ROUTE, 0, 0, NETLINK_ROUTE },
	{ "family 9999", 9999, SOCK_STREAM, 0, EAFNOSUPPORT, 0, -1 },
	{ "AF_INET type 9999", AF_INET, 9999, 0, EINVAL, 0, -1 },
	{ "AF_INET bad type flag", AF_INET, SOCK_STREAM | 0x40000000, 0, EINVAL, 0, -1 },
	{ "AF_INET/SOCK_DGRAM/IPPROTO_TCP", AF_INET, SOCK_DGRAM, IPPROTO_TCP, EPROTONOSUPPORT, 0, -1 },
	{ "AF_UNIX protocol 2", AF_UNIX, SOCK_STREAM, 2, EPROTONOSUPPORT, 0, -1 },
	{ "AF_UNIX/SOCK_PACKET", AF_UNIX, SOCK_PACKET, 0, ESOCKTNOSUPPORT, 0, -1 },
	{ "AF_NETLINK protocol 999", AF_NETLINK, SOCK_RAW, 999, EPROTONOSUPPORT, 0, -1 },
};

static int getint(int fd, int level, int opt)
{
	int v = -1;
	socklen_t len = sizeof(v);

	if (getsockopt(fd, level, opt, &v, &len) < 0)
		return -1;
	return v;
}

static void run(unsigned int n)
{
	const struct tcase *tc = &cases[n];
	int fd;

	errno = 0;
	fd = socket(tc->domain, tc->type, tc->proto);
	if (tc->exp_err) {
		if (fd < 0 && (errno == tc->exp_err || (tc->alt_err && errno == tc->alt_err)))
			tst_res(TPASS | TERRNO, "socket(%s) failed as expected", tc->name);
		else if (fd < 0)
			tst_res(TFAIL | TERRNO, "socket(%s): expected %s", tc->name,
				tst_errno_name(tc->exp_err));
		else
			tst_res(TFAIL, "socket(%s) succeeded, expected %s", tc->name,
				tst_errno_name(tc->exp_err));
		if (fd >= 0)
			close(fd);
		return;
	}
	if (fd < 0 && tc->domain == AF_INET6 && errno == EAFNOSUPPORT) {
		tst_res(TCONF, "socket(%s): no IPv6 in this kernel", tc->name);
		return;
	}
	if (fd < 0) {
		tst_res(TFAIL | TERRNO, "socket(%s)", tc->name);
		return;
	}
	tst_res(TPASS, "socket(%s) returned fd %d", tc->name, fd);
	TST_EXP_EXPR(getint(fd, SOL_SOCKET, SO_TYPE) == tc->type,
		     "%s: SO_TYPE == %d", tc->name, tc->type);
	TST_EXP_EXPR(getint(fd, SOL_SOCKET, SO_DOMAIN) == tc->domain,
		     "%s: SO_DOMAIN == %d", tc->name, tc->domain);
	if (tc->proto_out >= 0)
		TST_EXP_EXPR(getint(fd, SOL_SOCKET, SO_PROTOCOL) == tc->proto_out,
			     "%s: SO_PROTOCOL == %d", tc->name, tc->proto_out);
	TST_EXP_VAL(fcntl(fd, F_GETFD), 0, "%s: FD_CLOEXEC clear by default", tc->name);
	SAFE_CLOSE(fd);

	if (n != 0)
		return;
	fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (fd < 0)
		tst_brk(TBROK | TERRNO, "socket(SOCK_CLOEXEC | SOCK_NONBLOCK)");
	TST_EXP_VAL(fcntl(fd, F_GETFD), FD_CLOEXEC, "SOCK_CLOEXEC sets FD_CLOEXEC");
	TST_EXP_EXPR(fcntl(fd, F_GETFL) & O_NONBLOCK, "SOCK_NONBLOCK sets O_NONBLOCK");
	TST_EXP_VAL(getint(fd, SOL_SOCKET, SO_TYPE), SOCK_STREAM,
		    "SO_TYPE excludes the flag bits");
	SAFE_CLOSE(fd);
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
