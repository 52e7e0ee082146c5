/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Synthetic /proc files: the global files whose host content would describe
 * the host rather than the sandbox. /proc/uptime counts from the sandbox's
 * start and /proc/loadavg shows the sandbox's own tasks (load averages are
 * not tracked per sandbox and read 0). The launcher masks the real files in
 * the sandbox's mount namespace, so a path the sentry does not recognise
 * (or a race that rewrites one) reaches only the mask, never the host's.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "vfs/vfs.h"

const char *const sbx_vfs_synthetic_paths[] = {"/proc/uptime", "/proc/loadavg", NULL};

bool sbx_vfs_normalize(const char *path, char *out, size_t size)
{
	if (path[0] != '/' || size < 2)
		return false;
	size_t o = 0;
	const char *p = path;
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		const char *end = strchrnul(p, '/');
		size_t len = (size_t)(end - p);
		if (len == 1 && p[0] == '.') {
			p = end;
			continue;
		}
		if (len == 2 && p[0] == '.' && p[1] == '.')
			return false;
		if (o + 1 + len + 1 > size)
			return false;
		out[o++] = '/';
		memcpy(out + o, p, len);
		o += len;
		p = end;
	}
	if (o == 0)
		out[o++] = '/';
	out[o] = '\0';
	return true;
}

bool sbx_vfs_is_synthetic_name(const char *name)
{
	for (const char *const *s = sbx_vfs_synthetic_paths; *s; s++)
		if (strcmp(strrchr(*s, '/') + 1, name) == 0)
			return true;
	return false;
}

bool sbx_vfs_is_synthetic(const char *path)
{
	for (const char *const *s = sbx_vfs_synthetic_paths; *s; s++)
		if (strcmp(*s, path) == 0)
			return true;
	return false;
}

int64_t sbx_vfs_uptime_ns(const struct sbx_sandbox *sb)
{
	struct timespec now;
	clock_gettime(CLOCK_BOOTTIME, &now);
	int64_t ns = (int64_t)(now.tv_sec - sb->start.tv_sec) * 1000000000 +
		     (now.tv_nsec - sb->start.tv_nsec);
	return ns > 0 ? ns : 0;
}

void sbx_vfs_count_tasks(pid_t init_pid, bool want_running, struct sbx_task_counts *c)
{
	pid_t queue[4096];
	size_t head = 0, tail = 0;
	memset(c, 0, sizeof(*c));
	queue[tail++] = init_pid;
	while (head < tail) {
		pid_t pid = queue[head++];
		c->procs++;
		char path[64];
		snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
		DIR *d = opendir(path);
		if (!d)
			continue;
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] < '0' || e->d_name[0] > '9')
				continue;
			c->threads++;
			char buf[256];
			snprintf(path, sizeof(path), "/proc/%d/task/%.16s/stat", (int)pid, e->d_name);
			FILE *f = want_running ? fopen(path, "re") : NULL;
			if (f) {
				/* The state follows the last ')' of the command name. */
				if (fgets(buf, sizeof(buf), f)) {
					char *rp = strrchr(buf, ')');
					if (rp && rp[1] == ' ' && rp[2] == 'R')
						c->running++;
				}
				fclose(f);
			}
			snprintf(path, sizeof(path), "/proc/%d/task/%.16s/children", (int)pid, e->d_name);
			f = fopen(path, "re");
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
	if (want_running && c->running == 0)
		c->running = 1; /* the reader itself */
}

long sbx_vfs_render(const struct sbx_sandbox *sb, const char *path, char *buf, size_t size)
{
	int n;
	if (strcmp(path, "/proc/uptime") == 0) {
		double up = (double)sbx_vfs_uptime_ns(sb) / 1e9;
		/* Second field: idle time summed over CPUs; the sandbox's is unknown, 0. */
		n = snprintf(buf, size, "%.2f 0.00\n", up);
	} else if (strcmp(path, "/proc/loadavg") == 0) {
		struct sbx_task_counts c;
		sbx_vfs_count_tasks(sb->init_pid, true, &c);
		/* The newest pid inside the namespace is not tracked: the task count stands in. */
		n = snprintf(buf, size, "0.00 0.00 0.00 %u/%u %u\n", c.running, c.threads, c.threads);
	} else {
		return -ENOENT;
	}
	if (n < 0 || (size_t)n >= size)
		return -EOVERFLOW;
	return n;
}

int sbx_vfs_open_synthetic(const struct sbx_sandbox *sb, const char *path)
{
	char buf[4096];
	long n = sbx_vfs_render(sb, path, buf, sizeof(buf));
	if (n < 0)
		return (int)n;
	int fd = memfd_create("sbx-proc", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0)
		return -errno;
	if (write(fd, buf, (size_t)n) != n || lseek(fd, 0, SEEK_SET) != 0 ||
	    fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) < 0) {
		int err = errno ? -errno : -EIO;
		close(fd);
		return err;
	}
	/* Reopen read-only through /proc/self/fd so the caller cannot write it. */
	char self[64];
	snprintf(self, sizeof(self), "/proc/self/fd/%d", fd);
	int ro = open(self, O_RDONLY | O_CLOEXEC);
	int err = errno;
	close(fd);
	return ro < 0 ? -err : ro;
}
