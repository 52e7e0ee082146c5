/* SPDX-License-Identifier: Apache-2.0 */
/* Fatal-error and logging helpers, and small I/O wrappers (see util.h). */
#include "common/util.h"

#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int sbx_verbosity = 1;

static void vmsg(const char *fmt, va_list ap, int err)
{
	char buf[1024];
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof(buf))
		n = sizeof(buf) - 1;
	if (err)
		snprintf(buf + n, sizeof(buf) - n, ": %s", strerror(err));
	fprintf(stderr, "sbx: %s\n", buf);
}

void sbx_die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(fmt, ap, 0);
	va_end(ap);
	_exit(SBX_EXIT_FAILURE);
}

void sbx_die_errno(const char *fmt, ...)
{
	int err = errno;
	va_list ap;
	va_start(ap, fmt);
	vmsg(fmt, ap, err);
	va_end(ap);
	_exit(SBX_EXIT_FAILURE);
}

void sbx_log(int level, const char *fmt, ...)
{
	if (sbx_verbosity < level)
		return;
	va_list ap;
	va_start(ap, fmt);
	vmsg(fmt, ap, 0);
	va_end(ap);
}

int sbx_write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int sbx_write_file(const char *path, const char *content)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	int r = sbx_write_all(fd, content, strlen(content));
	close(fd);
	return r;
}

int sbx_proc_cgroup(pid_t pid, const char *controller, char *out, size_t size)
{
	char path[64];
	if (pid)
		snprintf(path, sizeof(path), "/proc/%d/cgroup", (int)pid);
	else
		snprintf(path, sizeof(path), "/proc/self/cgroup");
	FILE *f = fopen(path, "re");
	if (!f)
		return -1;
	char line[4096];
	int found = -1;
	while (found < 0 && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		char *list = strchr(line, ':');
		char *cg = list ? strchr(list + 1, ':') : NULL;
		if (!cg)
			continue;
		*cg++ = '\0';
		list++;
		/* v1: "4:memory:/x" or "1:cpu,cpuacct:/x"; v2: "0::/x". */
		bool match = !*controller && !*list;
		char *save = NULL;
		for (char *t = *controller ? strtok_r(list, ",", &save) : NULL; t;
		     t = strtok_r(NULL, ",", &save))
			match = match || strcmp(t, controller) == 0;
		if (match && (size_t)snprintf(out, size, "%s", cg) < size)
			found = 0;
	}
	fclose(f);
	return found;
}
