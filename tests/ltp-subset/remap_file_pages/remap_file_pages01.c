// SPDX-License-Identifier: Apache-2.0
/*
 * remap_file_pages01 - remap_file_pages(2) (nr 216) through the raw syscall.
 * The call is deprecated; since Linux 4.0 it is emulated by mapping the
 * requested file pages over the range (a new VMA per remapped range).
 *
 * Checks, on a MAP_SHARED mapping of a 4-page temp file whose page i is
 * filled with the character '0' + i:
 *  - remap_file_pages(page 0 of the mapping, 1 page, prot 0, pgoff 3)
 *    returns 0 and the first page then shows file page 3, while page 1
 *    still shows file page 1;
 *  - remapping 2 pages at mapping page 2 to pgoff 0 shows file pages 0
 *    and 1 there;
 *  - a store through a remapped page reaches the file (pread sees it);
 *  - errors: EINVAL (prot != 0), EINVAL (size 0), EINVAL (a private
 *    anonymous mapping), EINVAL (address not mapped).
 * TCONF if the syscall is missing (ENOSYS).
 */
#include "tst.h"

#define NPG 4

static int fd;
static long pg;
static char *map;

static long rfp(void *a, size_t size, int prot, size_t pgoff, int fl)
{
	return syscall(__NR_remap_file_pages, a, size, prot, pgoff, fl);
}

static void setup(void)
{
	char *buf = SAFE_MALLOC(pg = sysconf(_SC_PAGESIZE));

	fd = SAFE_OPEN("file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	for (int i = 0; i < NPG; i++) {
		memset(buf, '0' + i, pg);
		SAFE_WRITE(fd, buf, pg);
	}
	free(buf);
	map = SAFE_MMAP(NULL, NPG * pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
}

static void run(void)
{
	char *anon, c = 0;

	if (rfp(map, pg, 0, 3, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "remap_file_pages() not supported");
	/* redo it as the checked call (remapping the same way is idempotent) */
	TST_EXP_PASS(rfp(map, pg, 0, 3, 0), "remap_file_pages(page 0 -> pgoff 3)");
	TST_EXP_EXPR(map[0] == '3' && map[pg - 1] == '3', "mapping page 0 shows file page 3 ('%c')",
		     map[0]);
	TST_EXP_EXPR(map[pg] == '1', "mapping page 1 still shows file page 1 ('%c')", map[pg]);
	TST_EXP_PASS(rfp(map + 2 * pg, 2 * pg, 0, 0, 0), "remap_file_pages(pages 2-3 -> pgoff 0)");
	TST_EXP_EXPR(map[2 * pg] == '0' && map[3 * pg] == '1',
		     "mapping pages 2 and 3 show file pages 0 and 1 ('%c' '%c')",
		     map[2 * pg], map[3 * pg]);
	map[0] = 'X';		/* mapping page 0 is file page 3 */
	if (pread(fd, &c, 1, 3 * pg) != 1)
		tst_brk(TBROK | TERRNO, "pread");
	TST_EXP_EXPR(c == 'X', "store through the remapped page reached file page 3 ('%c')", c);

	TST_EXP_FAIL(rfp(map, pg, PROT_READ, 1, 0), EINVAL, "remap_file_pages(prot PROT_READ)");
	TST_EXP_FAIL(rfp(map, 0, 0, 1, 0), EINVAL, "remap_file_pages(size 0)");
	anon = SAFE_MMAP(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	TST_EXP_FAIL(rfp(anon, pg, 0, 1, 0), EINVAL, "remap_file_pages(private anonymous mapping)");
	SAFE_MUNMAP(anon, 2 * pg);
	TST_EXP_FAIL(rfp(anon, pg, 0, 1, 0), EINVAL, "remap_file_pages(unmapped address)");
}

static void cleanup(void)
{
	if (map)
		SAFE_MUNMAP(map, NPG * pg);
	if (fd > 0)
		SAFE_CLOSE(fd);
}

static struct tst_test test = {
	.setup = setup, .cleanup = cleanup, .test_all = run, .needs_tmpdir = 1,
};
TST_MAIN(test)
