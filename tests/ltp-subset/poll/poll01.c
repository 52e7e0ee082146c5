// SPDX-License-Identifier: Apache-2.0
/*
 * poll01 - poll(2).
 *
 * Checks:
 *  - an empty pipe's read end is not ready (timeout 0 returns 0); the
 *    write end reports POLLOUT;
 *  - after a write the read end reports POLLIN;
 *  - closing the write end reports POLLHUP on the read end;
 *  - a closed fd in the set reports POLLNVAL; a negative fd is ignored;
 *  - a 50 ms timeout with nothing ready returns 0 after >= ~50 ms;
 *  - EFAULT for a bad fds pointer; EINVAL for nfds > RLIMIT_NOFILE.
 */
#include "tst.h"
#include <poll.h>
#include <time.h>
#include <sys/resource.h>

static void run(void)
{
	int p[2];
	struct pollfd f[3];
	struct timespec a, b;
	struct rlimit rl;
	long ms;
	int closed;

	SAFE_PIPE(p);
	f[0] = (struct pollfd){ p[0], POLLIN, 0 };
	f[1] = (struct pollfd){ p[1], POLLOUT, 0 };
	f[2] = (struct pollfd){ -1, POLLIN, 0 };
	TST_EXP_VAL(poll(f, 3, 0), 1, "poll(empty pipe r, w, -1)");
	TST_EXP_EXPR(f[0].revents == 0 && f[1].revents == POLLOUT && f[2].revents == 0,
		     "revents %#x %#x %#x", f[0].revents, f[1].revents, f[2].revents);
	SAFE_WRITE(p[1], "x", 1);
	TST_EXP_VAL(poll(f, 1, 0), 1, "poll after write");
	TST_EXP_EXPR(f[0].revents == POLLIN, "POLLIN reported (%#x)", f[0].revents);
	closed = p[1];
	SAFE_CLOSE(p[1]);
	poll(f, 1, 0);
	TST_EXP_EXPR(f[0].revents & POLLHUP, "POLLHUP after writer closed (%#x)",
		     f[0].revents);
	f[1].fd = closed;
	TST_EXP_VAL(poll(&f[1], 1, 0), 1, "poll(closed fd)");
	TST_EXP_EXPR(f[1].revents == POLLNVAL, "POLLNVAL (%#x)", f[1].revents);
	SAFE_CLOSE(p[0]);

	SAFE_PIPE(p);
	f[0] = (struct pollfd){ p[0], POLLIN, 0 };
	clock_gettime(CLOCK_MONOTONIC, &a);
	TST_EXP_VAL(poll(f, 1, 50), 0, "poll(50 ms timeout)");
	clock_gettime(CLOCK_MONOTONIC, &b);
	ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
	TST_EXP_EXPR(ms >= 45, "timed out after %ld ms", ms);
	TST_EXP_FAIL(poll(tst_bad_addr(), 1, 0), EFAULT, "poll(bad fds)");
	getrlimit(RLIMIT_NOFILE, &rl);
	TST_EXP_FAIL(syscall(SYS_poll, f, rl.rlim_cur + 1, 0), EINVAL,
		     "poll(nfds > RLIMIT_NOFILE)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
