/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The sentry: worker threads waiting on the seccomp listener, dispatching
 * each notification through the generated table, replying, and optionally
 * tracing. It never exits on a bad notification; it ends with the sbx process.
 */
#ifndef SBX_SENTRY_H
#define SBX_SENTRY_H

#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#include "task/task.h"

struct sbx_args;
struct sbx_task;

struct sbx_sentry_opts {
	int listener;
	int nworkers; /* 0: the default (one, see loop.c) */
	int trace_fd; /* -1: no trace */
	struct sbx_sandbox *sandbox;
};

/* Start the worker threads. 0 or -errno. */
int sbx_sentry_start(const struct sbx_sentry_opts *o);

/*
 * Wait (briefly) for the workers to finish the notifications in hand, so
 * that their trace lines are written before sbx exits.
 */
void sbx_sentry_quiesce(void);

/*
 * Decide one notification: run the entry's validator, then its handler (or
 * continue a register-checked host call). Returns the value to reply with,
 * -errno or SBX_RET_CONTINUE; t->replied is set if the handler answered itself.
 */
long sbx_dispatch(struct sbx_task *t, const struct sbx_args *a);

/*
 * Format one trace line for a call: "name(args) = result\n". Strings are read
 * from the caller's memory through the task module. Returns the length.
 */
size_t sbx_trace_format_call(char *buf, size_t size, struct sbx_task *t, const struct sbx_args *a);
size_t sbx_trace_format_result(char *buf, size_t size, long ret);

/* The syscalls the sentry may make once setup is done (host_allowlist.c). */
extern const int sbx_host_allowlist[];
extern const size_t sbx_host_allowlist_len;

/*
 * Give up root (become nobody with CAP_SYS_PTRACE and CAP_KILL only) when
 * started as root. Call before sbx_sentry_start: threads inherit it. 0 or -errno.
 */
int sbx_sentry_drop_privileges(void);

/* Install the sentry's own allowlist on every thread. 0 or -errno. */
int sbx_host_filter_install(void);

#endif
