// SPDX-License-Identifier: Apache-2.0
/*
 * mmap01 - mmap(2): anonymous and file mappings.
 *
 * Checks:
 *  - MAP_PRIVATE|MAP_ANONYMOUS returns page-aligned, zero-filled memory;
 *  - MAP_SHARED|MAP_ANONYMOUS memory is shared with a forked child;
 *  - a MAP_SHARED file mapping reflects the file contents, and stores
 *    through it reach the file (read back with pread after msync);
 *  - a MAP_PRIVATE file mapping is copy-on-write: stores do not reach the
 *    file;
 *  - MAP_FIXED places the mapping at the requested address, replacing
 *    what was there;
 *  - the bytes past EOF in the last page read as zero.
 */
#include "tst.h"

#define PS 4096

static void run(void)
{
	unsigned char *a, *s, *f;
	char buf[16];
	int zero = 1, fd;
	pid_t pid;

	a = mmap(NULL, 4 * PS, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	TST_EXP_EXPR(a != MAP_FAILED && ((uintptr_t)a % PS) == 0,
		     "anonymous private mapping at %p is page aligned", (void *)a);
	if (a == MAP_FAILED)
		tst_brk(TBROK | TERRNO, "mmap");
	for (int i = 0; i < 4 * PS; i++)
		zero &= a[i] == 0;
	TST_EXP_EXPR(zero, "anonymous memory is zero-filled");

	s = SAFE_MMAP(NULL, PS, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pid = SAFE_FORK();
	if (pid == 0) {
		s[0] = 0x5a;
		a[0] = 0x5a;
		_exit(0);
	}
	SAFE_WAITPID(pid, NULL, 0);
	TST_EXP_EXPR(s[0] == 0x5a, "MAP_SHARED anonymous store by child visible");
	TST_EXP_EXPR(a[0] == 0, "MAP_PRIVATE anonymous store by child not visible");

	fd = SAFE_OPEN("file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	SAFE_WRITE(fd, "hello mmap", 10);
	f = mmap(NULL, PS, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (f == MAP_FAILED)
		tst_brk(TBROK | TERRNO, "mmap(file, MAP_SHARED)");
	TST_EXP_EXPR(!memcmp(f, "hello mmap", 10), "shared file mapping shows contents");
	TST_EXP_EXPR(f[10] == 0 && f[PS - 1] == 0, "bytes past EOF read as zero");
	memcpy(f, "HELLO", 5);
	msync(f, PS, MS_SYNC);
	pread(fd, buf, 10, 0);
	TST_EXP_EXPR(!memcmp(buf, "HELLO mmap", 10), "store through MAP_SHARED reached the file");
	SAFE_MUNMAP(f, PS);

	f = SAFE_MMAP(NULL, PS, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	memcpy(f, "xxxxx", 5);
	pread(fd, buf, 10, 0);
	TST_EXP_EXPR(!memcmp(buf, "HELLO mmap", 10), "MAP_PRIVATE store did not reach the file");
	TST_EXP_EXPR(!memcmp(f, "xxxxx mmap", 10), "MAP_PRIVATE mapping keeps its own copy");
	SAFE_MUNMAP(f, PS);

	f = mmap(a + PS, PS, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0);
	TST_EXP_EXPR(f == a + PS, "MAP_FIXED mapping placed at %p (got %p)",
		     (void *)(a + PS), (void *)f);
	if (f == a + PS)
		TST_EXP_EXPR(!memcmp(f, "HELLO", 5), "MAP_FIXED replaced the anonymous page");
	SAFE_CLOSE(fd);
	SAFE_MUNMAP(a, 4 * PS);
	SAFE_MUNMAP(s, PS);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
