/* SPDX-License-Identifier: Apache-2.0 */
/*
 * strace-like formatting of a notified call, driven by the generated argument
 * descriptors: `openat(AT_FDCWD, "/etc/passwd", O_RDONLY|O_CLOEXEC) = 3`.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "common/syscall_table.h"
#include "sentry/sentry.h"
#include "task/task.h"

#define STR_SHOWN 64
#define STRV_SHOWN 8

struct out {
	char *buf;
	size_t size, len;
};

__attribute__((format(printf, 2, 3))) static void put(struct out *o, const char *fmt, ...)
{
	if (o->len >= o->size)
		return;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(o->buf + o->len, o->size - o->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		o->len += (size_t)n < o->size - o->len ? (size_t)n : o->size - o->len - 1;
}

static void put_escaped(struct out *o, const char *s, size_t n, int truncated)
{
	put(o, "\"");
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			put(o, "\\%c", c);
		else if (c == '\n')
			put(o, "\\n");
		else if (c == '\t')
			put(o, "\\t");
		else if (c < 0x20 || c >= 0x7f)
			put(o, "\\x%02x", c);
		else
			put(o, "%c", c);
	}
	put(o, "\"%s", truncated ? "..." : "");
}

static void put_ptr(struct out *o, uint64_t v)
{
	if (v == 0)
		put(o, "NULL");
	else
		put(o, "0x%llx", (unsigned long long)v);
}

static void put_string(struct out *o, struct sbx_task *t, uint64_t addr)
{
	char s[STR_SHOWN + 1];
	if (addr == 0) {
		put(o, "NULL");
		return;
	}
	long n = sbx_task_read_str(t, addr, s, sizeof(s));
	if (n == -ENAMETOOLONG)
		put_escaped(o, s, STR_SHOWN, 1);
	else if (n < 0)
		put_ptr(o, addr);
	else
		put_escaped(o, s, (size_t)n, 0);
}

static void put_strv(struct out *o, struct sbx_task *t, uint64_t addr)
{
	if (addr == 0) {
		put(o, "NULL");
		return;
	}
	put(o, "[");
	for (int i = 0; i < STRV_SHOWN; i++) {
		uint64_t p;
		if (sbx_task_read(t, addr + 8 * (uint64_t)i, &p, sizeof(p)) < 0) {
			put(o, "%s?", i ? ", " : "");
			break;
		}
		if (p == 0)
			break;
		if (i)
			put(o, ", ");
		if (i == STRV_SHOWN - 1) {
			put(o, "...");
			break;
		}
		put_string(o, t, p);
	}
	put(o, "]");
}

static void put_set(struct out *o, const struct sbx_set *set, uint64_t v)
{
	if (set->width == 32)
		v = (uint32_t)v;
	if (!set->is_flags) {
		for (size_t i = 0; i < set->nvalues; i++)
			if (set->values[i].value == v) {
				put(o, "%s", set->values[i].name);
				return;
			}
		put(o, "%#llx", (unsigned long long)v);
		return;
	}
	if (v == 0 && !set->zero) {
		put(o, "0");
		return;
	}
	int first = 1;
	if (set->zero && (v & set->zero_mask) == 0) {
		put(o, "%s", set->zero);
		first = 0;
	}
	/* Multi-bit names first (O_SYNC includes O_DSYNC), in table order. */
	for (size_t i = 0; i < set->nvalues; i++) {
		uint64_t f = set->values[i].value;
		if (f && (v & f) == f) {
			put(o, "%s%s", first ? "" : "|", set->values[i].name);
			v &= ~f;
			first = 0;
		}
	}
	if (v)
		put(o, "%s%#llx", first ? "" : "|", (unsigned long long)v);
}

