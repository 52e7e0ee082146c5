// SPDX-License-Identifier: Apache-2.0
/*
 * renameat201 - renameat2(2), via the raw syscall.
 *
 * Checks:
 *  - flags 0 behaves like renameat();
 *  - RENAME_NOREPLACE moves onto a missing name but fails with EEXIST when
 *    the destination exists (which is left untouched);
 *  - RENAME_EXCHANGE swaps two files, and a file with a directory;
 *  - RENAME_EXCHANGE with a missing destination: ENOENT;
 *  - EINVAL: RENAME_NOREPLACE|RENAME_EXCHANGE; an unknown flag bit.
 * TCONF when the kernel (or the filesystem, EINVAL on a valid request)
 * lacks renameat2.
 */
#include "tst.h"
#include <linux/fs.h>

#ifndef RENAME_NOREPLACE
# define RENAME_NOREPLACE (1 << 0)
# define RENAME_EXCHANGE (1 << 1)
#endif

static long sys_renameat2(int od, const char *op, int nd, const char *np, unsigned int fl)
{
	return syscall(SYS_renameat2, od, op, nd, np, fl);
}

static int contains(const char *path, const char *what)
{
	char buf[16] = "";
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return 0;
	SAFE_READ(fd, buf, sizeof(buf) - 1);
	SAFE_CLOSE(fd);
	return !strcmp(buf, what);
}

static void run(void)
{
	tst_write_file("a", "A");
	tst_write_file("b", "B");
	if (sys_renameat2(AT_FDCWD, "a", AT_FDCWD, "a2", 0) < 0) {
		if (errno == ENOSYS)
			tst_brk(TCONF, "renameat2() not supported");
		tst_res(TFAIL | TERRNO, "renameat2(flags 0)");
	} else {
		tst_res(TPASS, "renameat2(\"a\", \"a2\", 0)");
	}
	TST_EXP_EXPR(contains("a2", "A"), "a2 holds A");

	TST_EXP_FAIL(sys_renameat2(AT_FDCWD, "a2", AT_FDCWD, "b", RENAME_NOREPLACE), EEXIST,
		     "RENAME_NOREPLACE onto an existing file");
	TST_EXP_EXPR(contains("b", "B") && contains("a2", "A"), "both files untouched");
	TST_EXP_PASS(sys_renameat2(AT_FDCWD, "a2", AT_FDCWD, "a", RENAME_NOREPLACE),
		     "RENAME_NOREPLACE onto a missing name");
	TST_EXP_EXPR(contains("a", "A") && access("a2", F_OK) < 0, "a2 moved to a");

	TST_EXP_PASS(sys_renameat2(AT_FDCWD, "a", AT_FDCWD, "b", RENAME_EXCHANGE),
		     "RENAME_EXCHANGE of two files");
	TST_EXP_EXPR(contains("a", "B") && contains("b", "A"), "contents swapped");
	SAFE_MKDIR("dir", 0755);
	tst_write_file("dir/inner", "I");
	TST_EXP_PASS(sys_renameat2(AT_FDCWD, "a", AT_FDCWD, "dir", RENAME_EXCHANGE),
		     "RENAME_EXCHANGE of a file and a directory");
	TST_EXP_EXPR(contains("a/inner", "I") && contains("dir", "B"), "file and directory swapped");
	TST_EXP_FAIL(sys_renameat2(AT_FDCWD, "b", AT_FDCWD, "missing", RENAME_EXCHANGE), ENOENT,
		     "RENAME_EXCHANGE with a missing destination");
	TST_EXP_FAIL(sys_renameat2(AT_FDCWD, "b", AT_FDCWD, "c", RENAME_NOREPLACE | RENAME_EXCHANGE),
		     EINVAL, "RENAME_NOREPLACE|RENAME_EXCHANGE");
	TST_EXP_FAIL(sys_renameat2(AT_FDCWD, "b", AT_FDCWD, "c", 1U << 10), EINVAL,
		     "unknown flag 1<<10");
	TST_EXP_FAIL(sys_renameat2(-1, "b", AT_FDCWD, "c", 0), EBADF, "renameat2(olddirfd -1)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
