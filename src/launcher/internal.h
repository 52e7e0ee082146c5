/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Internal interface between the launcher's files. launcher.c runs the overall
 * flow in the sbx process; namespaces.c clones the sandbox and writes its id
 * maps; mounts.c builds the root view inside the new mount namespace; init.c
 * is the sandbox's PID 1 and exec.c turns a process into the program. The
 * launch context below is filled by the sbx process before clone, so the
 * child sees the same values in its copy of the address space.
 */
#ifndef SBX_LAUNCHER_INTERNAL_H
#define SBX_LAUNCHER_INTERNAL_H

#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <sys/types.h>

#include "launcher/launcher.h"

/* Bytes exchanged over the sync socket (SOCK_SEQPACKET, one byte a message). */
#define SBX_SYNC_MAPS_DONE 'M' /* sbx -> PID 1: id maps are written */
#define SBX_SYNC_LISTENER 'L'  /* program -> sbx: carries the listener (SCM_RIGHTS) */
#define SBX_SYNC_ACK 'A'       /* sbx -> program: the sentry runs, go on */
#define SBX_SYNC_LOADAVG 'P'   /* PID 1 -> sbx: carries /proc/loadavg's file (SCM_RIGHTS) */
#define SBX_SYNC_MEMINFO 'I'   /* PID 1 -> sbx: /proc/meminfo's, with --memory only */
#define SBX_SYNC_LIMITS 'C'    /* sbx -> PID 1: it is in its cgroup (if any), go on */
#define SBX_SYNC_ROOTFS 'R'    /* sbx -> PID 1: the id-mapped --rootfs (SCM_RIGHTS; as root) */

/* Host range the sandbox's 0..65535 maps to when sbx runs as root. */
#define SBX_IDMAP_HOST_BASE 100000
#define SBX_IDMAP_COUNT 65536

struct sbx_launch_ctx {
	const struct sbx_config *cfg;
	sbx_filter_fn filter;
	void *arg;
	bool privileged;    /* sbx runs as root: the 65536-id map, setgroups allowed */
	const char *cwd;    /* the caller's cwd, or NULL if unknown */
	sigset_t orig_mask; /* the caller's signal mask, restored in the program */
	int sock;           /* the sandbox's end of the sync socket */
};

/* namespaces.c */

/*
 * clone(2) the sandbox's PID 1 into new namespaces (see launcher.h), like
 * fork: returns 0 in the child, the child's pid in the parent (with a pidfd in
 * *pidfd), or -errno.
 */
pid_t sbx_ns_clone(bool net_host, int *pidfd);
/* Write the child's uid_map, setgroups and gid_map. 0 or -1 after printing why. */
int sbx_ns_write_idmaps(pid_t pid, bool privileged);
/* In the child: become uid/gid 0 of the new user namespace, or die. */
void sbx_ns_become_root(bool privileged);
/* In the child: new time namespace whose CLOCK_BOOTTIME starts at 0, joined. */
void sbx_ns_enter_time(void);
/* In the child: set the hostname and bring up lo (new net namespace only), or die. */
void sbx_ns_setup_uts_net(const struct sbx_config *cfg);

/* mounts.c */

/*
 * In the sbx process, before clone: create --persist DIR and its upper and
 * work directories, owned by the sandbox's root. 0, or -1 after printing why.
 */
int sbx_persist_prepare(const char *dir, bool privileged);
/*
 * In the sbx process as root, once the child's user namespace exists: a
 * detached read-only copy of --rootfs DIR with its ids mapped into that
 * namespace (or, where the filesystem cannot do that, unmapped). The fd, or
 * -1 after printing why.
 */
int sbx_rootfs_tree(const char *rootfs, pid_t child);
/*
 * In the child: take detached copies of everything the root view is made
 * from while the host tree is still reachable (sbx_mounts_capture), then
 * assemble the view, pivot_root into it and chdir (sbx_mounts_build, which
 * returns writable fds of the files mounted over /proc/loadavg and, with
 * --memory, /proc/meminfo, for the sentry). Both die on failure.
 */
struct sbx_mount_plan;
struct sbx_mount_plan *sbx_mounts_capture(const struct sbx_launch_ctx *ctx);
struct sbx_proc_files sbx_mounts_build(const struct sbx_launch_ctx *ctx,
				       struct sbx_mount_plan *plan);

/* launcher.c: one byte and one fd over the sync socket. 0 or -1 with errno. */
int sbx_sync_send_fd(int sock, char tag, int fd);
/* The fd of a message with this tag; -1 with errno (EPROTO: another message, 0: EOF). */
int sbx_sync_recv_fd(int sock, char tag);

/* cgroup.c */

/* The process limit (RLIMIT_NPROC) when --pids is not given: a fork bomb stops there. */
#define SBX_DEFAULT_PIDS 4096

struct sbx_cgroup {
	char dirs[3][PATH_MAX]; /* one per hierarchy (v1) or one (v2) */
	int ndirs;
	pid_t reaper;  /* the helper that removes them, or 0 */
	int reaper_fd; /* its pipe: closing it starts the removal */
};
/*
 * In the sbx process as root: a cgroup below sbx's own with cfg's limits
 * (cfg->pids must not be -1 here), holding the sandbox's PID 1. 0, or -1
 * after printing why (nothing is left behind).
 */
int sbx_cgroup_create(const struct sbx_config *cfg, pid_t pid, struct sbx_cgroup *cg);
/* Remove it once the sandbox has ended. */
void sbx_cgroup_remove(struct sbx_cgroup *cg);

/* init.c */

/* PID 1: fork the program, forward signals, reap, exit with its status. */
__attribute__((noreturn)) void sbx_init_main(const struct sbx_launch_ctx *ctx);

/* exec.c */

/* Become the program: env, ids, no_new_privs, filter, fd hygiene, execvp. */
__attribute__((noreturn)) void sbx_program_main(const struct sbx_launch_ctx *ctx);

/* The terminal on fd 0, 1 or 2 (the first that is one), or -1. */
int sbx_tty_fd(void);

/* Make pgrp the foreground process group of the terminal tty. */
void sbx_tty_set_foreground(int tty, pid_t pgrp);

/* The command-line option that asks for a mount of this kind ("--bind"...). */
const char *sbx_mount_option(enum sbx_mount_kind kind);

#endif
