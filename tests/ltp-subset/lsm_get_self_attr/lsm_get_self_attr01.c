// SPDX-License-Identifier: Apache-2.0
/*
 * lsm_get_self_attr01 - lsm_get_self_attr(2) (nr 459, Linux 6.8) through
 * the raw syscall.
 *
 * Checks:
 *  - argument errors, which do not depend on which LSMs are active:
 *    EINVAL (attribute LSM_ATTR_UNDEF 0), EINVAL (flags 2, only
 *    LSM_FLAG_SINGLE is defined);
 *  - LSM_ATTR_CURRENT with a 4 KiB buffer: when an active LSM provides
 *    the attribute (SELinux, Smack, AppArmor) the call returns n >= 1
 *    contexts, *size is at least n * sizeof(struct lsm_ctx) and not above
 *    the buffer, and each context's len covers its header and ctx_len;
 *    with no such LSM it fails with EOPNOTSUPP (TCONF for that part);
 *  - with that LSM, *size 1 fails with E2BIG and reports the size
 *    needed; a bad size pointer gives EFAULT.
 * TCONF if the syscall is missing (ENOSYS).
 */
#include "tst.h"

#ifndef __NR_lsm_get_self_attr
# define __NR_lsm_get_self_attr 459
#endif
#define LSM_ATTR_CURRENT 100

struct lsm_ctx_ {
	uint64_t id, flags, len, ctx_len;
	uint8_t ctx[];
};

static union {
	struct lsm_ctx_ c;
	char raw[4096];
} buf;

static long lgsa(unsigned int attr, void *ctx, uint32_t *size, uint32_t fl)
{
	return syscall(__NR_lsm_get_self_attr, attr, ctx, size, fl);
}

static void run(void)
{
	uint32_t size = sizeof(buf), need;
	long n;
	int ok = 1;
	size_t off = 0;

	if (lgsa(LSM_ATTR_CURRENT, &buf, &size, 0) == -1 && errno == ENOSYS)
		tst_brk(TCONF, "lsm_get_self_attr() not supported");
	size = sizeof(buf);
	TST_EXP_FAIL(lgsa(0, &buf, &size, 0), EINVAL, "lsm_get_self_attr(LSM_ATTR_UNDEF)");
	size = sizeof(buf);
	TST_EXP_FAIL(lgsa(LSM_ATTR_CURRENT, &buf, &size, 2), EINVAL, "lsm_get_self_attr(flags 2)");

	size = sizeof(buf);
	n = lgsa(LSM_ATTR_CURRENT, &buf, &size, 0);
	if (n == -1 && errno == EOPNOTSUPP) {
		tst_res(TCONF, "no active LSM provides LSM_ATTR_CURRENT");
		return;
	}
	TST_EXP_EXPR(n >= 1, "lsm_get_self_attr(LSM_ATTR_CURRENT) returned %ld", n);
	if (n < 1)
		return;
	TST_EXP_EXPR(size >= n * sizeof(struct lsm_ctx_) && size <= sizeof(buf), "size %u", size);
	for (long i = 0; i < n && ok; i++) {
		struct lsm_ctx_ *c = (struct lsm_ctx_ *)(buf.raw + off);

		ok = off + sizeof(*c) <= size && c->len >= sizeof(*c) + c->ctx_len &&
		     off + c->len <= size && c->id >= 100;
		off += c->len;
	}
	TST_EXP_EXPR(ok, "%ld context(s) are well formed", n);
	need = size;
	size = 1;
	TST_EXP_FAIL(lgsa(LSM_ATTR_CURRENT, &buf, &size, 0), E2BIG, "lsm_get_self_attr(size 1)");
	TST_EXP_EQ(size, need);
	TST_EXP_FAIL(lgsa(LSM_ATTR_CURRENT, &buf, tst_bad_addr(), 0), EFAULT,
		     "lsm_get_self_attr(bad size pointer)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
