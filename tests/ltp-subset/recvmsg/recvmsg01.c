// SPDX-License-Identifier: Apache-2.0
/*
 * recvmsg01 - recvmsg(2), with SCM_RIGHTS and SCM_CREDENTIALS over AF_UNIX.
 *
 * Checks:
 *  - data is scattered over a two-element iovec;
 *  - an fd passed with SCM_RIGHTS arrives as a new fd that refers to the
 *    same open file (reading through it gets the file's bytes, and the
 *    file offset is shared);
 *  - MSG_CMSG_CLOEXEC sets FD_CLOEXEC on the received fd; without it the
 *    flag is clear;
 *  - a too-small msg_control sets MSG_CTRUNC;
 *  - SO_PASSCRED delivers SCM_CREDENTIALS with our pid, uid and gid;
 *  - a UDP recvmsg() fills msg_name with the sender's address;
 *  - errors, one case per row: EAGAIN (MSG_DONTWAIT, empty), EFAULT (bad
 *    iov_base with data queued; bad msghdr), EBADF, ENOTSOCK.
 */
#include "tst.h"
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>

static int sv[2] = { -1, -1 }, pipefd[2];

static void send_fd(int fd, const char *data)
{
	union { char b[CMSG_SPACE(sizeof(int))]; struct cmsghdr a; } cbuf;
	struct iovec iov = { (void *)data, strlen(data) };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = &cbuf, .msg_controllen = sizeof(cbuf) };
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);

	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof(int));
	if (sendmsg(sv[0], &m, 0) < 0)
		tst_brk(TBROK | TERRNO, "sendmsg(SCM_RIGHTS)");
}

static int recv_fd(int flags, size_t clen, int *mflags, char *data, size_t dlen)
{
	union { char b[CMSG_SPACE(sizeof(int)) + 64]; struct cmsghdr a; } cbuf;
	struct iovec iov[2] = { { data, 2 }, { data + 2, dlen - 2 } };
	struct msghdr m = { .msg_iov = iov, .msg_iovlen = 2,
			    .msg_control = &cbuf, .msg_controllen = clen };
	struct cmsghdr *c;
	int fd = -1;

	memset(&cbuf, 0, sizeof(cbuf));
	if (recvmsg(sv[1], &m, flags) < 0) {
		tst_res(TFAIL | TERRNO, "recvmsg");
		return -1;
	}
	*mflags = m.msg_flags;
	for (c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
			memcpy(&fd, CMSG_DATA(c), sizeof(int));
	return fd;
}

static void run_rights(void)
{
	char data[16] = "", buf[8];
	int file, fd, mflags;

	tst_write_file("file", "0123456789");
	file = SAFE_OPEN("file", O_RDONLY);
	send_fd(file, "hello");
	fd = recv_fd(0, CMSG_SPACE(sizeof(int)), &mflags, data, sizeof(data));
	TST_EXP_EXPR(!memcmp(data, "hello", 5), "data scattered over 2 iovecs: \"%.5s\"", data);
	TST_EXP_EXPR(fd >= 0 && fd != file, "SCM_RIGHTS delivered new fd %d", fd);
	if (fd >= 0) {
		TST_EXP_VAL(read(fd, buf, 4), 4, "read through the received fd");
		TST_EXP_EXPR(!memcmp(buf, "0123", 4), "it refers to the sent file");
		TST_EXP_VAL(lseek(file, 0, SEEK_CUR), 4, "file offset is shared with the original");
		TST_EXP_VAL(fcntl(fd, F_GETFD), 0, "FD_CLOEXEC clear without MSG_CMSG_CLOEXEC");
		close(fd);
	}
	send_fd(file, "again");
	fd = recv_fd(MSG_CMSG_CLOEXEC, CMSG_SPACE(sizeof(int)), &mflags, data, sizeof(data));
	TST_EXP_VAL(fd >= 0 ? fcntl(fd, F_GETFD) : -1, FD_CLOEXEC, "MSG_CMSG_CLOEXEC sets FD_CLOEXEC");
	if (fd >= 0)
		close(fd);
	send_fd(file, "trunc");
	fd = recv_fd(0, sizeof(struct cmsghdr), &mflags, data, sizeof(data));
	TST_EXP_EXPR(fd < 0 && (mflags & MSG_CTRUNC), "short msg_control sets MSG_CTRUNC (flags 0x%x)",
		     mflags);
	SAFE_CLOSE(file);
}

static void run_creds(void)
{
	union { char b[CMSG_SPACE(sizeof(struct ucred))]; struct cmsghdr a; } cbuf;
	char data[8];
	struct iovec iov = { data, sizeof(data) };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = &cbuf, .msg_controllen = sizeof(cbuf) };
	struct cmsghdr *c;
	struct ucred cr = { 0, 0, 0 };
	int one = 1, got = 0;

	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one));
	SAFE_WRITE(sv[0], "cred", 4);
	TST_EXP_VAL(recvmsg(sv[1], &m, 0), 4, "recvmsg() with SO_PASSCRED");
	for (c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
			memcpy(&cr, CMSG_DATA(c), sizeof(cr));
			got = 1;
		}
	TST_EXP_EXPR(got && cr.pid == getpid() && cr.uid == getuid() && cr.gid == getgid(),
		     "SCM_CREDENTIALS pid %d uid %d gid %d", (int)cr.pid, (int)cr.uid, (int)cr.gid);
	one = 0;
	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one));
}

