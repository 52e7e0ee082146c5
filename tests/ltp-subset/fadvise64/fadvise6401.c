// SPDX-License-Identifier: Apache-2.0
/*
 * fadvise6401 - fadvise64(2), via the raw syscall (posix_fadvise() returns
 * the error instead of setting errno).
 *
 * Checks:
 *  - every advice value (NORMAL, RANDOM, SEQUENTIAL, WILLNEED, DONTNEED,
 *    NOREUSE) succeeds on a regular file, also with len 0 ("to EOF");
 *  - the file contents are unaffected;
 *  - errors: EINVAL (unknown advice; negative length), EBADF (closed fd),
 *    ESPIPE (a pipe).
 */
#include "tst.h"

static long sys_fadvise64(int fd, off_t off, off_t len, int advice)
{
	return syscall(SYS_fadvise64, fd, off, len, advice);
}

static const struct { int advice; const char *name; } advs[] = {
	{ POSIX_FADV_NORMAL, "NORMAL" }, { POSIX_FADV_RANDOM, "RANDOM" },
	{ POSIX_FADV_SEQUENTIAL, "SEQUENTIAL" }, { POSIX_FADV_WILLNEED, "WILLNEED" },
	{ POSIX_FADV_DONTNEED, "DONTNEED" }, { POSIX_FADV_NOREUSE, "NOREUSE" },
};

static void run(void)
{
	char buf[16];
	int fd, p[2];

	fd = SAFE_OPEN("f", O_RDWR | O_CREAT, 0600);
	SAFE_WRITE(fd, "advised-data", 12);
	for (unsigned int i = 0; i < ARRAY_SIZE(advs); i++) {
		TST_EXP_PASS(sys_fadvise64(fd, 0, 4096, advs[i].advice), "fadvise64(POSIX_FADV_%s)", advs[i].name);
		TST_EXP_PASS(sys_fadvise64(fd, 0, 0, advs[i].advice), "fadvise64(POSIX_FADV_%s, len 0)", advs[i].name);
	}
	TST_EXP_VAL(pread(fd, buf, sizeof(buf), 0), 12, "contents unaffected");
	TST_EXP_FAIL(sys_fadvise64(fd, 0, 0, 99), EINVAL, "fadvise64(advice 99)");
	TST_EXP_FAIL(sys_fadvise64(fd, 0, -1, POSIX_FADV_NORMAL), EINVAL, "fadvise64(len -1)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(sys_fadvise64(fd, 0, 0, POSIX_FADV_NORMAL), EBADF, "fadvise64(closed fd)");
	SAFE_PIPE(p);
	TST_EXP_FAIL(sys_fadvise64(p[0], 0, 0, POSIX_FADV_NORMAL), ESPIPE, "fadvise64(pipe)");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
