/* SPDX-License-Identifier: Apache-2.0 */
/*
 * sysinfo(2) describing the sandbox rather than the host: uptime counts from
 * the sandbox's boot time (as CLOCK_BOOTTIME and /proc/uptime do inside),
 * procs counts the sandbox's own processes and the load averages are the
 * sandbox's, the ones /proc/loadavg shows (src/vfs/procfs.c). Memory figures
 * are those of the sandbox's memory limit (--memory), as /proc/meminfo's, or
 * else the host's, which is what the sandbox may then use.
 */
#include <errno.h>
#include <string.h>
#include <sys/sysinfo.h>

#include "handlers.gen.h"
#include "task/task.h"
#include "vfs/vfs.h"

/* sys_sysinfo - sysinfo(2). */
long sys_sysinfo(struct sbx_task *t, const struct sbx_args *a)
{
	struct sysinfo host, si;
	if (sysinfo(&host) < 0)
		return -errno;
	memset(&si, 0, sizeof(si));
	/* As the kernel does, round a partial second up. */
	si.uptime = (sbx_vfs_uptime_ns(t->sandbox) + 999999999) / 1000000000;
	sbx_vfs_loads(si.loads);
	si.totalram = host.totalram;
	si.freeram = host.freeram;
	si.sharedram = host.sharedram;
	si.bufferram = host.bufferram;
	si.totalswap = host.totalswap;
	si.freeswap = host.freeswap;
	si.totalhigh = host.totalhigh;
	si.freehigh = host.freehigh;
	si.mem_unit = host.mem_unit;
	struct sbx_memory m;
	if (host.mem_unit && sbx_vfs_memory(t->sandbox->init_pid, &m)) {
		/* A memory limit: it is all the sandbox has, and there is no swap. */
		si.totalram = m.limit / host.mem_unit;
		si.freeram = (m.limit - m.usage) / host.mem_unit;
		si.sharedram = si.bufferram = 0;
		si.totalswap = si.freeswap = 0;
	}
	struct sbx_task_counts c;
	sbx_vfs_count_tasks(t->sandbox->init_pid, false, &c);
	si.procs = (unsigned short)(c.procs > 65535 ? 65535 : c.procs);
	int r = sbx_task_write(t, a->v[0], &si, sizeof(si));
	return r < 0 ? (r == -ESRCH ? -ESRCH : -EFAULT) : 0;
}
