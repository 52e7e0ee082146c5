// SPDX-License-Identifier: Apache-2.0
/*
 * mmap02 - mmap(2) error paths and protection.
 *
 * Checks:
 *  - EINVAL: length 0; offset not page aligned; neither MAP_PRIVATE nor
 *    MAP_SHARED; MAP_FIXED with an unaligned address;
 *  - EBADF: a file mapping with a bad fd;
 *  - EACCES: MAP_SHARED + PROT_WRITE on an fd opened O_RDONLY; a file
 *    mapping of an fd opened O_WRONLY;
 *  - ENODEV: mapping a pipe;
 *  - PROT_READ memory: a store raises SIGSEGV (in a child);
 *  - PROT_NONE memory: a load raises SIGSEGV.
 */
#include "tst.h"

#define PS 4096

static void expect_segv(void *addr, int write, const char *what)
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
	TST_EXP_EXPR(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
		     "%s: %s", what, tst_strstatus(status));
}

static void run(void)
{
	int rfd, wfd, p[2];
	void *m;

	tst_write_file("f", "data");
	rfd = SAFE_OPEN("f", O_RDONLY);
	wfd = SAFE_OPEN("f", O_WRONLY);
	SAFE_PIPE(p);

	TST_EXP_FAIL(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
		     EINVAL, "mmap(len 0)");
	TST_EXP_FAIL(mmap(NULL, PS, PROT_READ, MAP_PRIVATE, rfd, 100), EINVAL,
		     "mmap(unaligned offset)");
	TST_EXP_FAIL(mmap(NULL, PS, PROT_READ, MAP_ANONYMOUS, -1, 0), EINVAL,
		     "mmap(no MAP_PRIVATE/MAP_SHARED)");
	TST_EXP_FAIL(mmap((void *)0x10000123, PS, PROT_READ,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0), EINVAL,
		     "mmap(MAP_FIXED, unaligned addr)");
	TST_EXP_FAIL(mmap(NULL, PS, PROT_READ, MAP_PRIVATE, 9999, 0), EBADF,
		     "mmap(fd 9999)");
	TST_EXP_FAIL(mmap(NULL, PS, PROT_READ | PROT_WRITE, MAP_SHARED, rfd, 0),
		     EACCES, "mmap(O_RDONLY fd, MAP_SHARED, PROT_WRITE)");
	TST_EXP_FAIL(mmap(NULL, PS, PROT_READ, MAP_PRIVATE, wfd, 0), EACCES,
		     "mmap(O_WRONLY fd)");
	TST_EXP_FAIL(mmap(NULL, PS, PROT_READ, MAP_PRIVATE, p[0], 0), ENODEV,
		     "mmap(pipe)");

	m = SAFE_MMAP(NULL, PS, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	expect_segv(m, 1, "store to PROT_READ memory");
	SAFE_MUNMAP(m, PS);
	m = SAFE_MMAP(NULL, PS, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	expect_segv(m, 0, "load from PROT_NONE memory");
	SAFE_MUNMAP(m, PS);
	SAFE_CLOSE(rfd);
	SAFE_CLOSE(wfd);
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
