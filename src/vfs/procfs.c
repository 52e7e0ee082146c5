/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The sandbox's /proc/loadavg and (with --memory) /proc/meminfo, and the task
 * counts and memory figures behind them and sysinfo(2).
 *
 * The kernel's loadavg describes the whole host: its load and its thread
 * counts. The sandbox sees a file the launcher mounted read-only over it,
 * which a thread of the sentry rewrites every 5 seconds with the sandbox's
 * own figures, decayed as the kernel decays them (calc_global_load() in
 * kernel/sched/loadavg.c: the number of running and uninterruptible threads
 * averaged with weights exp(-5/60), exp(-5/300) and exp(-5/900)). Opening,
 * stat and reading it are then plain kernel calls: nothing is intercepted.
 *
 * With a memory limit, /proc/meminfo is such a file too, rewritten every
 * second: the host's lines with the totals free(1) reads replaced by the
 * sandbox's cgroup's figures (its limit as MemTotal, the limit less its
 * usage as MemFree, its page cache as Cached, no swap), so that free(1), and
 * programs that size their caches from MemTotal, see the memory they may
 * use. The finer lines (Active, Slab...) stay the host's.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <time.h>
#include <unistd.h>

#include "common/util.h"
#include "vfs/vfs.h"

/* The kernel's sampling period, in seconds (LOAD_FREQ). */
#define LOAD_PERIOD 5

#define CGROUP_ROOT "/sys/fs/cgroup"

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
	int fd;      /* /proc/loadavg's file */
	int meminfo; /* /proc/meminfo's, or -1 */
};

/* The sandbox's memory cgroup directory and layout, found once. */
static char memcg_dir[PATH_MAX];
static bool memcg_v2;

/* Find the memory cgroup of the sandbox's init (under load_lock). */
static bool find_memcg(pid_t init_pid)
{
	if (memcg_dir[0])
		return true;
	struct stat st;
	bool v2 = stat(CGROUP_ROOT "/cgroup.controllers", &st) == 0;
	char cg[PATH_MAX];
	if (sbx_proc_cgroup(init_pid, v2 ? "" : "memory", cg, sizeof(cg)) < 0)
		return false;
	int n = snprintf(memcg_dir, sizeof(memcg_dir), CGROUP_ROOT "%s%s", v2 ? "" : "/memory",
			 strcmp(cg, "/") ? cg : "");
	if (n < 0 || (size_t)n >= sizeof(memcg_dir)) {
		memcg_dir[0] = '\0';
		return false;
	}
	memcg_v2 = v2;
	return true;
}

/* A number from a cgroup file ("max" and unreadable: 0). */
static uint64_t read_number(const char *file)
{
	char path[PATH_MAX + 32], buf[64];
	snprintf(path, sizeof(path), "%s/%s", memcg_dir, file);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	return strtoull(buf, NULL, 10);
}

/* The page cache the cgroup holds, from memory.stat (reclaimable memory). */
static uint64_t read_cache(void)
{
	char path[PATH_MAX + 32], line[128];
	snprintf(path, sizeof(path), "%s/memory.stat", memcg_dir);
	FILE *f = fopen(path, "re");
	if (!f)
		return 0;
	const char *key = memcg_v2 ? "file" : "total_cache";
	size_t klen = strlen(key);
	uint64_t v = 0;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, key, klen) && line[klen] == ' ')
			v = strtoull(line + klen + 1, NULL, 10);
	fclose(f);
	return v;
}

/* Set when the sandbox was given a memory limit (its meminfo is ours). */
static bool memory_limited;

