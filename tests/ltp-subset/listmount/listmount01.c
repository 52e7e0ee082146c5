// SPDX-License-Identifier: Apache-2.0
/*
 * listmount01 - listmount(2) (nr 458, Linux 6.8) through the raw syscall.
 *
 * Checks:
 *  - listmount(LSMT_ROOT) in the caller's own mount namespace returns
 *    n >= 1 mount ids, all distinct and non-zero;
 *  - each listed id is accepted by statmount(2) (STATMOUNT_SB_BASIC |
 *    STATMOUNT_MNT_BASIC | STATMOUNT_MNT_POINT), which reports the same
 *    mnt_id and a mount point starting with '/';
 *  - asking for only 1 id returns 1, the same first id;
 *  - errors: EINVAL (flags 0x80000000), EINVAL (request size 0), E2BIG
 *    (request size above a page), EINVAL (mount id 1: an old-style id,
 *    below the first unique id), ENOENT (unique id 0x7fffffffffffffff, no
 *    such mount), EFAULT (bad id buffer).
 * TCONF if the syscall is missing (ENOSYS).
 */
#include "tst.h"

#ifndef __NR_statmount
# define __NR_statmount 457
#endif
#ifndef __NR_listmount
# define __NR_listmount 458
#endif
#define LSMT_ROOT_ 0xffffffffffffffffULL
#define SM_SB_BASIC 0x1ULL
#define SM_MNT_BASIC 0x2ULL
#define SM_MNT_POINT 0x10ULL
#define MAXIDS 256

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
static uint64_t ids[MAXIDS];

static long lmnt(struct req *r, uint64_t *out, size_t nr, unsigned int fl)
{
	return syscall(__NR_listmount, r, out, nr, fl);
}

static void run(void)
{
	struct req r = { .size = sizeof(r), .mnt_id = LSMT_ROOT_ };
	struct req q = {
		.size = sizeof(q), .param = SM_SB_BASIC | SM_MNT_BASIC | SM_MNT_POINT,
	};
	uint64_t one = 0;
	long n;
	int distinct = 1, stat_ok = 1;

	if (lmnt(&r, ids, MAXIDS, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "listmount() not supported");
	TST_EXP_POSITIVE(lmnt(&r, ids, MAXIDS, 0), "listmount(LSMT_ROOT)");
	n = TST_RET;
	TST_EXP_EXPR(n >= 1, "%ld mounts listed", n);
	for (long i = 0; i < n; i++) {
		if (!ids[i])
			distinct = 0;
		for (long j = 0; j < i; j++)
			if (ids[i] == ids[j])
				distinct = 0;
		q.mnt_id = ids[i];
		memset(&buf.s, 0, sizeof(buf.s));
		if (syscall(__NR_statmount, &q, &buf, sizeof(buf), 0) ||
		    buf.s.mnt_id != ids[i] || buf.s.str[buf.s.mnt_point] != '/') {
			tst_res(TINFO | TERRNO, "statmount(0x%llx) failed or mismatched",
				(unsigned long long)ids[i]);
			stat_ok = 0;
		}
	}
	TST_EXP_EXPR(distinct, "listed ids are non-zero and distinct");
	TST_EXP_EXPR(stat_ok, "statmount() accepts every listed id");
	if (n >= 1) {
		TST_EXP_VAL(lmnt(&r, &one, 1, 0), 1, "listmount(LSMT_ROOT, nr 1)");
		TST_EXP_EQ(one, ids[0]);
	}

	TST_EXP_FAIL(lmnt(&r, ids, MAXIDS, 0x80000000), EINVAL, "listmount(flags 0x80000000)");
	r.size = 0;
	TST_EXP_FAIL(lmnt(&r, ids, MAXIDS, 0), EINVAL, "listmount(request size 0)");
	r.size = 8192;
	TST_EXP_FAIL(lmnt(&r, ids, MAXIDS, 0), E2BIG, "listmount(request size 8192)");
	r.size = sizeof(r);
	r.mnt_id = 1;
	TST_EXP_FAIL(lmnt(&r, ids, MAXIDS, 0), EINVAL, "listmount(mount id 1)");
	r.mnt_id = 0x7fffffffffffffffULL;
	TST_EXP_FAIL(lmnt(&r, ids, MAXIDS, 0), ENOENT,
		     "listmount(mount id 0x7fffffffffffffff)");
	r.mnt_id = LSMT_ROOT_;
	TST_EXP_FAIL(lmnt(&r, tst_bad_addr(), MAXIDS, 0), EFAULT, "listmount(bad id buffer)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
