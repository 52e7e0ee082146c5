// SPDX-License-Identifier: Apache-2.0
/*
 * msync01 - msync(2).
 *
 * Checks:
 *  - MS_SYNC and MS_ASYNC on a shared file mapping succeed, and data
 *    stored through the mapping is then visible with read();
 *  - MS_INVALIDATE succeeds;
 *  - EINVAL: MS_SYNC|MS_ASYNC together; unknown flags; unaligned address;
 *  - ENOMEM: an unmapped range.
 */
#include "tst.h"

#define PS 4096

static void run(void)
{
	int fd = SAFE_OPEN("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
	char *m, buf[8];

	SAFE_FTRUNCATE(fd, PS);
	m = SAFE_MMAP(NULL, PS, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	memcpy(m, "synced", 6);
	TST_EXP_PASS(msync(m, PS, MS_SYNC), "msync(MS_SYNC)");
	SAFE_LSEEK(fd, 0, SEEK_SET);
	SAFE_READ_FULL(fd, buf, 6);
	TST_EXP_EXPR(!memcmp(buf, "synced", 6), "data visible via read() after MS_SYNC");
	memcpy(m, "async!", 6);
	TST_EXP_PASS(msync(m, PS, MS_ASYNC), "msync(MS_ASYNC)");
	TST_EXP_PASS(msync(m, PS, MS_INVALIDATE), "msync(MS_INVALIDATE)");
	TST_EXP_EXPR(pread(fd, buf, 6, 0) == 6 && !memcmp(buf, "async!", 6),
		     "data visible via pread() after MS_ASYNC");
	TST_EXP_FAIL(msync(m, PS, MS_SYNC | MS_ASYNC), EINVAL, "msync(MS_SYNC|MS_ASYNC)");
	TST_EXP_FAIL(msync(m, PS, 0x100), EINVAL, "msync(flags 0x100)");
	TST_EXP_FAIL(msync(m + 1, PS, MS_SYNC), EINVAL, "msync(unaligned)");
	SAFE_MUNMAP(m, PS);
	TST_EXP_FAIL(msync(m, PS, MS_SYNC), ENOMEM, "msync(unmapped)");
	SAFE_CLOSE(fd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
