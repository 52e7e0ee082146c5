// SPDX-License-Identifier: Apache-2.0
/*
 * select01 - select(2) through the raw syscall.
 *
 * Checks:
 *  - an empty pipe: the write end is writable, the read end is not; the
 *    return value counts ready fds and the sets are rewritten;
 *  - after a write the read end is readable;
 *  - a 30 ms timeout returns 0 and Linux updates the timeval to the time
 *    left (0 after expiry);
 *  - EBADF for a closed fd in a set; EINVAL for negative nfds and a
 *    a negative tv_sec.
 */
#include "tst.h"
#include <sys/select.h>

static void run(void)
{
	int p[2], nf;
	fd_set r, w;
	struct timeval tv = { 0, 0 };

	SAFE_PIPE(p);
	nf = (p[0] > p[1] ? p[0] : p[1]) + 1;
	FD_ZERO(&r); FD_ZERO(&w);
	FD_SET(p[0], &r); FD_SET(p[1], &w);
	TST_EXP_VAL(syscall(SYS_select, nf, &r, &w, NULL, &tv), 1, "select(empty pipe)");
	TST_EXP_EXPR(!FD_ISSET(p[0], &r) && FD_ISSET(p[1], &w), "only write end ready");
	SAFE_WRITE(p[1], "x", 1);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	TST_EXP_VAL(syscall(SYS_select, nf, &r, NULL, NULL, &tv), 1, "select after write");
	TST_EXP_EXPR(FD_ISSET(p[0], &r), "read end readable");
	char c;
	SAFE_READ(p[0], &c, 1);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	tv.tv_usec = 30000;
	TST_EXP_VAL(syscall(SYS_select, nf, &r, NULL, NULL, &tv), 0, "select(30 ms)");
	TST_EXP_EXPR(tv.tv_sec == 0 && tv.tv_usec == 0, "timeval updated to %ld.%06ld",
		     (long)tv.tv_sec, (long)tv.tv_usec);
	TST_EXP_FAIL(syscall(SYS_select, -1, NULL, NULL, NULL, &tv), EINVAL,
		     "select(nfds -1)");
	tv.tv_sec = -1;
	TST_EXP_FAIL(syscall(SYS_select, nf, &r, NULL, NULL, &tv), EINVAL,
		     "select(tv_sec -1)");
	int closed = p[0];

	SAFE_CLOSE(p[1]);
	SAFE_CLOSE(p[0]);
	FD_ZERO(&r);
	FD_SET(closed, &r);
	tv.tv_sec = 0;
	TST_EXP_FAIL(syscall(SYS_select, nf, &r, NULL, NULL, &tv), EBADF,
		     "select(closed fd in set)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
