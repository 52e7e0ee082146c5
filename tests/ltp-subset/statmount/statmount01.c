// SPDX-License-Identifier: Apache-2.0
/*
 * statmount01 - statmount(2) (nr 457, Linux 6.8) through the raw syscall.
 *
 * Checks:
 *  - the unique mount id of the temp dir's mount, from statx(2)
 *    STATX_MNT_ID_UNIQUE, queried with STATMOUNT_SB_BASIC |
 *    STATMOUNT_MNT_BASIC | STATMOUNT_MNT_POINT returns 0, sets all three
 *    bits in mask, reports mnt_id equal to the id asked for, sb_magic
 *    equal to statfs(2)'s f_type, size within the buffer, and a mount
 *    point string that starts with '/';
 *  - the first mount listed by listmount(LSMT_ROOT) can be queried too;
 *  - errors: EINVAL (flags 1), EINVAL (request size 0, below
 *    MNT_ID_REQ_SIZE_VER0), E2BIG (request size above a page), EINVAL
 *    (mount id 1: an old-style id, below the first unique id), ENOENT
 *    (unique id 0x7fffffffffffffff, no such mount), EFAULT (bad buffer).
 * TCONF if the syscall is missing (ENOSYS) or statx() gives no unique
 * mount id.
 */
#include <sys/statfs.h>
#include "tst.h"

#ifndef __NR_statmount
# define __NR_statmount 457
#endif
#ifndef __NR_listmount
# define __NR_listmount 458
#endif
#define STATX_MNT_ID_UNIQUE_ 0x4000U
#define LSMT_ROOT_ 0xffffffffffffffffULL
#define SM_SB_BASIC 0x1ULL
#define SM_MNT_BASIC 0x2ULL
#define SM_MNT_POINT 0x10ULL

struct req {			/* struct mnt_id_req, version 0 (24 bytes) */
	uint32_t size;
	uint32_t spare;		/* mnt_ns_fd since 6.11; 0 = own namespace */
	uint64_t mnt_id;
	uint64_t param;
};

struct sm {			/* struct statmount: 512 bytes before str[] */
	uint32_t size, mnt_opts;
	uint64_t mask;
	uint32_t sb_dev_major, sb_dev_minor;
	uint64_t sb_magic;
	uint32_t sb_flags, fs_type;
	uint64_t mnt_id, mnt_parent_id;
	uint32_t mnt_id_old, mnt_parent_id_old;
	uint64_t mnt_attr, mnt_propagation, mnt_peer_group, mnt_master, propagate_from;
	uint32_t mnt_root, mnt_point;
	uint64_t spare2[50];
	char str[];
};
_Static_assert(sizeof(struct sm) == 512, "struct statmount layout");

static union {
	struct sm s;
	char raw[8192];
} buf;

static long smnt(struct req *r, void *b, size_t bs, unsigned int fl)
{
	return syscall(__NR_statmount, r, b, bs, fl);
}

static void run(void)
{
	struct req r = {
		.size = sizeof(r), .param = SM_SB_BASIC | SM_MNT_BASIC | SM_MNT_POINT,
	};
	struct statx sx;
	struct statfs sf;
	uint64_t ids[16];
	long n;

	if (smnt(&r, &buf, sizeof(buf), 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "statmount() not supported");
	if (statx(AT_FDCWD, ".", 0, STATX_MNT_ID_UNIQUE_, &sx) ||
	    !(sx.stx_mask & STATX_MNT_ID_UNIQUE_))
		tst_brk(TCONF, "statx() gives no STATX_MNT_ID_UNIQUE");
	if (statfs(".", &sf))
		tst_brk(TBROK | TERRNO, "statfs(.)");
	r.mnt_id = sx.stx_mnt_id;
	memset(&buf, 0, sizeof(buf));
	TST_EXP_PASS(smnt(&r, &buf, sizeof(buf), 0), "statmount(temp dir's mount 0x%llx)",
		     (unsigned long long)r.mnt_id);
	if (TST_PASS) {
		TST_EXP_EXPR((buf.s.mask & r.param) == r.param, "mask 0x%llx has all requested bits",
			     (unsigned long long)buf.s.mask);
		TST_EXP_EQ(buf.s.mnt_id, r.mnt_id);
		TST_EXP_EQ(buf.s.sb_magic, (unsigned long)sf.f_type);
		TST_EXP_EXPR(buf.s.size >= sizeof(struct sm) && buf.s.size <= sizeof(buf),
			     "size %u", buf.s.size);
		TST_EXP_EXPR(buf.s.mnt_point < sizeof(buf) - sizeof(struct sm) &&
			     buf.s.str[buf.s.mnt_point] == '/', "mount point \"%.200s\"",
			     buf.s.str + buf.s.mnt_point);
	}

	r.mnt_id = LSMT_ROOT_;
	r.param = 0;
	n = syscall(__NR_listmount, &r, ids, ARRAY_SIZE(ids), 0);
	if (n > 0) {
		r.mnt_id = ids[0];
		r.param = SM_SB_BASIC | SM_MNT_BASIC | SM_MNT_POINT;
		memset(&buf, 0, sizeof(buf));
		TST_EXP_PASS(smnt(&r, &buf, sizeof(buf), 0), "statmount(first listed mount)");
		TST_EXP_EXPR(TST_PASS && buf.s.mnt_id == ids[0] &&
			     buf.s.str[buf.s.mnt_point] == '/', "listed mount is at \"%.200s\"",
			     buf.s.str + buf.s.mnt_point);
	} else {
		tst_res(TINFO | TERRNO, "listmount(LSMT_ROOT) returned %ld", n);
	}

	r.mnt_id = sx.stx_mnt_id;
	r.param = SM_SB_BASIC;
	TST_EXP_FAIL(smnt(&r, &buf, sizeof(buf), 1), EINVAL, "statmount(flags 1)");
	r.size = 0;
	TST_EXP_FAIL(smnt(&r, &buf, sizeof(buf), 0), EINVAL, "statmount(request size 0)");
	r.size = 8192;
	TST_EXP_FAIL(smnt(&r, &buf, sizeof(buf), 0), E2BIG, "statmount(request size 8192)");
	r.size = sizeof(r);
	r.mnt_id = 1;
	TST_EXP_FAIL(smnt(&r, &buf, sizeof(buf), 0), EINVAL, "statmount(mount id 1)");
	r.mnt_id = 0x7fffffffffffffffULL;
	TST_EXP_FAIL(smnt(&r, &buf, sizeof(buf), 0), ENOENT,
		     "statmount(mount id 0x7fffffffffffffff)");
	r.mnt_id = sx.stx_mnt_id;
	TST_EXP_FAIL(smnt(&r, tst_bad_addr(), sizeof(buf), 0), EFAULT, "statmount(bad buffer)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
