/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The launcher builds the sandbox and starts the program in it: new user,
 * mount, pid, ipc, uts, net and cgroup namespaces, id maps, the root view,
 * pivot_root, a minimal init as PID 1, no_new_privs, and finally the seccomp
 * filter (installed by a callback so the launcher does not know the syscall
 * table). It hands the filter's listener fd to the caller, which runs the
 * sentry, and returns the exit status sbx should exit with.
 */
#ifndef SBX_LAUNCHER_H
#define SBX_LAUNCHER_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include <sys/types.h>

enum sbx_mount_kind {
	SBX_MOUNT_BIND,    /* --bind SRC[:DST], read-write */
	SBX_MOUNT_RO_BIND, /* --ro-bind SRC[:DST] */
	SBX_MOUNT_TMPFS,   /* --tmpfs DST */
};

struct sbx_mount {
	enum sbx_mount_kind kind;
	const char *src; /* host path; NULL for tmpfs */
	const char *dst; /* absolute path inside the sandbox */
};

struct sbx_config {
	char **argv;              /* program and arguments; argv[0] looked up in PATH inside */
	const char *rootfs;       /* --rootfs DIR (copy-on-write), or NULL: the host root read-only */
	const char *persist;      /* --persist DIR: keep the writes to the rootfs there, or NULL */
	struct sbx_mount *mounts; /* in command-line order */
	size_t nmounts;
	const char *workdir; /* --chdir, or NULL: the caller's cwd if visible, else / */
	char **env_set;      /* --env K=V, in order */
	size_t nenv_set;
	bool clear_env;       /* --clear-env: start from an empty environment */
	const char *hostname; /* --hostname, default "sbx" */
	uid_t uid;            /* --uid inside the sandbox, default 0 */
	gid_t gid;            /* --gid inside the sandbox, default 0 */
	bool net_host;        /* --net=host: share the host network namespace */
	bool as_pid1;         /* --as-pid-1: the program itself is PID 1 */
	uint64_t memory;      /* --memory: bytes, 0 for no limit */
	int pids;             /* --pids: 0 for no limit, -1 for the default (best effort) */
	unsigned cpu_millis;  /* --cpus, in thousandths of a CPU; 0 for no limit */
	int tty_fd;           /* unused for now: -1 */
};

/*
 * Called in the program's process after every other confinement step and
 * right before execve. Installs the seccomp filter and returns its listener fd,
 * or -errno. The launcher passes the fd to the sbx process and closes it.
 */
typedef int (*sbx_filter_fn)(void *arg);

/*
 * Called in the sbx process once the listener fd has arrived. It starts the
 * sentry (which must keep running until the sandbox is gone) and returns 0, or
 * -errno to abort the launch. init_pid is the sandbox's PID 1 as the host sees it;
 * files are writable fds of the /proc files the sentry keeps up to date.
 * All the fds are the callee's to keep or close.
 */
struct sbx_proc_files {
	int loadavg; /* the file the sandbox sees as /proc/loadavg */
	int meminfo; /* the one it sees as /proc/meminfo (--memory), or -1 */
};
typedef int (*sbx_listener_fn)(int listener, struct sbx_proc_files files, pid_t init_pid,
			       void *arg);

/*
 * Validate the configuration (rootfs is a directory, bind sources exist, env
 * entries have an '=') and print one clear line for the first problem found.
 * Returns 0 when the configuration can be launched, -1 otherwise. Nothing is
 * started.
 */
int sbx_config_check(const struct sbx_config *cfg);

/*
 * Build the sandbox, run cfg->argv in it and wait for it to end. Returns the
 * status sbx exits with: the program's exit status, 128+N if a signal N killed
 * it, 126/127 if it could not be executed/found, 125 if sbx itself failed (after
 * printing why). SIGINT, SIGTERM and SIGHUP received by sbx are forwarded to
 * the program.
 */
int sbx_launch(const struct sbx_config *cfg, sbx_filter_fn filter, sbx_listener_fn on_listener,
	       void *arg);

#endif