bool sbx_vfs_memory(pid_t init_pid, struct sbx_memory *m)
{
	memset(m, 0, sizeof(*m));
	if (!memory_limited)
		return false;
	pthread_mutex_lock(&load_lock);
	bool found = find_memcg(init_pid);
	pthread_mutex_unlock(&load_lock);
	if (!found)
		return false;
	m->limit = read_number(memcg_v2 ? "memory.max" : "memory.limit_in_bytes");
	m->usage = read_number(memcg_v2 ? "memory.current" : "memory.usage_in_bytes");
	m->cache = read_cache();
	/* "No limit" reads as max (v2: 0 here) or as a huge number (v1). */
	struct sysinfo host;
	if (!m->limit || sysinfo(&host) < 0 || m->limit >= (uint64_t)host.totalram * host.mem_unit)
		return false;
	if (m->usage > m->limit)
		m->usage = m->limit;
	if (m->cache > m->usage)
		m->cache = m->usage;
	return true;
}

long sbx_vfs_render_meminfo(const struct sbx_memory *m, const char *host, char *buf, size_t size)
{
	const struct {
		const char *name;
		uint64_t bytes;
	} mine[] = {
		{"MemTotal", m->limit},
		{"MemFree", m->limit - m->usage},
		{"MemAvailable", m->limit - m->usage + m->cache},
		{"Buffers", 0},
		{"Cached", m->cache},
		{"Shmem", 0},
		{"SReclaimable", 0},
		{"SwapCached", 0},
		{"SwapTotal", 0},
		{"SwapFree", 0},
	};
	size_t o = 0;
	for (const char *line = host; *line;) {
		const char *end = strchrnul(line, '\n');
		size_t len = (size_t)(end - line);
		const char *colon = memchr(line, ':', len);
		int n = -1;
		for (size_t i = 0; colon && i < sizeof(mine) / sizeof(mine[0]); i++) {
			if ((size_t)(colon - line) == strlen(mine[i].name) &&
			    !strncmp(line, mine[i].name, (size_t)(colon - line))) {
				/* The kernel's layout: the label padded to 16, 8 digits, " kB". */
				char label[32];
				snprintf(label, sizeof(label), "%s:", mine[i].name);
				n = snprintf(buf + o, size - o, "%-16s%8llu kB\n", label,
					     (unsigned long long)(mine[i].bytes >> 10));
			}
		}
		if (n < 0)
			n = snprintf(buf + o, size - o, "%.*s\n", (int)len, line);
		if (n < 0 || (size_t)n >= size - o)
			return -EOVERFLOW;
		o += (size_t)n;
		line = *end ? end + 1 : end;
	}
	return (long)o;
}

/* Rewrite one of our /proc files in place (see sample()). */
static void rewrite(int fd, const char *buf, long n)
{
	if (n >= 0 && pwrite(fd, buf, (size_t)n, 0) == n)
		(void)!ftruncate(fd, n);
}

static void refresh_meminfo(const struct sampler *s)
{
	static char host[8192], buf[8192];
	struct sbx_memory m;
	int fd = open("/proc/meminfo", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	ssize_t n = read(fd, host, sizeof(host) - 1);
	close(fd);
	if (n <= 0 || !sbx_vfs_memory(s->init_pid, &m))
		return;
	host[n] = '\0';
	rewrite(s->meminfo, buf, sbx_vfs_render_meminfo(&m, host, buf, sizeof(buf)));
}

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
	rewrite(s->fd, buf, n);
}

static void *sampler_main(void *arg)
{
	struct sampler *s = arg;
	for (unsigned tick = 1;; tick++) {
		struct timespec second = {1, 0};
		while (clock_nanosleep(CLOCK_MONOTONIC, 0, &second, &second) == EINTR)
			;
		if (s->meminfo >= 0)
			refresh_meminfo(s);
		if (tick % LOAD_PERIOD == 0)
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

int sbx_vfs_procfs_start(struct sbx_sandbox *sb, int loadavg_fd, int meminfo_fd)
{
	learn_boot_time(sb);
	static struct sampler s;
	s.init_pid = sb->init_pid;
	s.fd = loadavg_fd;
	s.meminfo = meminfo_fd;
	memory_limited = meminfo_fd >= 0;
	sample(&s, true);
	if (s.meminfo >= 0)
		refresh_meminfo(&s);

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