static void run_udp(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET }, from, me;
	socklen_t len = sizeof(a);
	char data[8];
	struct iovec iov = { data, sizeof(data) };
	struct msghdr m = { .msg_name = &from, .msg_namelen = sizeof(from),
			    .msg_iov = &iov, .msg_iovlen = 1 };
	int r = socket(AF_INET, SOCK_DGRAM, 0), s = socket(AF_INET, SOCK_DGRAM, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(r, (struct sockaddr *)&a, sizeof(a));
	getsockname(r, (struct sockaddr *)&a, &len);
	sendto(s, "udp", 3, 0, (struct sockaddr *)&a, sizeof(a));
	len = sizeof(me);
	getsockname(s, (struct sockaddr *)&me, &len);
	TST_EXP_VAL(recvmsg(r, &m, 0), 3, "recvmsg(UDP)");
	TST_EXP_EXPR(m.msg_namelen == sizeof(from) && from.sin_port == me.sin_port,
		     "msg_name is the sender (port %d)", ntohs(from.sin_port));
	close(r);
	close(s);
}

static void run_errors(void)
{
	char data[8];
	struct iovec iov = { data, sizeof(data) };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };

	TST_EXP_FAIL(recvmsg(sv[1], &m, MSG_DONTWAIT), EAGAIN, "recvmsg(MSG_DONTWAIT, empty)");
	TST_EXP_FAIL(recvmsg(sv[1], tst_bad_addr(), 0), EFAULT, "recvmsg(bad msghdr)");
	SAFE_WRITE(sv[0], "x", 1);
	iov.iov_base = tst_bad_addr();
	TST_EXP_FAIL(recvmsg(sv[1], &m, 0), EFAULT, "recvmsg(bad iov_base)");
	iov.iov_base = data;
	TST_EXP_FAIL(recvmsg(1000, &m, 0), EBADF, "recvmsg(closed fd)");
	TST_EXP_FAIL(recvmsg(pipefd[0], &m, 0), ENOTSOCK, "recvmsg(pipe)");
}

static void (*const steps[])(void) = { run_rights, run_creds, run_udp, run_errors };

static void setup(void)
{
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		tst_brk(TBROK | TERRNO, "socketpair");
	SAFE_PIPE(pipefd);
}

static void run(unsigned int n)
{
	steps[n]();
}

static void cleanup(void)
{
	close(sv[0]);
	close(sv[1]);
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(steps), .setup = setup, .cleanup = cleanup,
	.needs_tmpdir = 1,
};
TST_MAIN(test)
