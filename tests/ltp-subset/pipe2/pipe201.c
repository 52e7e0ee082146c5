// SPDX-License-Identifier: Apache-2.0
/*
 * pipe201 - pipe2(2).
 *
 * Checks (case table over flags 0, O_CLOEXEC, O_NONBLOCK, both):
 *  - FD_CLOEXEC is set on both ends iff O_CLOEXEC was given;
 *  - O_NONBLOCK is set on both ends iff given; then an empty read -> EAGAIN;
 * and:
 *  - O_DIRECT gives packet mode: each write is read back separately;
 *  - EINVAL for unknown flags; EFAULT for a bad pointer.
 */
#include "tst.h"

static const struct { int flags; const char *name; } cases[] = {
	{ 0, "0" }, { O_CLOEXEC, "O_CLOEXEC" }, { O_NONBLOCK, "O_NONBLOCK" },
	{ O_CLOEXEC | O_NONBLOCK, "O_CLOEXEC|O_NONBLOCK" },
};

static void run(unsigned int n)
{
	int p[2], fl = cases[n].flags, ok = 1;
	char c;

	TST_EXP_PASS(syscall(SYS_pipe2, p, fl), "pipe2(%s)", cases[n].name);
	for (int i = 0; i < 2; i++) {
		ok &= !!(fcntl(p[i], F_GETFD) & FD_CLOEXEC) == !!(fl & O_CLOEXEC);
		ok &= !!(fcntl(p[i], F_GETFL) & O_NONBLOCK) == !!(fl & O_NONBLOCK);
	}
	TST_EXP_EXPR(ok, "FD_CLOEXEC/O_NONBLOCK on both ends match %s", cases[n].name);
	if (fl & O_NONBLOCK)
		TST_EXP_FAIL(read(p[0], &c, 1), EAGAIN, "read(empty nonblocking pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);

	if (n == ARRAY_SIZE(cases) - 1) {
		char buf[16];

		TST_EXP_PASS(pipe2(p, O_DIRECT), "pipe2(O_DIRECT)");
		SAFE_WRITE(p[1], "abc", 3);
		SAFE_WRITE(p[1], "de", 2);
		TST_EXP_VAL(read(p[0], buf, sizeof(buf)), 3, "packet mode: first packet");
		TST_EXP_VAL(read(p[0], buf, sizeof(buf)), 2, "packet mode: second packet");
		SAFE_CLOSE(p[0]);
		SAFE_CLOSE(p[1]);
		TST_EXP_FAIL(syscall(SYS_pipe2, p, 0x1), EINVAL, "pipe2(flags 1)");
		TST_EXP_FAIL(syscall(SYS_pipe2, tst_bad_addr(), 0), EFAULT, "pipe2(bad)");
	}
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
