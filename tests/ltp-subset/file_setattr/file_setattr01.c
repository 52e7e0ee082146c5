// SPDX-License-Identifier: Apache-2.0
/*
 * file_setattr01 - file_setattr(2) (nr 469, Linux 6.17) through the raw
 * syscall: file_setattr(dfd, path, struct file_attr *, size, at_flags).
 *
 * Checks, on a file in the temp dir (owned by the caller):
 *  - writing back the struct file_attr just read by file_getattr(2)
 *    returns 0 (no change);
 *  - setting FS_XFLAG_NODUMP returns 0 and file_getattr() then reports
 *    it; clearing it again returns 0 and the bit is gone (TCONF for this
 *    part if the filesystem refuses the flag with EOPNOTSUPP);
 *  - errors: EINVAL (size 8, below FILE_ATTR_SIZE_VER0), E2BIG (size
 *    above a page), EINVAL (at_flags 0x1), EINVAL (an undefined fa_xflags
 *    bit, 0x40000000), ENOENT (missing path), EFAULT (bad struct pointer).
 * TCONF if the syscall is missing (ENOSYS) or the filesystem has no
 * fsxattr support (EOPNOTSUPP from file_getattr()).
 */
#include "tst.h"

#ifndef __NR_file_getattr
# define __NR_file_getattr 468
#endif
#ifndef __NR_file_setattr
# define __NR_file_setattr 469
#endif
#define FS_XFLAG_NODUMP_ 0x80

struct fattr {
	uint64_t fa_xflags;
	uint32_t fa_extsize, fa_nextents, fa_projid, fa_cowextsize;
};

static long fga(const char *path, struct fattr *fa)
{
	return syscall(__NR_file_getattr, AT_FDCWD, path, fa, sizeof(*fa), 0);
}

static long fsa(int dfd, const char *path, void *fa, size_t sz, unsigned int atfl)
{
	return syscall(__NR_file_setattr, dfd, path, fa, sz, atfl);
}

static void setup(void)
{
	int fd = SAFE_OPEN("file", O_RDWR | O_CREAT | O_TRUNC, 0644);

	SAFE_CLOSE(fd);
}

static void run(void)
{
	struct fattr fa, cur;
	char big[8192];
	long r;

	if (fga("file", &fa) == -1) {
		if (errno == ENOSYS)
			tst_brk(TCONF, "file_getattr() not supported");
		if (errno == EOPNOTSUPP)
			tst_brk(TCONF, "no fsxattr support on the temp dir's filesystem");
		tst_brk(TBROK | TERRNO, "file_getattr(\"file\")");
	}
	if (fsa(AT_FDCWD, "file", &fa, sizeof(fa), 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "file_setattr() not supported");
	/* fa_nextents is output only; the kernel ignores it on input */
	TST_EXP_PASS(fsa(AT_FDCWD, "file", &fa, sizeof(fa), 0), "file_setattr(unchanged attrs)");

	cur = fa;
	cur.fa_xflags |= FS_XFLAG_NODUMP_;
	r = fsa(AT_FDCWD, "file", &cur, sizeof(cur), 0);
	if (r == -1 && errno == EOPNOTSUPP) {
		tst_res(TCONF, "filesystem refuses FS_XFLAG_NODUMP");
	} else {
		TST_EXP_EXPR(r == 0, "file_setattr(FS_XFLAG_NODUMP) returned %ld (%s)", r,
			     r ? tst_errno_name(errno) : "ok");
		memset(&cur, 0, sizeof(cur));
		TST_EXP_EXPR(!fga("file", &cur) && (cur.fa_xflags & FS_XFLAG_NODUMP_),
			     "file_getattr() reports FS_XFLAG_NODUMP (0x%llx)",
			     (unsigned long long)cur.fa_xflags);
		cur.fa_xflags &= ~(uint64_t)FS_XFLAG_NODUMP_;
		TST_EXP_PASS(fsa(AT_FDCWD, "file", &cur, sizeof(cur), 0),
			     "file_setattr(clear FS_XFLAG_NODUMP)");
		TST_EXP_EXPR(!fga("file", &cur) && !(cur.fa_xflags & FS_XFLAG_NODUMP_),
			     "FS_XFLAG_NODUMP cleared (0x%llx)", (unsigned long long)cur.fa_xflags);
	}

	memset(big, 0, sizeof(big));
	memcpy(big, &fa, sizeof(fa));
	TST_EXP_FAIL(fsa(AT_FDCWD, "file", &fa, 8, 0), EINVAL, "file_setattr(size 8)");
	TST_EXP_FAIL(fsa(AT_FDCWD, "file", big, sizeof(big), 0), E2BIG, "file_setattr(size 8192)");
	TST_EXP_FAIL(fsa(AT_FDCWD, "file", &fa, sizeof(fa), 0x1), EINVAL,
		     "file_setattr(at_flags 0x1)");
	cur = fa;
	cur.fa_xflags |= 0x40000000;
	TST_EXP_FAIL(fsa(AT_FDCWD, "file", &cur, sizeof(cur), 0), EINVAL,
		     "file_setattr(fa_xflags bit 0x40000000)");
	TST_EXP_FAIL(fsa(AT_FDCWD, "missing", &fa, sizeof(fa), 0), ENOENT,
		     "file_setattr(missing path)");
	TST_EXP_FAIL(fsa(AT_FDCWD, "file", tst_bad_addr(), sizeof(fa), 0), EFAULT,
		     "file_setattr(bad struct pointer)");
}

static struct tst_test test = { .setup = setup, .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
