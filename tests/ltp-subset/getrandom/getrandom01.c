// SPDX-License-Identifier: Apache-2.0
/*
 * getrandom01 - getrandom(2) through the raw syscall.
 *
 * Checks (case table over flags 0, GRND_NONBLOCK, GRND_RANDOM,
 * GRND_RANDOM|GRND_NONBLOCK, GRND_INSECURE): the call returns the number
 * of bytes requested (256; GRND_RANDOM may return fewer but > 0, or EAGAIN
 * with NONBLOCK), and two buffers differ;
 * and: a zero-length request returns 0; EINVAL for unknown flags and for
 * GRND_INSECURE|GRND_RANDOM; EFAULT for a bad buffer.
 */
#include "tst.h"

#ifndef GRND_NONBLOCK
#define GRND_NONBLOCK 1
#define GRND_RANDOM 2
#endif
#ifndef GRND_INSECURE
#define GRND_INSECURE 4
#endif

static const struct { unsigned int flags; const char *name; } cases[] = {
	{ 0, "0" }, { GRND_NONBLOCK, "GRND_NONBLOCK" }, { GRND_RANDOM, "GRND_RANDOM" },
	{ GRND_RANDOM | GRND_NONBLOCK, "GRND_RANDOM|GRND_NONBLOCK" },
	{ GRND_INSECURE, "GRND_INSECURE" },
};

static void run(unsigned int n)
{
	unsigned char a[256], b[256];
	long r1, r2;

	memset(a, 0, sizeof(a));
	memset(b, 0, sizeof(b));
	errno = 0;
	r1 = syscall(SYS_getrandom, a, sizeof(a), cases[n].flags);
	if (r1 == -1 && errno == EAGAIN && (cases[n].flags & GRND_NONBLOCK)) {
		tst_res(TPASS, "getrandom(%s): EAGAIN (pool not ready) is allowed",
			cases[n].name);
		return;
	}
	r2 = syscall(SYS_getrandom, b, sizeof(b), cases[n].flags);
	if (cases[n].flags & GRND_RANDOM)
		TST_EXP_EXPR(r1 > 0 && r1 <= 256, "getrandom(256, %s) returned %ld",
			     cases[n].name, r1);
	else
		TST_EXP_EXPR(r1 == 256, "getrandom(256, %s) returned %ld", cases[n].name, r1);
	TST_EXP_EXPR(r1 > 16 && r2 > 16 && memcmp(a, b, 16), "two calls gave different bytes");

	if (n == ARRAY_SIZE(cases) - 1) {
		TST_EXP_VAL(syscall(SYS_getrandom, a, 0, 0), 0, "getrandom(len 0)");
		TST_EXP_FAIL(syscall(SYS_getrandom, a, 16, 0x80), EINVAL, "getrandom(flags 0x80)");
		TST_EXP_FAIL(syscall(SYS_getrandom, a, 16, GRND_INSECURE | GRND_RANDOM), EINVAL,
			     "getrandom(GRND_INSECURE|GRND_RANDOM)");
		TST_EXP_FAIL(syscall(SYS_getrandom, tst_bad_addr(), 16, 0), EFAULT,
			     "getrandom(bad buffer)");
	}
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
