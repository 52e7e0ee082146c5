/* SPDX-License-Identifier: Apache-2.0 */
/*
 * sysinfo(2) describing the sandbox rather than the host: uptime counts from
 * the sandbox's start, procs counts the sandbox's own processes, and the load
 * averages are not shared (zero). Memory figures are the host's, which is what
 * the sandbox may use while it has no memory limit of its own.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <time.h>
#include <unistd.h>

#include "handlers.gen.h"
#include "task/task.h"

/* Processes whose pid namespace is the sandbox's (that of its init). */
static unsigned short count_procs(pid_t init_pid)
{
	char path[64];
	struct stat ns;
	snprintf(path, sizeof(path), "/proc/%d/ns/pid", (int)init_pid);
	if (stat(path, &ns) < 0)
		return 1;
	DIR *d = opendir("/proc");
	if (!d)
		return 1;
	unsigned n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] < '1' || e->d_name[0] > '9')
			continue;
		struct stat st;
		snprintf(path, sizeof(path), "/proc/%.16s/ns/pid", e->d_name);
		if (stat(path, &st) == 0 && st.st_ino == ns.st_ino && st.st_dev == ns.st_dev)
			n++;
	}
	closedir(d);
	return n ? (unsigned short)(n > 65535 ? 65535 : n) : 1;
}

/* sys_sysinfo - sysinfo(2). */
long sys_sysinfo(struct sbx_task *t, const struct sbx_args *a)
{
	struct sysinfo host, si;
	if (sysinfo(&host) < 0)
		return -errno;
	memset(&si, 0, sizeof(si));
	struct timespec now;
	clock_gettime(CLOCK_BOOTTIME, &now);
	/* As the kernel does, round a partial second up. */
	long ns = (now.tv_sec - t->sandbox->start.tv_sec) * 1000000000L +
		  (now.tv_nsec - t->sandbox->start.tv_nsec);
	si.uptime = ns > 0 ? (ns + 999999999L) / 1000000000L : 0;
	si.totalram = host.totalram;
	si.freeram = host.freeram;
	si.sharedram = host.sharedram;
	si.bufferram = host.bufferram;
	si.totalswap = host.totalswap;
	si.freeswap = host.freeswap;
	si.totalhigh = host.totalhigh;
	si.freehigh = host.freehigh;
	si.mem_unit = host.mem_unit;
	si.procs = count_procs(t->sandbox->init_pid);
	int r = sbx_task_write(t, a->v[0], &si, sizeof(si));
	return r < 0 ? (r == -ESRCH ? -ESRCH : -EFAULT) : 0;
}
