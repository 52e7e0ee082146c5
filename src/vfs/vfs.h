/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The sentry's view of the sandbox's filesystem: recognising the files it
 * synthesizes (global /proc files that must describe the sandbox, not the
 * host) and producing their content. It knows nothing of syscalls; the open
 * family of handlers asks it about a path and gets an fd or "not mine".
 */
#ifndef SBX_VFS_H
#define SBX_VFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "task/task.h"

/* The files the sentry answers for, as absolute paths inside the sandbox. */
extern const char *const sbx_vfs_synthetic_paths[];

/*
 * Normalise an absolute path lexically: collapse "//" and "/./" and drop a
 * trailing "/". Returns false (and leaves out unspecified) for a path with a
 * ".." component or one longer than size: those are left to the kernel.
 */
bool sbx_vfs_normalize(const char *path, char *out, size_t size);

/* Is name the last component of a file the sentry synthesizes? */
bool sbx_vfs_is_synthetic_name(const char *name);

/* Is this normalised absolute path one the sentry synthesizes? */
bool sbx_vfs_is_synthetic(const char *path);

/*
 * Open a synthetic file: its content, produced now, in a sealed read-only
 * memfd. Returns the fd or -errno (-ENOENT for a path that is not synthetic).
 */
int sbx_vfs_open_synthetic(const struct sbx_sandbox *sb, const char *path);

/*
 * Format a synthetic file's content into buf (for tests and for open).
 * Returns the length or -errno.
 */
long sbx_vfs_render(const struct sbx_sandbox *sb, const char *path, char *buf, size_t size);

struct sbx_task_counts {
	unsigned procs, threads, running;
};

/*
 * Count the sandbox's processes, threads and running threads: its init and
 * every descendant, found through /proc/<pid>/task/<tid>/children (cost grows
 * with the sandbox, not the host; orphans are reparented to the init, so
 * every process of the pid namespace is found). The running count needs one
 * read per thread; with want_running false it is skipped and left 0.
 */
void sbx_vfs_count_tasks(pid_t init_pid, bool want_running, struct sbx_task_counts *c);

/* Nanoseconds since the sandbox started (CLOCK_BOOTTIME), never negative. */
int64_t sbx_vfs_uptime_ns(const struct sbx_sandbox *sb);

#endif
