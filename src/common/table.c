/* SPDX-License-Identifier: Apache-2.0 */
/* Lookups over the generated syscall table (see syscall_table.h). */
#include <string.h>

#include "common/syscall_table.h"

const struct sbx_syscall_desc *sbx_syscall_by_nr(long nr)
{
	/* Unsigned compare: negative numbers are out of range too. */
	if ((unsigned long)nr > (unsigned long)sbx_gen_nr_max)
		return NULL;
	const struct sbx_syscall_desc *d = &sbx_gen_table[nr];
	return d->name ? d : NULL;
}

const struct sbx_syscall_desc *sbx_syscall_by_name(const char *name)
{
	for (int nr = 0; nr <= sbx_gen_nr_max; nr++)
		if (sbx_gen_table[nr].name && strcmp(sbx_gen_table[nr].name, name) == 0)
			return &sbx_gen_table[nr];
	return NULL;
}

const char *sbx_support_name(enum sbx_support s)
{
	switch (s) {
	case SBX_SUPPORT_FULL:
		return "full";
	case SBX_SUPPORT_PARTIAL:
		return "partial";
	case SBX_SUPPORT_DENIED:
		return "denied";
	case SBX_SUPPORT_NONE:
		break;
	}
	return "none";
}

const char *sbx_via_name(enum sbx_via v)
{
	switch (v) {
	case SBX_VIA_HOST:
		return "host";
	case SBX_VIA_SENTRY:
		return "sentry";
	case SBX_VIA_ERRNO:
		break;
	}
	return "errno";
}
