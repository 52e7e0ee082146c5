// SPDX-License-Identifier: Apache-2.0
/*
 * file_getattr01 - file_getattr(2) (nr 468, Linux 6.17) through the raw
 * syscall: file_getattr(dfd, path, struct file_attr *, size, at_flags).
 *
 * Checks, on a file in the temp dir:
 *  - the call with size FILE_ATTR_SIZE_VER0 (24) returns 0 and fills
 *    struct file_attr (fa_xflags of a fresh file has no FS_XFLAG_IMMUTABLE
 *    or FS_XFLAG_APPEND bit), or fails with EOPNOTSUPP on a filesystem
 *    without fsxattr support (TCONF);
 *  - fd + "" + AT_EMPTY_PATH gives the same fa_xflags;
 *  - a larger size (32) is accepted and the extra tail is zeroed;
 *  - errors: EINVAL (size 8, below FILE_ATTR_SIZE_VER0), E2BIG (size
 *    above a page), EINVAL (at_flags 0x1), ENOENT (missing path), EFAULT
 *    (bad struct pointer).
 * TCONF if the syscall is missing (ENOSYS).
 */
#include "tst.h"

#ifndef __NR_file_getattr
# define __NR_file_getattr 468
#endif
#define FS_XFLAG_IMMUTABLE_ 0x08
#define FS_XFLAG_APPEND_ 0x10

struct fattr {
	uint64_t fa_xflags;
	uint32_t fa_extsize, fa_nextents, fa_projid, fa_cowextsize;
};

static int fd = -1;

static long fga(int dfd, const char *path, void *fa, size_t sz, unsigned int atfl)
{
	return syscall(__NR_file_getattr, dfd, path, fa, sz, atfl);
}

static void setup(void)
{
	fd = SAFE_OPEN("file", O_RDWR | O_CREAT | O_TRUNC, 0644);
}

static void run(void)
{
	struct fattr fa, fb;
	char big[8192];
	unsigned char wide[32];
	int zero = 1;

	memset(&fa, 0xff, sizeof(fa));
	if (fga(AT_FDCWD, "file", &fa, sizeof(fa), 0) == -1) {
		if (errno == ENOSYS)
			tst_brk(TCONF, "file_getattr() not supported");
		if (errno == EOPNOTSUPP)
			tst_brk(TCONF, "no fsxattr support on the temp dir's filesystem");
	}
	memset(&fa, 0xff, sizeof(fa));
	TST_EXP_PASS(fga(AT_FDCWD, "file", &fa, sizeof(fa), 0), "file_getattr(\"file\", size 24)");
	TST_EXP_EXPR(!(fa.fa_xflags & (FS_XFLAG_IMMUTABLE_ | FS_XFLAG_APPEND_)),
		     "fresh file is neither immutable nor append-only (fa_xflags 0x%llx)",
		     (unsigned long long)fa.fa_xflags);
	memset(&fb, 0xff, sizeof(fb));
	TST_EXP_PASS(fga(fd, "", &fb, sizeof(fb), AT_EMPTY_PATH),
		     "file_getattr(fd, \"\", AT_EMPTY_PATH)");
	TST_EXP_EQ(fb.fa_xflags, fa.fa_xflags);
	memset(wide, 0xff, sizeof(wide));
	TST_EXP_PASS(fga(AT_FDCWD, "file", wide, sizeof(wide), 0), "file_getattr(size 32)");
	for (size_t i = sizeof(struct fattr); i < sizeof(wide); i++)
		zero = zero && !wide[i];
	TST_EXP_EXPR(zero, "bytes beyond struct file_attr are zeroed");

	TST_EXP_FAIL(fga(AT_FDCWD, "file", &fa, 8, 0), EINVAL, "file_getattr(size 8)");
	TST_EXP_FAIL(fga(AT_FDCWD, "file", big, sizeof(big), 0), E2BIG, "file_getattr(size 8192)");
	TST_EXP_FAIL(fga(AT_FDCWD, "file", &fa, sizeof(fa), 0x1), EINVAL,
		     "file_getattr(at_flags 0x1)");
	TST_EXP_FAIL(fga(AT_FDCWD, "missing", &fa, sizeof(fa), 0), ENOENT,
		     "file_getattr(missing path)");
	TST_EXP_FAIL(fga(AT_FDCWD, "file", tst_bad_addr(), sizeof(fa), 0), EFAULT,
		     "file_getattr(bad struct pointer)");
}

static void cleanup(void)
{
	if (fd >= 0)
		SAFE_CLOSE(fd);
}

static struct tst_test test = {
	.setup = setup, .cleanup = cleanup, .test_all = run, .needs_tmpdir = 1,
};
TST_MAIN(test)
