// SPDX-License-Identifier: Apache-2.0
/*
 * bind02 - bind(2) for AF_UNIX path and abstract sockets.
 *
 * Checks:
 *  - binding a path in the temporary directory creates a socket inode
 *    (S_ISSOCK) and getsockname() returns the path;
 *  - binding an abstract name (leading NUL) creates no file and
 *    getsockname() returns the same name and length;
 *  - autobind: addrlen == sizeof(sa_family_t) assigns an abstract name of
 *    five hex digits;
 *  - errors: EADDRINUSE (path exists; abstract name taken), ENOENT (parent
 *    directory missing), EINVAL (socket already bound; addrlen larger than
 *    sockaddr_un; wrong family AF_INET on an AF_UNIX socket), EFAULT (bad
 *    address).
 */
#include "tst.h"
#include <stddef.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>

static socklen_t mkaddr(struct sockaddr_un *a, const char *path, int abstract)
{
	memset(a, 0, sizeof(*a));
	a->sun_family = AF_UNIX;
	if (abstract) {
		snprintf(a->sun_path + 1, sizeof(a->sun_path) - 1, "%s", path);
		return offsetof(struct sockaddr_un, sun_path) + 1 + strlen(path);
	}
	snprintf(a->sun_path, sizeof(a->sun_path), "%s", path);
	return offsetof(struct sockaddr_un, sun_path) + strlen(path) + 1;
}

static int usock(void)
{
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	if (fd < 0)
		tst_brk(TBROK | TERRNO, "socket(AF_UNIX)");
	return fd;
}

static void run(void)
{
	struct sockaddr_un a, got;
	struct sockaddr_in in = { .sin_family = AF_INET };
	socklen_t len, glen;
	struct stat st;
	char name[64];
	int s1 = usock(), s2 = usock(), s3;

	len = mkaddr(&a, "sock", 0);
	TST_EXP_PASS(bind(s1, (struct sockaddr *)&a, len), "bind(\"sock\")");
	TST_EXP_EXPR(stat("sock", &st) == 0 && S_ISSOCK(st.st_mode), "\"sock\" is a socket inode");
	glen = sizeof(got);
	TST_EXP_PASS(getsockname(s1, (struct sockaddr *)&got, &glen), "getsockname(path socket)");
	TST_EXP_EXPR(!strcmp(got.sun_path, "sock"), "getsockname() path is \"%s\"", got.sun_path);
	TST_EXP_FAIL(bind(s2, (struct sockaddr *)&a, len), EADDRINUSE, "bind(existing path)");
	len = mkaddr(&a, "sock2", 0);
	TST_EXP_FAIL(bind(s1, (struct sockaddr *)&a, len), EINVAL, "bind(already bound socket, \"sock2\")");
	len = mkaddr(&a, "nodir/sock", 0);
	TST_EXP_FAIL(bind(s2, (struct sockaddr *)&a, len), ENOENT, "bind(\"nodir/sock\")");
	TST_EXP_FAIL(bind(s2, (struct sockaddr *)&a, sizeof(a) + 1), EINVAL,
		     "bind(addrlen > sizeof(sockaddr_un))");
	TST_EXP_FAIL(bind(s2, (struct sockaddr *)&in, sizeof(in)), EINVAL,
		     "bind(AF_INET address on AF_UNIX socket)");
	TST_EXP_FAIL(bind(s2, tst_bad_addr(), sizeof(a)), EFAULT, "bind(bad address)");

	snprintf(name, sizeof(name), "sbx-bind02-%d", getpid());
	len = mkaddr(&a, name, 1);
	TST_EXP_PASS(bind(s2, (struct sockaddr *)&a, len), "bind(abstract \"\\0%s\")", name);
	TST_EXP_EXPR(stat(name, &st) == -1 && errno == ENOENT, "abstract bind created no file");
	glen = sizeof(got);
	getsockname(s2, (struct sockaddr *)&got, &glen);
	TST_EXP_EXPR(glen == len && !memcmp(&got, &a, len), "getsockname() returns the abstract name");
	s3 = usock();
	TST_EXP_FAIL(bind(s3, (struct sockaddr *)&a, len), EADDRINUSE, "bind(abstract name in use)");

	memset(&a, 0, sizeof(a));
	a.sun_family = AF_UNIX;
	TST_EXP_PASS(bind(s3, (struct sockaddr *)&a, sizeof(sa_family_t)), "bind(autobind)");
	glen = sizeof(got);
	getsockname(s3, (struct sockaddr *)&got, &glen);
	TST_EXP_EXPR(glen == offsetof(struct sockaddr_un, sun_path) + 6 && got.sun_path[0] == 0,
		     "autobind gave an abstract name of 5 characters (len %u)", (unsigned)glen);
	SAFE_CLOSE(s1);
	SAFE_CLOSE(s2);
	SAFE_CLOSE(s3);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
