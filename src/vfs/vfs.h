/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The sentry's part of the sandbox's /proc: the global files whose host
 * content would describe the host rather than the sandbox, and which the
 * kernel's namespaces do not already make the sandbox's own. Of those,
 * /proc/loadavg is produced here (the launcher mounts a file over it and
 * hands the sentry a writable fd); /proc/uptime needs nothing, the sandbox's
 * time namespace makes it count from the sandbox's start. The task counts
 * serve sysinfo(2) too.
 */
#ifndef SBX_VFS_H
#define SBX_VFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "task/task.h"

struct sbx_task_counts {
	unsigned procs, threads;
	unsigned running;   /* threads in state R */
	unsigned blocked;   /* threads in state D (uninterruptible), which count as load */
	unsigned newest;    /* the highest pid seen, as the sandbox numbers it */
};

/*
 * Count the sandbox's processes and threads: its init and every descendant,
 * found through /proc/<pid>/task/<tid>/children (cost grows with the sandbox,
 * not the host; orphans are reparented to the init, so every process of the
 * pid namespace is found). With detail, each thread's status is read for
 * running, blocked and newest; without, those are left 0.
 */
void sbx_vfs_count_tasks(pid_t init_pid, bool detail, struct sbx_task_counts *c);

/*
 * Start refreshing /proc/loadavg and, when meminfo_fd is not -1,
 * /proc/meminfo: write their content now, then from a thread of its own
 * loadavg every 5 seconds (the kernel, too, samples the load every 5 s) and
 * meminfo every second. Takes both fds. Also learns the sandbox's boot time
 * (its time namespace's offset) for sbx_vfs_uptime_ns. 0 or -errno.
 */
int sbx_vfs_procfs_start(struct sbx_sandbox *sb, int loadavg_fd, int meminfo_fd);

/* The sandbox's memory, in bytes, from its memory cgroup. */
struct sbx_memory {
	uint64_t limit, usage, cache;
};

/* Fill m when the sandbox has a memory limit (below the host's RAM); false otherwise. */
bool sbx_vfs_memory(pid_t init_pid, struct sbx_memory *m);

/* HOST's /proc/meminfo with the memory figures of m; the length or -EOVERFLOW. */
long sbx_vfs_render_meminfo(const struct sbx_memory *m, const char *host, char *buf, size_t size);

/*
 * The 1, 5 and 15 minute load averages of the sandbox, in the fixed point of
 * sysinfo(2) (1 << 16 is a load of 1.0).
 */
void sbx_vfs_loads(unsigned long loads[3]);

/* /proc/loadavg's line for these averages and counts; the length or -EOVERFLOW. */
long sbx_vfs_render_loadavg(const double avg[3], const struct sbx_task_counts *c, char *buf,
			    size_t size);

/* Nanoseconds since the sandbox's boot time (CLOCK_BOOTTIME inside), never negative. */
int64_t sbx_vfs_uptime_ns(const struct sbx_sandbox *sb);

#endif
