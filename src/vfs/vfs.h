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
 * Start refreshing /proc/loadavg: write its content now and then every 5
 * seconds from a thread of its own (the kernel, too, samples the load every
 * 5 s). Takes loadavg_fd. Also learns the sandbox's boot time (its time
 * namespace's offset) for sbx_vfs_uptime_ns. 0 or -errno.
 */
int sbx_vfs_procfs_start(struct sbx_sandbox *sb, int loadavg_fd);

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
