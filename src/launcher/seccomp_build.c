/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Compiling seccomp programs with libseccomp. This runs at build time (in
 * src/tools/bpfgen.c, which writes gen/bpf.gen.c) so that starting a sandbox
 * costs no filter compilation, and in the unit tests, which check that the
 * programs built into sbx are what libseccomp makes of the rules.
 *
 * The guest filter: libseccomp turns the generated rules into BPF (a binary
 * tree over the syscall number, an architecture check that kills foreign ABIs
 * and x32 numbers). Its default action notifies the sentry, which answers
 * numbers Linux does not define with ENOSYS (never EPERM, never a kill: libc
 * and libuv probe new calls and fall back only on ENOSYS) and calls whose
 * arguments failed an in-kernel check with their entry's errno.
 */
#include <errno.h>
#include <linux/filter.h>
#include <seccomp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "common/syscall_table.h"
#include "launcher/seccomp_load.h"

/* Export ctx as BPF into a malloc'ed buffer; releases ctx. */
static int export_prog(scmp_filter_ctx ctx, void **prog)
{
	int mfd = memfd_create("sbx-filter", MFD_CLOEXEC);
	if (mfd < 0) {
		int err = -errno;
		seccomp_release(ctx);
		return err;
	}
	int r = seccomp_export_bpf(ctx, mfd);
	seccomp_release(ctx);
	off_t size = r ? -1 : lseek(mfd, 0, SEEK_END);
	if (r || size <= 0 || size % sizeof(struct sock_filter)) {
		close(mfd);
		return r ? r : -EINVAL;
	}
	void *buf = malloc((size_t)size);
	if (!buf || pread(mfd, buf, (size_t)size, 0) != size) {
		free(buf);
		close(mfd);
		return -EIO;
	}
	close(mfd);
	*prog = buf;
	return (int)(size / sizeof(struct sock_filter));
}

int sbx_seccomp_build_guest(bool trace, void **prog)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_NOTIFY);
	if (!ctx)
		return -ENOMEM;
	int r = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
	if (!r)
		r = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
	for (size_t i = 0; !r && i < sbx_gen_nrules; i++) {
		const struct sbx_rule *rule = &sbx_gen_rules[i];
		uint32_t action;
		switch (rule->action) {
		case SBX_RULE_ALLOW:
			action = SCMP_ACT_ALLOW;
			break;
		case SBX_RULE_ERRNO:
			if (trace)
				continue; /* the default: the sentry's stub answers */
			action = SCMP_ACT_ERRNO((uint16_t)rule->err);
			break;
		case SBX_RULE_NOTIFY:
		default:
			continue; /* the default action already */
		}
		struct scmp_arg_cmp cmp[6];
		for (unsigned c = 0; c < rule->ncmp; c++) {
			const struct sbx_rule_cmp *rc = &rule->cmp[c];
			cmp[c].arg = rc->arg;
			if (rc->op == SBX_CMP_LE) {
				cmp[c].op = SCMP_CMP_LE;
				cmp[c].datum_a = rc->value;
				cmp[c].datum_b = 0;
			} else {
				cmp[c].op = SCMP_CMP_MASKED_EQ;
				cmp[c].datum_a = rc->mask;
				cmp[c].datum_b = rc->value;
			}
		}
		/* Exact numbers: never let libseccomp rewrite a rule for us. */
		r = seccomp_rule_add_exact_array(ctx, action, rule->nr, rule->ncmp, cmp);
	}
	if (r) {
		seccomp_release(ctx);
		return r;
	}
	return export_prog(ctx, prog);
}

int sbx_seccomp_build_allowlist(const int *nrs, size_t n, void **prog)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ERRNO(EPERM));
	if (!ctx)
		return -ENOMEM;
	int r = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
	for (size_t i = 0; !r && i < n; i++)
		r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nrs[i], 0);
	if (r) {
		seccomp_release(ctx);
		return r;
	}
	return export_prog(ctx, prog);
}
