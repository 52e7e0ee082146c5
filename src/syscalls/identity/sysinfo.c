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

/*
 * Processes of the sandbox: its init and every descendant, found by walking
 * /proc/<pid>/task/<tid>/children from the init (cost grows with the
 * sandbox, not with the host). Every process of the pid namespace descends
 * from its init, since orphans are reparented to it.
 */
static unsigned short count_procs(pid_t init_pid)
{
	enum { MAX = 65535 };
	static __thread pid_t queue[4096];
	size_t head = 0, tail = 0;
	unsigned n = 0;
	queue[tail++] = init_pid;
	while (head < tail && n < MAX) {
		pid_t pid = queue[head++];
		n++;
		char path[64];
		snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
		DIR *d = opendir(path);
		if (!d)
			continue;
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] < '0' || e->d_name[0] > '9')
				continue;
			snprintf(path, sizeof(path), "/proc/%d/task/%.16s/children", (int)pid, e->d_name);
			FILE *f = fopen(path, "re");
			if (!f)
				continue;
			int child;
			while (fscanf(f, "%d", &child) == 1)
				if (tail < sizeof(queue) / sizeof(queue[0]))
					queue[tail++] = child;
				else
					n++; /* counted, not walked */
			fclose(f);
		}
		closedir(d);
	}
	return (unsigned short)(n > MAX ? MAX : n);
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