static void put_arg(struct out *o, struct sbx_task *t, const struct sbx_args *a,
		    const struct sbx_argdesc *d, uint64_t v)
{
	switch (d->shape) {
	case SBX_SHAPE_DIRFD:
		if ((int)v == AT_FDCWD) {
			put(o, "AT_FDCWD");
			break;
		}
		/* fallthrough */
	case SBX_SHAPE_INT:
	case SBX_SHAPE_FD:
	case SBX_SHAPE_PID:
	case SBX_SHAPE_CLOCKID:
		put(o, "%d", (int)v);
		break;
	case SBX_SHAPE_UID:
	case SBX_SHAPE_GID:
	case SBX_SHAPE_UINT:
		put(o, "%u", (unsigned)v);
		break;
	case SBX_SHAPE_SIGNAL: {
		const char *n = (int)v > 0 && (int)v < NSIG ? sigabbrev_np((int)v) : NULL;
		if (n)
			put(o, "SIG%s", n);
		else
			put(o, "%d", (int)v);
		break;
	}
	case SBX_SHAPE_MODE:
		put(o, v ? "0%o" : "%o", (unsigned)v);
		break;
	case SBX_SHAPE_LONG:
	case SBX_SHAPE_OFF:
		put(o, "%lld", (long long)v);
		break;
	case SBX_SHAPE_ULONG:
	case SBX_SHAPE_SIZE:
		put(o, "%llu", (unsigned long long)v);
		break;
	case SBX_SHAPE_FLAGS:
	case SBX_SHAPE_ENUM:
		put_set(o, d->set, v);
		break;
	case SBX_SHAPE_PATH:
	case SBX_SHAPE_STR:
		put_string(o, t, v);
		break;
	case SBX_SHAPE_STRV:
		put_strv(o, t, v);
		break;
	case SBX_SHAPE_BUF_IN: {
		uint64_t len = d->len_arg >= 0 ? a->v[d->len_arg] : (uint64_t)d->len_const;
		char s[STR_SHOWN];
		size_t n = len < sizeof(s) ? (size_t)len : sizeof(s);
		if (v && sbx_task_read(t, v, s, n) == 0)
			put_escaped(o, s, n, len > n);
		else
			put_ptr(o, v);
		break;
	}
	case SBX_SHAPE_PTR:
	case SBX_SHAPE_ADDR:
	case SBX_SHAPE_BUF_OUT:
	case SBX_SHAPE_STRUCT_IN:
	case SBX_SHAPE_STRUCT_OUT:
	case SBX_SHAPE_STRUCT_INOUT:
	case SBX_SHAPE_ARRAY_IN:
	case SBX_SHAPE_ARRAY_OUT:
		put_ptr(o, v);
		break;
	}
}

size_t sbx_trace_format_call(char *buf, size_t size, struct sbx_task *t, const struct sbx_args *a)
{
	struct out o = {buf, size, 0};
	if (size)
		buf[0] = '\0';
	const struct sbx_syscall_desc *d = sbx_syscall_by_nr(a->nr);
	if (!d) {
		put(&o, "syscall_%d(", a->nr);
		for (int i = 0; i < 6; i++)
			put(&o, "%s%#llx", i ? ", " : "", (unsigned long long)a->v[i]);
		put(&o, ")");
		return o.len;
	}
	put(&o, "%s(", d->name);
	for (unsigned i = 0; i < d->nargs; i++) {
		if (i)
			put(&o, ", ");
		put_arg(&o, t, a, &d->args[i], a->v[i]);
	}
	put(&o, ")");
	return o.len;
}

size_t sbx_trace_format_result(char *buf, size_t size, long ret)
{
	struct out o = {buf, size, 0};
	if (size)
		buf[0] = '\0';
	if (ret == SBX_RET_CONTINUE)
		put(&o, " = ? (allowed, run by the kernel)\n");
	else if (ret < 0 && ret >= -4095) {
		const char *n = strerrorname_np((int)-ret);
		put(&o, " = -1 %s (%s)\n", n ? n : "E?", strerror((int)-ret));
	} else
		put(&o, " = %ld\n", ret);
	return o.len;
}
