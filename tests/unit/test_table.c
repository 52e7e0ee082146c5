/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Invariants of the generated tables: numbers unique and in range, every
 * sentry-routed entry resolves to a handler or stub, rules agree with the
 * table, and every validator accepts what its manifest allows and rejects
 * the rest (over the generated cases).
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "common/syscall_table.h"
#include "launcher/seccomp_load.h"
#include "sentry/sentry.h"
#include "task/task.h"

static void test_numbers_unique_and_in_range(void **state)
{
	(void)state;
	int count = 0;
	for (int nr = 0; nr <= sbx_gen_nr_max; nr++) {
		const struct sbx_syscall_desc *d = &sbx_gen_table[nr];
		if (!d->name)
			continue;
		count++;
		assert_int_equal(d->nr, nr);
		assert_ptr_equal(sbx_syscall_by_name(d->name), d);
		assert_true(d->nargs <= 6);
	}
	/* Linux 6.18 defines 381 numbers on x86_64 (0..334 and 424..469). */
	assert_int_equal(count, 381);
	assert_int_equal(sbx_gen_nr_max, 469);
	assert_null(sbx_syscall_by_nr(-1));
	assert_null(sbx_syscall_by_nr(335));
	assert_null(sbx_syscall_by_nr(470));
	assert_null(sbx_syscall_by_nr(0x40000000L));
	assert_null(sbx_syscall_by_name("no_such_call"));
}

static void test_routes_resolve(void **state)
{
	(void)state;
	for (int nr = 0; nr <= sbx_gen_nr_max; nr++) {
		const struct sbx_syscall_desc *d = sbx_syscall_by_nr(nr);
		if (!d)
			continue;
		switch (d->via) {
		case SBX_VIA_SENTRY:
		case SBX_VIA_ERRNO:
			assert_non_null(d->handler);
			break;
		case SBX_VIA_HOST:
			assert_null(d->handler);
			break;
		}
		if (d->support == SBX_SUPPORT_NONE || d->support == SBX_SUPPORT_DENIED)
			assert_int_equal(d->via, SBX_VIA_ERRNO);
		else
			assert_non_null(d->tests[0]);
		assert_non_null(d->json);
		assert_non_null(strstr(d->json, d->name));
	}
}

static void test_stubs_return_declared_errno(void **state)
{
	(void)state;
	struct sbx_task t = {.listener = -1};
	for (int nr = 0; nr <= sbx_gen_nr_max; nr++) {
		const struct sbx_syscall_desc *d = sbx_syscall_by_nr(nr);
		if (!d || d->via != SBX_VIA_ERRNO)
			continue;
		struct sbx_args a = {.nr = nr};
		assert_int_equal(d->handler(&t, &a), -d->err);
		assert_int_equal(sbx_dispatch(&t, &a), -d->err);
		if (d->support == SBX_SUPPORT_NONE && d->err != ENOSYS)
			print_message("note: %s is none with errno %d\n", d->name, d->err);
	}
}

static void test_unknown_numbers_get_enosys(void **state)
{
	(void)state;
	struct sbx_task t = {.listener = -1};
	long nrs[] = {335, 400, 423, 470, 1000, 0x40000000L + 1};
	for (size_t i = 0; i < sizeof(nrs) / sizeof(nrs[0]); i++) {
		struct sbx_args a = {.nr = (int)nrs[i]};
		assert_int_equal(sbx_dispatch(&t, &a), -ENOSYS);
	}
}

static void test_rules_match_table(void **state)
{
	(void)state;
	assert_true(sbx_gen_nrules > 0);
	for (size_t i = 0; i < sbx_gen_nrules; i++) {
		const struct sbx_rule *r = &sbx_gen_rules[i];
		const struct sbx_syscall_desc *d = sbx_syscall_by_nr(r->nr);
		assert_non_null(d);
		switch (r->action) {
		case SBX_RULE_ALLOW:
			assert_int_equal(d->via, SBX_VIA_HOST);
			/* Conditional allows exist exactly when there is a validator. */
			assert_int_equal(r->ncmp > 0, d->validate != NULL);
			break;
		case SBX_RULE_ERRNO:
			assert_int_equal(d->via, SBX_VIA_ERRNO);
			assert_int_equal(r->err, d->err);
			assert_int_equal(r->ncmp, 0);
			break;
		case SBX_RULE_NOTIFY:
			assert_int_equal(d->via, SBX_VIA_SENTRY);
			break;
		}
		for (unsigned c = 0; c < r->ncmp; c++)
			assert_true(r->cmp[c].arg < d->nargs);
	}
}

static void test_validators_follow_manifest(void **state)
{
	(void)state;
	size_t checked = 0;
	for (size_t i = 0; i < sbx_gen_nvalidate_cases; i++) {
		const struct sbx_validate_case *c = &sbx_gen_validate_cases[i];
		const struct sbx_syscall_desc *d = sbx_syscall_by_nr(c->nr);
		assert_non_null(d);
		assert_non_null(d->validate);
		struct sbx_args a = {.nr = c->nr};
		memcpy(a.v, c->v, sizeof(a.v));
		long r = d->validate(&a);
		if (r != c->expect)
			fail_msg("%s: validator returned %ld, expected %ld", c->what, r, c->expect);
		checked++;
	}
	print_message("%zu validator cases checked\n", checked);
}

/* The programs built into sbx are what libseccomp makes of today's rules. */
static void test_precompiled_filters_match_rules(void **state)
{
	(void)state;
	void *p = NULL;
	int n = sbx_seccomp_build_guest(false, &p);
	assert_true(n > 0);
	assert_int_equal((unsigned)n, sbx_gen_bpf_guest_len);
	assert_memory_equal(p, sbx_gen_bpf_guest, (size_t)n * sizeof(struct sock_filter));
	free(p);
	n = sbx_seccomp_build_guest(true, &p);
	assert_int_equal((unsigned)n, sbx_gen_bpf_guest_trace_len);
	assert_memory_equal(p, sbx_gen_bpf_guest_trace, (size_t)n * sizeof(struct sock_filter));
	free(p);
	n = sbx_seccomp_build_allowlist(sbx_host_allowlist, sbx_host_allowlist_len, &p);
	assert_int_equal((unsigned)n, sbx_gen_bpf_host_len);
	assert_memory_equal(p, sbx_gen_bpf_host, (size_t)n * sizeof(struct sock_filter));
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers_unique_and_in_range),
		cmocka_unit_test(test_routes_resolve),
		cmocka_unit_test(test_stubs_return_declared_errno),
		cmocka_unit_test(test_unknown_numbers_get_enosys),
		cmocka_unit_test(test_rules_match_table),
		cmocka_unit_test(test_validators_follow_manifest),
		cmocka_unit_test(test_precompiled_filters_match_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
