// SPDX-License-Identifier: Apache-2.0
/*
 * mprotect01 - mprotect(2).
 *
 * Checks:
 *  - PROT_READ: stores fault (SIGSEGV), loads work and see earlier data;
 *  - back to PROT_READ|PROT_WRITE: stores work again;
 *  - PROT_NONE: loads fault;
 *  - EINVAL: unaligned address; unknown prot bits;
 *  - ENOMEM: a range that is not mapped;
 *  - EACCES: PROT_WRITE on a MAP_SHARED mapping of an O_RDONLY file.
 */
#include "tst.h"

#define PS 4096

static int faults(void *addr, int write)
{
	pid_t pid = SAFE_FORK();
	int status;

	if (pid == 0) {
		if (write)
			*(volatile char *)addr = 1;
		else
			(void)*(volatile char *)addr;
		_exit(0);
	}
	SAFE_WAITPID(pid, &status, 0);
	return WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV;
}

static void run(void)
{
	char *m = SAFE_MMAP(NULL, 2 * PS, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int fd;
	void *f;

	m[0] = 42;
	TST_EXP_PASS(mprotect(m, PS, PROT_READ), "mprotect(PROT_READ)");
	TST_EXP_EXPR(m[0] == 42, "PROT_READ page readable");
	TST_EXP_EXPR(faults(m, 1), "store to PROT_READ page faults");
	TST_EXP_EXPR(!faults(m + PS, 1), "neighbouring page still writable");
	TST_EXP_PASS(mprotect(m, PS, PROT_READ | PROT_WRITE), "mprotect(RW)");
	m[0] = 43;
	TST_EXP_EXPR(m[0] == 43, "page writable again");
	TST_EXP_PASS(mprotect(m, PS, PROT_NONE), "mprotect(PROT_NONE)");
	TST_EXP_EXPR(faults(m, 0), "load from PROT_NONE page faults");

	TST_EXP_FAIL(mprotect(m + 1, PS, PROT_READ), EINVAL, "mprotect(unaligned)");
	TST_EXP_FAIL(mprotect(m, PS, 0x100), EINVAL, "mprotect(prot 0x100)");
	SAFE_MUNMAP(m, 2 * PS);
	TST_EXP_FAIL(mprotect(m, PS, PROT_READ), ENOMEM, "mprotect(unmapped)");

	tst_write_file("f", "x");
	fd = SAFE_OPEN("f", O_RDONLY);
	f = SAFE_MMAP(NULL, PS, PROT_READ, MAP_SHARED, fd, 0);
	TST_EXP_FAIL(mprotect(f, PS, PROT_READ | PROT_WRITE), EACCES,
		     "mprotect(PROT_WRITE, shared map of O_RDONLY file)");
	SAFE_MUNMAP(f, PS);
	SAFE_CLOSE(fd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
