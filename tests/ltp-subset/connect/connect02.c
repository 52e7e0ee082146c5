// SPDX-License-Identifier: Apache-2.0
/*
 * connect02 - connect(2) for AF_UNIX path and abstract sockets.
 *
 * Checks:
 *  - a stream client connects to a listener bound to a path in the
 *    temporary directory and to one bound to an abstract name, and data
 *    flows both ways;
 *  - a datagram socket connected to a bound datagram socket can send();
 *  - errors, one case per row: ENOENT (path does not exist), ECONNREFUSED
 *    (path is a regular file; abstract name nobody bound; bound stream
 *    socket that is not listening), EPROTOTYPE (stream socket to a
 *    datagram socket), EINVAL (wrong family), EISCONN (already connected).
 */
#include "tst.h"
#include <stddef.h>
#include <sys/socket.h>
#include <sys/un.h>

static int lis_path = -1, lis_abs = -1, nolisten = -1, dgram = -1;

static socklen_t mk(struct sockaddr_un *a, const char *name, int abstract)
{
	memset(a, 0, sizeof(*a));
	a->sun_family = AF_UNIX;
	strcpy(a->sun_path + !!abstract, name);
	return offsetof(struct sockaddr_un, sun_path) + strlen(name) + 1;
}

static int bound(int type, const char *name, int abstract, int dolisten)
{
	struct sockaddr_un a;
	socklen_t l = mk(&a, name, abstract);
	int fd = socket(AF_UNIX, type, 0);

	if (fd < 0 || bind(fd, (struct sockaddr *)&a, l) || (dolisten && listen(fd, 4)))
		tst_brk(TBROK | TERRNO, "bind(%s)", name);
	return fd;
}

static char absname[64], absfree[64];

static const struct tcase {
	const char *name;
	int type;
	const char *path;
	int abstract;
	int exp_err;
} cases[] = {
	{ "missing path", SOCK_STREAM, "missing", 0, ENOENT },
	{ "regular file", SOCK_STREAM, "file", 0, ECONNREFUSED },
	{ "unbound abstract name", SOCK_STREAM, absfree, 1, ECONNREFUSED },
	{ "bound but not listening", SOCK_STREAM, "nolisten", 0, ECONNREFUSED },
	{ "stream to datagram socket", SOCK_STREAM, "dgram", 0, EPROTOTYPE },
};

static void setup(void)
{
	snprintf(absname, sizeof(absname), "sbx-connect02-%d", getpid());
	snprintf(absfree, sizeof(absfree), "sbx-connect02-free-%d", getpid());
	lis_path = bound(SOCK_STREAM, "lis", 0, 1);
	lis_abs = bound(SOCK_STREAM, absname, 1, 1);
	nolisten = bound(SOCK_STREAM, "nolisten", 0, 0);
	dgram = bound(SOCK_DGRAM, "dgram", 0, 0);
	tst_write_file("file", "");
}

static void talk(int lis, const char *name, int abstract)
{
	struct sockaddr_un a;
	socklen_t l = mk(&a, name, abstract);
	int c = socket(AF_UNIX, SOCK_STREAM, 0), s;
	char buf[4];

	TST_EXP_PASS(connect(c, (struct sockaddr *)&a, l), "connect(%s\"%s\")",
		     abstract ? "abstract " : "", name);
	s = accept(lis, NULL, NULL);
	if (s < 0)
		tst_brk(TBROK | TERRNO, "accept");
	SAFE_WRITE(c, "ab", 2);
	SAFE_WRITE(s, "cd", 2);
	SAFE_READ_FULL(s, buf, 2);
	SAFE_READ_FULL(c, buf + 2, 2);
	TST_EXP_EXPR(!memcmp(buf, "abcd", 4), "data flows both ways");
	if (lis == lis_path) {
		TST_EXP_FAIL(connect(c, (struct sockaddr *)&a, l), EISCONN, "connect() again");
	}
	close(s);
	close(c);
}

static void run(unsigned int n)
{
	struct sockaddr_un a;
	socklen_t l;
	int fd;

	if (n == ARRAY_SIZE(cases)) {
		char buf[8];

		talk(lis_path, "lis", 0);
		talk(lis_abs, absname, 1);
		fd = socket(AF_UNIX, SOCK_DGRAM, 0);
		l = mk(&a, "dgram", 0);
		TST_EXP_PASS(connect(fd, (struct sockaddr *)&a, l), "connect(datagram socket)");
		TST_EXP_VAL(send(fd, "hello", 5, 0), 5, "send() on connected datagram socket");
		TST_EXP_VAL(recv(dgram, buf, sizeof(buf), 0), 5, "bound datagram socket received it");
		close(fd);
		fd = socket(AF_UNIX, SOCK_STREAM, 0);
		a.sun_family = AF_INET;
		TST_EXP_FAIL(connect(fd, (struct sockaddr *)&a, l), EINVAL, "connect(sun_family AF_INET)");
		close(fd);
		return;
	}
	fd = socket(AF_UNIX, cases[n].type, 0);
	l = mk(&a, cases[n].path, cases[n].abstract);
	TST_EXP_FAIL(connect(fd, (struct sockaddr *)&a, l), cases[n].exp_err, "connect(%s)",
		     cases[n].name);
	close(fd);
}

static void cleanup(void)
{
	close(lis_path);
	close(lis_abs);
	close(nolisten);
	close(dgram);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1,
	.setup = setup, .cleanup = cleanup, .needs_tmpdir = 1,
};
TST_MAIN(test)
