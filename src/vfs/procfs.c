/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The sandbox's /proc/loadavg, and the task counts behind it and sysinfo(2).
 *
 * The kernel's loadavg describes the whole host: its load and its thread
 * counts. The sandbox sees a file the launcher mounted read-only over it,
 * which a thread of the sentry rewrites every 5 seconds with the sandbox's
 * own figures, decayed as the kernel decays them (calc_global_load() in
 * kernel/sched/loadavg.c: the number of running and uninterruptible threads
 * averaged with weights exp(-5/60), exp(-5/300) and exp(-5/900)). Opening,
 * stat and reading it are then plain kernel calls: nothing is intercepted.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "vfs/vfs.h"

/* The kernel's sampling period, in seconds (LOAD_FREQ). */
#define LOAD_PERIOD 5

static pthread_mutex_t load_lock = PTHREAD_MUTEX_INITIALIZER;
static double load_avg[3];
static unsigned newest_pid = 1;

/* Read /proc/<pid>/task/<tid>/status for the state and the innermost pid. */
static void count_thread(const char *dir, const char *tid, struct sbx_task_counts *c)
{
	char path[96], buf[4096];
	snprintf(path, sizeof(path), "%s/%.16s/status", dir, tid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return;
	buf[n] = '\0';
	const char *state = strstr(buf, "\nState:\t");
	if (state && state[8] == 'R')
		c->running++;
	else if (state && state[8] == 'D')
		c->blocked++;
	/* "NSpid:\t<host>\t...\t<sandbox>": the last number is the sandbox's. */
	const char *ns = strstr(buf, "\nNSpid:");
	if (ns) {
		const char *end = strchrnul(ns + 1, '\n');
		const char *last = end;
		while (last > ns && last[-1] != '\t')
			last--;
		unsigned pid = (unsigned)strtoul(last, NULL, 10);
		if (pid > c->newest)
			c->newest = pid;
	}
}

void sbx_vfs_count_tasks(pid_t init_pid, bool detail, struct sbx_task_counts *c)
{
	pid_t queue[4096];
	size_t head = 0, tail = 0;
	memset(c, 0, sizeof(*c));
	queue[tail++] = init_pid;
	while (head < tail) {
		pid_t pid = queue[head++];
		c->procs++;
		char dir[64];
		snprintf(dir, sizeof(dir), "/proc/%d/task", (int)pid);
		DIR *d = opendir(dir);
		if (!d)
			continue;
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] < '0' || e->d_name[0] > '9')
				continue;
			c->threads++;
			if (detail)
				count_thread(dir, e->d_name, c);
			char path[96];
			snprintf(path, sizeof(path), "%s/%.16s/children", dir, e->d_name);
			FILE *f = fopen(path, "re");
			if (!f)
				continue;
			int child;
			while (fscanf(f, "%d", &child) == 1) {
				if (tail < sizeof(queue) / sizeof(queue[0]))
					queue[tail++] = child;
				else
					c->procs++; /* counted, not walked */
			}
			fclose(f);
		}
		closedir(d);
	}
}

long sbx_vfs_render_loadavg(const double avg[3], const struct sbx_task_counts *c, char *buf,
			    size_t size)
{
	/* Like the kernel's, the running count includes the reader: at least 1. */
	unsigned running = c->running ? c->running : 1;
	unsigned threads = c->threads > running ? c->threads : running;
	int n = snprintf(buf, size, "%.2f %.2f %.2f %u/%u %u\n", avg[0], avg[1], avg[2], running,
			 threads, c->newest);
	if (n < 0 || (size_t)n >= size)
		return -EOVERFLOW;
	return n;
}

void sbx_vfs_loads(unsigned long loads[3])
{
	pthread_mutex_lock(&load_lock);
	for (int i = 0; i < 3; i++)
		loads[i] = (unsigned long)(load_avg[i] * 65536.0 + 0.5);
	pthread_mutex_unlock(&load_lock);
}

struct sampler {
	pid_t init_pid;
	int fd;
};

/* One sample: decay the averages (unless first) and rewrite the file. */
static void sample(const struct sampler *s, bool first)
{
	/* exp(-5/60), exp(-5/300), exp(-5/900): one period's decay for 1, 5, 15 min. */
	static const double decay[3] = {0.9200444146293233, 0.9834714538216175,
					0.9944598480048967};
	struct sbx_task_counts c;
	sbx_vfs_count_tasks(s->init_pid, true, &c);
	double avg[3];
	pthread_mutex_lock(&load_lock);
	if (!first) {
		double active = c.running + c.blocked;
		for (int i = 0; i < 3; i++) {
			load_avg[i] = load_avg[i] * decay[i] + active * (1.0 - decay[i]);
		}
	}
	/* The kernel shows the last pid handed out; the highest one alive stands in. */
	if (c.newest > newest_pid)
		newest_pid = c.newest;
	c.newest = newest_pid;
	memcpy(avg, load_avg, sizeof(avg));
	pthread_mutex_unlock(&load_lock);

	char buf[128];
	long n = sbx_vfs_render_loadavg(avg, &c, buf, sizeof(buf));
	if (n < 0)
		return;
	/*
	 * Overwrite in place, then cut what a longer old line left: a reader
	 * sees the old line or the new one, except in the rare sample where
	 * the length changes.
	 */
	if (pwrite(s->fd, buf, (size_t)n, 0) == n)
		(void)!ftruncate(s->fd, n);
}

static void *sampler_main(void *arg)
{
	struct sampler *s = arg;
	for (;;) {
		struct timespec period = {LOAD_PERIOD, 0};
		while (clock_nanosleep(CLOCK_MONOTONIC, 0, &period, &period) == EINTR)
			;
		sample(s, false);
	}
	return NULL;
}

/* The sandbox's boot time: the boottime offset of its time namespace. */
static void learn_boot_time(struct sbx_sandbox *sb)
{
	char path[64], buf[256];
	snprintf(path, sizeof(path), "/proc/%d/timens_offsets", (int)sb->init_pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return; /* no time namespace: the sandbox's start stands */
	long long sec, nsec;
	while (fgets(buf, sizeof(buf), f)) {
		if (sscanf(buf, "boottime %lld %lld", &sec, &nsec) == 2 && sec <= 0) {
			/* Inside, CLOCK_BOOTTIME is the host's plus this (negative) offset. */
			int64_t ns = -(sec * 1000000000LL + nsec);
			sb->start.tv_sec = (time_t)(ns / 1000000000);
			sb->start.tv_nsec = (long)(ns % 1000000000);
		}
	}
	fclose(f);
}

int sbx_vfs_procfs_start(struct sbx_sandbox *sb, int loadavg_fd)
{
	learn_boot_time(sb);
	static struct sampler s;
	s.init_pid = sb->init_pid;
	s.fd = loadavg_fd;
	sample(&s, true);

	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 128 * 1024);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_t th;
	int e = pthread_create(&th, &attr, sampler_main, &s);
	pthread_attr_destroy(&attr);
	return -e;
}

int64_t sbx_vfs_uptime_ns(const struct sbx_sandbox *sb)
{
	struct timespec now;
	clock_gettime(CLOCK_BOOTTIME, &now);
	int64_t ns = (int64_t)(now.tv_sec - sb->start.tv_sec) * 1000000000 +
		     (now.tv_nsec - sb->start.tv_nsec);
	return ns > 0 ? ns : 0;
}
