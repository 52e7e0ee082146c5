/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Resource limits: a cgroup of the sandbox's own, below sbx's, holding its
 * PID 1 and so every process of the sandbox, with the memory, pid-count and
 * CPU limits of --memory, --pids and --cpus. Both cgroup layouts are
 * handled: the unified one (v2: memory.max, pids.max, cpu.max in one
 * directory) and the per-controller one (v1: memory.limit_in_bytes,
 * pids.max, cpu.cfs_quota_us in one hierarchy each). Creating cgroups needs
 * root (nobody has delegated a subtree to sbx), so an unprivileged sbx
 * refuses these limits.
 */
#include "launcher/internal.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/util.h"

#define CGROUP_ROOT "/sys/fs/cgroup"

__attribute__((format(printf, 1, 2))) static void complain(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("sbx: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

/* The controllers sbx uses, with their v1 limit files. */
static const char *const controllers[] = { "memory", "pids", "cpu" };

static int write_value(const char *dir, const char *file, const char *value)
{
	char path[PATH_MAX];
	snprintf(path, sizeof(path), "%s/%s", dir, file);
	int r = sbx_write_file(path, value);
	if (r < 0)
		complain("writing %s to %s: %s", value, path, strerror(-r));
	return r;
}

static bool exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* mkdir DIR/sbx-<pid> for the sandbox; 0 or -1 after printing why. */
static int make_dir(struct sbx_cgroup *cg, const char *parent, pid_t pid)
{
	char *dir = cg->dirs[cg->ndirs];
	snprintf(dir, sizeof(cg->dirs[0]), "%s/sbx-%d", parent, (int)pid);
	if (mkdir(dir, 0755) < 0) {
		complain("creating the sandbox's cgroup %s: %s", dir, strerror(errno));
		return -1;
	}
	cg->ndirs++;
	return 0;
}

/* The limit files' contents for each controller, or "" where none is set. */
static void limit_values(const struct sbx_config *cfg, bool v2, char values[3][64])
{
	memset(values, 0, 3 * 64);
	if (cfg->memory)
		snprintf(values[0], 64, "%llu", (unsigned long long)cfg->memory);
	if (cfg->pids > 0)
		snprintf(values[1], 64, "%d", cfg->pids);
	if (cfg->cpu_millis) {
		/* A period of 100 ms; the quota is the CPU time allowed in it. */
		long quota = (long)cfg->cpu_millis * 100;
		if (v2)
			snprintf(values[2], 64, "%ld 100000", quota);
		else
			snprintf(values[2], 64, "%ld", quota);
	}
}

/* rmdir the sandbox's cgroups, waiting for its last processes to go. */
static void remove_dirs(struct sbx_cgroup *cg)
{
	/*
	 * The sandbox's processes die with its PID 1, but the kernel may take a
	 * moment to let them all go: rmdir fails with EBUSY until then.
	 */
	for (int i = cg->ndirs - 1; i >= 0; i--) {
		for (int tries = 0; rmdir(cg->dirs[i]) < 0 && errno == EBUSY && tries < 400; tries++) {
			struct timespec ms = { 0, 5000000 };
			nanosleep(&ms, NULL);
		}
	}
	cg->ndirs = 0;
}

/*
 * Once the sentry runs, the sbx process is no longer root and its own
 * seccomp filter has no rmdir, so a helper forked now, still root, removes
 * the cgroups when sbx closes its end of a pipe: at the end of the launch,
 * or when sbx dies, however it dies. It does nothing else.
 */
static int start_reaper(struct sbx_cgroup *cg)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0)
		return -1;
	pid_t pid = fork();
	if (pid < 0) {
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if (pid == 0) {
		/*
		 * Out of the terminal's process group: a ^C must not stop the
		 * cleanup. Keep only the pipe: not the sync socket, whose EOF
		 * tells the sandbox that sbx is gone, nor the sandbox's pidfd.
		 */
		setsid();
		if (p[0] > 3)
			close_range(3, (unsigned)p[0] - 1, 0);
		close_range((unsigned)p[0] + 1, ~0U, 0);
		char byte;
		while (read(p[0], &byte, 1) != 0 && errno == EINTR)
			;
		remove_dirs(cg);
		_exit(0);
	}
	close(p[0]);
	cg->reaper = pid;
	cg->reaper_fd = p[1];
	return 0;
}

/* ROOT followed by sbx's own cgroup path OWN ("/" adds nothing); -1 if too long. */
static int below(char *out, size_t size, const char *root, const char *own)
{
	int n = snprintf(out, size, "%s%s", root, strcmp(own, "/") ? own : "");
	if (n < 0 || (size_t)n >= size) {
		complain("cgroup path %s%s: too long", root, own);
		return -1;
	}
	return 0;
}

static const char *const v1_files[] = { "memory.limit_in_bytes", "pids.max", "cpu.cfs_quota_us" };
static const char *const v2_files[] = { "memory.max", "pids.max", "cpu.max" };

int sbx_cgroup_create(const struct sbx_config *cfg, pid_t pid, struct sbx_cgroup *cg)
{
	memset(cg, 0, sizeof(*cg));
	char own[PATH_MAX], parent[PATH_MAX], pidstr[32];
	snprintf(pidstr, sizeof(pidstr), "%d", (int)pid);
	bool v2 = exists(CGROUP_ROOT "/cgroup.controllers");
	char values[3][64];
	limit_values(cfg, v2, values);

	if (v2) {
		if (sbx_proc_cgroup(0, "", own, sizeof(own)) < 0) {
			complain("cannot find sbx's own cgroup");
			return -1;
		}
		if (below(parent, sizeof(parent), CGROUP_ROOT, own) < 0)
			return -1;
		/*
		 * The controllers must be enabled for the children of sbx's cgroup.
		 * Linux refuses that while processes live in a non-root cgroup
		 * ("no internal processes"): then only a delegated subtree helps.
		 */
		char enable[64] = "";
		for (size_t i = 0; i < SBX_ARRAY_SIZE(controllers); i++)
			if (values[i][0])
				snprintf(enable + strlen(enable), sizeof(enable) - strlen(enable),
					 "%s+%s", enable[0] ? " " : "", controllers[i]);
		if (enable[0] && write_value(parent, "cgroup.subtree_control", enable) < 0)
			return -1;
		if (make_dir(cg, parent, pid) < 0)
			return -1;
		for (size_t i = 0; i < SBX_ARRAY_SIZE(controllers); i++)
			if (values[i][0] && write_value(cg->dirs[0], v2_files[i], values[i]) < 0)
				goto fail;
		/* Memory is memory: no swap beyond the limit. */
		if (cfg->memory && exists(CGROUP_ROOT "/memory.swap.max"))
			(void)write_value(cg->dirs[0], "memory.swap.max", "0");
		if (write_value(cg->dirs[0], "cgroup.procs", pidstr) < 0)
			goto fail;
		goto reaper;
	}

	for (size_t i = 0; i < SBX_ARRAY_SIZE(controllers); i++) {
		if (!values[i][0])
			continue;
		char root[PATH_MAX];
		snprintf(root, sizeof(root), CGROUP_ROOT "/%s", controllers[i]);
		if (!exists(root) || sbx_proc_cgroup(0, controllers[i], own, sizeof(own)) < 0) {
			complain("no %s cgroup controller on this system",
				controllers[i]);
			goto fail;
		}
		if (below(parent, sizeof(parent), root, own) < 0 || make_dir(cg, parent, pid) < 0)
			goto fail;
		const char *dir = cg->dirs[cg->ndirs - 1];
		if (i == 2 && write_value(dir, "cpu.cfs_period_us", "100000") < 0)
			goto fail;
		if (write_value(dir, v1_files[i], values[i]) < 0)
			goto fail;
		char swap[PATH_MAX];
		snprintf(swap, sizeof(swap), "%s/memory.memsw.limit_in_bytes", dir);
		if (i == 0 && exists(swap))
			(void)write_value(dir, "memory.memsw.limit_in_bytes", values[i]);
		if (write_value(dir, "cgroup.procs", pidstr) < 0)
			goto fail;
	}
reaper:
	if (start_reaper(cg) == 0)
		return 0;
	complain("starting the cgroup cleanup helper: %s", strerror(errno));
fail:
	remove_dirs(cg);
	return -1;
}

void sbx_cgroup_remove(struct sbx_cgroup *cg)
{
	if (cg->reaper > 0) {
		close(cg->reaper_fd);
		while (waitpid(cg->reaper, NULL, 0) < 0 && errno == EINTR)
			;
		cg->reaper = 0;
		cg->ndirs = 0;
		return;
	}
	remove_dirs(cg);
}
