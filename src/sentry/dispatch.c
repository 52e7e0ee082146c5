/* SPDX-License-Identifier: Apache-2.0 */
/* Dispatch of one notification through the generated table. */
#include <errno.h>

#include "common/syscall_table.h"
#include "sentry/sentry.h"
#include "task/task.h"

long sbx_dispatch(struct sbx_task *t, const struct sbx_args *a)
{
	const struct sbx_syscall_desc *d = sbx_syscall_by_nr(a->nr);
	if (!d)
		return -ENOSYS; /* a number Linux does not define on x86_64 */
	if (d->validate) {
		long r = d->validate(a);
		if (r < 0)
			return r;
	}
	/*
	 * A via: host call reaches the sentry only when its in-kernel check did
	 * not allow it. The check rests on register values alone, which the
	 * caller cannot change while it waits, so once the C validator has
	 * accepted them letting the kernel run the call is safe.
	 */
	if (d->via == SBX_VIA_HOST)
		return SBX_RET_CONTINUE;
	return d->handler(t, a);
}
