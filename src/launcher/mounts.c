/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The sandbox's root view, built in its new mount namespace. Everything taken
 * from the host (the root or --rootfs tree, the device nodes, bind sources)
 * is first captured as a detached clone with open_tree(OPEN_TREE_CLONE), so
 * nothing later can shadow it, and read-only clones are made so before they
 * are attached. The root clone is then attached under a staging tmpfs, we
 * pivot_root into it and mount the sandbox's /dev, /tmp and /proc, detach the
 * old root, and apply the user's --bind/--ro-bind/--tmpfs mounts with paths
 * resolved inside the new root, so symlinks in destinations cannot point the
 * mounts back at the host tree.
 */
#include "launcher/internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/util.h"

#ifndef AT_RECURSIVE
#define AT_RECURSIVE 0x8000
#endif
#ifndef OPEN_TREE_CLONE
#define OPEN_TREE_CLONE 1
#endif
#ifndef MOVE_MOUNT_F_EMPTY_PATH
#define MOVE_MOUNT_F_EMPTY_PATH 0x00000004
#endif
#ifndef MOUNT_ATTR_RDONLY
#define MOUNT_ATTR_RDONLY 0x00000001
#endif
#ifndef MOUNT_ATTR_NOSUID
#define MOUNT_ATTR_NOSUID 0x00000002
#endif
#ifndef MOUNT_ATTR_NODEV
#define MOUNT_ATTR_NODEV 0x00000004
#endif
#ifndef MOUNT_ATTR_NOEXEC
#define MOUNT_ATTR_NOEXEC 0x00000008
#endif
#ifndef MOUNT_ATTR_IDMAP
#define MOUNT_ATTR_IDMAP 0x00100000
#endif

/* What "read-only" means for a tree from the host. */
#define RO_ATTRS (MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID)

/* struct mount_attr of mount_setattr(2), version 0; our own name so that no
 * libc or kernel header has to provide (or collide with) it. */
struct sbx_mount_attr {
	uint64_t attr_set;
	uint64_t attr_clr;
	uint64_t propagation;
	uint64_t userns_fd;
};

/* Where the staging tmpfs goes in the (private) copy of the host tree. */
#define STAGING "/tmp"
#define NEWROOT STAGING "/root"

static const char *const dev_nodes[] = { "null", "zero", "full", "random", "urandom", "tty" };

struct sbx_mount_plan {
	int root_fd;                             /* clone of /, or of --rootfs (the lower layer) */
	int persist_fd;                          /* clone of --persist DIR, or -1 */
	int sys_fd;                              /* clone of the host /sys (--rootfs only) */
	int dev_fds[SBX_ARRAY_SIZE(dev_nodes)]; /* clones of the host device nodes */
	int console_fd;                          /* clone of the caller's terminal, or -1 */
	int *user_fds;                           /* per cfg->mounts[i]; -1 for tmpfs */
};

static int sys_open_tree(int dfd, const char *path, unsigned flags)
{
	return (int)syscall(SYS_open_tree, dfd, path, flags);
}

static int sys_move_mount(int from_dfd, const char *from, int to_dfd, const char *to,
			  unsigned flags)
{
	return (int)syscall(SYS_move_mount, from_dfd, from, to_dfd, to, flags);
}

static int sys_mount_setattr(int dfd, const char *path, unsigned flags, uint64_t set)
{
	struct sbx_mount_attr attr = { .attr_set = set };
	return (int)syscall(SYS_mount_setattr, dfd, path, flags, &attr, sizeof(attr));
}

static int sys_pivot_root(const char *new_root, const char *put_old)
{
	return (int)syscall(SYS_pivot_root, new_root, put_old);
}

/*
 * Detached recursive copy of PATH (a directory or a file) with the mount
 * attributes ATTRS (MOUNT_ATTR_*) added to every mount in it; -1 with errno.
 */
static int clone_tree(const char *path, uint64_t attrs)
{
	int fd = sys_open_tree(AT_FDCWD, path, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE);
	if (fd < 0)
		return -1;
	/*
	 * Read-only must be set on every mount of the copy (AT_RECURSIVE),
	 * since a plain MS_REMOUNT|MS_RDONLY only changes the top one.
	 * mount_setattr(2) on a detached tree needs AT_EMPTY_PATH.
	 */
	if (attrs && sys_mount_setattr(fd, "", AT_EMPTY_PATH | AT_RECURSIVE, attrs) < 0) {
		int saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return fd;
}

/* Attach a detached tree at PATH, then close it. */
static void attach(int *fd, const char *path, const char *what)
{
	if (sys_move_mount(*fd, "", AT_FDCWD, path, MOVE_MOUNT_F_EMPTY_PATH) < 0)
		sbx_die_errno("%s: attaching on %s", what, path);
	close(*fd);
	*fd = -1;
}

const char *sbx_mount_option(enum sbx_mount_kind kind)
{
	switch (kind) {
	case SBX_MOUNT_BIND:
		return "--bind";
	case SBX_MOUNT_RO_BIND:
		return "--ro-bind";
	case SBX_MOUNT_TMPFS:
		return "--tmpfs";
	}
	return "--mount";
}

/* "--bind SRC", "--bind SRC:DST" or "--tmpfs DST", for messages. */
static void describe(const struct sbx_mount *m, char *buf, size_t len)
{
	if (m->kind == SBX_MOUNT_TMPFS || !m->src)
		snprintf(buf, len, "%s %s", sbx_mount_option(m->kind), m->dst);
	else if (!m->dst || strcmp(m->src, m->dst) == 0)
		snprintf(buf, len, "%s %s", sbx_mount_option(m->kind), m->src);
	else
		snprintf(buf, len, "%s %s:%s", sbx_mount_option(m->kind), m->src, m->dst);
}

/* mkdir that accepts an existing directory; -1 with errno otherwise. */
static int ensure_dir(const char *path, mode_t mode)
{
	struct stat st;
	if (mkdir(path, mode) == 0)
		return 0;
	if (errno != EEXIST)
		return -1;
	if (stat(path, &st) < 0)
		return -1;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return -1;
	}
	return 0;
}

/*
 * Is DIR missing, empty, or a layer an earlier run kept? Anything else is
 * refused, so that a mistyped --persist never takes over (and, as root,
 * chowns) a directory of the host's.
 */
static bool is_layer_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return errno == ENOENT;
	bool ok = true;
	struct dirent *e;
	while (ok && (e = readdir(d)) != NULL)
		ok = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") ||
		     !strcmp(e->d_name, "upper") || !strcmp(e->d_name, "work");
	closedir(d);
	return ok;
}

int sbx_persist_prepare(const char *dir, bool privileged)
{
	/*
	 * DIR/upper holds the writes, DIR/work is overlayfs's scratch space;
	 * all three belong to the sandbox's root (host uid 100000 when sbx
	 * runs as root), which mounts the overlay and so must reach them.
	 * DIR is 0700: what the sandbox wrote is for the sandbox.
	 */
	static const char *const sub[] = { "", "/upper", "/work" };
	if (!is_layer_dir(dir)) {
		fprintf(stderr, "sbx: --persist %s: not empty and not kept by sbx (expected only "
				"upper/ and work/ in it)\n", dir);
		return -1;
	}
	for (size_t i = 0; i < SBX_ARRAY_SIZE(sub); i++) {
		char path[4096];
		if ((size_t)snprintf(path, sizeof(path), "%s%s", dir, sub[i]) >= sizeof(path)) {
			fprintf(stderr, "sbx: --persist %s: path too long\n", dir);
			return -1;
		}
		if (ensure_dir(path, i == 0 ? 0700 : 0755) < 0 ||
		    (privileged && chown(path, SBX_IDMAP_HOST_BASE, SBX_IDMAP_HOST_BASE) < 0)) {
			fprintf(stderr, "sbx: --persist %s: cannot prepare %s: %s\n", dir, path,
				strerror(errno));
			return -1;
		}
	}
	return 0;
}

static bool is_host_root(const char *path)
{
	struct stat st, root;
	return stat(path, &st) == 0 && stat("/", &root) == 0 && st.st_dev == root.st_dev &&
	       st.st_ino == root.st_ino;
}

/* Set ATTRS on the detached mount TREE with its ids mapped into CHILD's user namespace. */
static int set_idmapped(int tree, pid_t child, uint64_t attrs)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/ns/user", (int)child);
	int userns = open(path, O_RDONLY | O_CLOEXEC);
	if (userns < 0)
		return -1;
	struct sbx_mount_attr attr = { .attr_set = attrs | MOUNT_ATTR_IDMAP,
				       .userns_fd = (uint64_t)userns };
	int r = (int)syscall(SYS_mount_setattr, tree, "", AT_EMPTY_PATH, &attr, sizeof(attr));
	int saved = errno;
	close(userns);
	errno = saved;
	return r;
}

int sbx_rootfs_tree(const char *rootfs, pid_t child)
{
	/*
	 * One mount, not the tree under it: overlayfs refuses a lower layer
	 * with mounts below it inside a user namespace (they are locked).
	 */
	int tree = sys_open_tree(AT_FDCWD, rootfs, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
	if (tree < 0) {
		fprintf(stderr, "sbx: --rootfs %s: %s\n", rootfs, strerror(errno));
		return -1;
	}
	/*
	 * Shift its ids into the sandbox's user namespace: the files of the
	 * prepared root that host root owns belong to the sandbox's root, as
	 * they would in a container. Never the host's own root, where that
	 * would hand the host's root-only files (/etc/shadow) to the sandbox.
	 */
	const uint64_t attrs = RO_ATTRS | MOUNT_ATTR_NODEV;
	if (is_host_root(rootfs))
		sbx_log(1, "--rootfs %s: the host's own root keeps its host owners (not id-mapped)",
			rootfs);
	else if (set_idmapped(tree, child, attrs) == 0)
		return tree;
	else
		sbx_log(1, "--rootfs %s: cannot map its owners into the sandbox (%s); files owned "
			   "by host users stay read-only inside", rootfs, strerror(errno));
	if (sys_mount_setattr(tree, "", AT_EMPTY_PATH, attrs) < 0) {
		fprintf(stderr, "sbx: --rootfs %s: %s\n", rootfs, strerror(errno));
		close(tree);
		return -1;
	}
	return tree;
}

/*
 * The caller's terminal, if 0, 1 or 2 is one: a clone of its device node
 * (found by the name /proc gives the fd, checked against the fd itself), to
 * be the sandbox's /dev/console. The program has the terminal open anyway;
 * the node lets ttyname(3), and so tty(1) and ssh, find a name for it in a
 * /dev whose devpts is the sandbox's own. -1 if there is none.
 */
static int clone_terminal(void)
{
	int tty = sbx_tty_fd();
	if (tty < 0)
		return -1;
	char link[64], name[256];
	snprintf(link, sizeof(link), "/proc/self/fd/%d", tty);
	ssize_t n = readlink(link, name, sizeof(name) - 1);
	if (n <= 0)
		return -1;
	name[n] = '\0';
	struct stat by_fd, by_name;
	if (fstat(tty, &by_fd) < 0 || stat(name, &by_name) < 0 || !S_ISCHR(by_name.st_mode) ||
	    by_name.st_rdev != by_fd.st_rdev)
		return -1;
	return clone_tree(name, MOUNT_ATTR_NOSUID | MOUNT_ATTR_NOEXEC);
}

struct sbx_mount_plan *sbx_mounts_capture(const struct sbx_launch_ctx *ctx)
{
	const struct sbx_config *cfg = ctx->cfg;
	/*
	 * Our copy of the host's mounts may share propagation with the host:
	 * make it private first, or the mounts below would show up there
	 * (mount_namespaces(7), "Shared subtrees").
	 */
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		sbx_die_errno("making the mounts private");

	struct sbx_mount_plan *plan = calloc(1, sizeof(*plan));
	if (!plan || !(plan->user_fds = calloc(cfg->nmounts + 1, sizeof(int))))
		sbx_die("out of memory");

	/*
	 * nodev too: read-only does not stop I/O on device nodes, and the
	 * host's devtmpfs is inside the copy of / (under our /dev tmpfs). The
	 * nodes the sandbox gets are separate clones, below.
	 */
	plan->persist_fd = -1;
	if (!cfg->rootfs) {
		plan->root_fd = clone_tree("/", RO_ATTRS | MOUNT_ATTR_NODEV);
		if (plan->root_fd < 0)
			sbx_die_errno("copying the host root");
	} else if (ctx->privileged) {
		/* Only sbx, as host root, can make the id-mapped copy (sbx_rootfs_tree). */
		plan->root_fd = sbx_sync_recv_fd(ctx->sock, SBX_SYNC_ROOTFS);
		if (plan->root_fd < 0)
			_exit(SBX_EXIT_FAILURE); /* sbx said why */
	} else {
		plan->root_fd = sys_open_tree(AT_FDCWD, cfg->rootfs, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
		if (plan->root_fd < 0 ||
		    sys_mount_setattr(plan->root_fd, "", AT_EMPTY_PATH, RO_ATTRS | MOUNT_ATTR_NODEV) < 0)
			sbx_die_errno("--rootfs %s", cfg->rootfs);
	}
	if (cfg->persist) {
		plan->persist_fd = sys_open_tree(AT_FDCWD, cfg->persist, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
		if (plan->persist_fd < 0)
			sbx_die_errno("--persist %s", cfg->persist);
	}

	/* /sys stays the host's, read-only; with / it comes inside the root copy. */
	plan->sys_fd = -1;
	if (cfg->rootfs) {
		plan->sys_fd = clone_tree("/sys", RO_ATTRS | MOUNT_ATTR_NODEV);
		if (plan->sys_fd < 0 && errno != ENOENT)
			sbx_die_errno("copying the host /sys");
	}

	for (size_t i = 0; i < SBX_ARRAY_SIZE(dev_nodes); i++) {
		char path[32];
		snprintf(path, sizeof(path), "/dev/%s", dev_nodes[i]);
		plan->dev_fds[i] = clone_tree(path, 0);
		if (plan->dev_fds[i] < 0 && errno != ENOENT)
			sbx_die_errno("copying the host %s", path);
	}

	plan->console_fd = clone_terminal();

	for (size_t i = 0; i < cfg->nmounts; i++) {
		const struct sbx_mount *m = &cfg->mounts[i];
		plan->user_fds[i] = -1;
		if (m->kind == SBX_MOUNT_TMPFS)
			continue;
		plan->user_fds[i] = clone_tree(m->src, m->kind == SBX_MOUNT_RO_BIND ? RO_ATTRS : 0);
		if (plan->user_fds[i] < 0) {
			char what[4096 + 32];
			describe(m, what, sizeof(what));
			sbx_die_errno("%s", what);
		}
	}
	return plan;
}

/* Create an empty regular file to bind a file onto. */
static int create_file(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0644);
	if (fd < 0)
		return -1;
	close(fd);
	return 0;
}

/*
 * Make sure the mount point PATH exists (a directory, or a file if !dir).
 * Missing components are created, which works only where the parent is
 * writable: our tmpfs mounts (/tmp, /dev, --tmpfs) or a --bind. mkdir(2)
 * reports EEXIST before EROFS for an existing name (filename_create()), so
 * an existing mount point in the read-only root is never an error.
 */
static void ensure_mountpoint(const char *path, bool dir, const char *what)
{
	struct stat st;
	if (stat(path, &st) == 0)
		return;

	char buf[4096];
	if (strlen(path) >= sizeof(buf))
		sbx_die("%s: path too long", what);
	strcpy(buf, path);
	for (char *p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0755) < 0 && errno != EEXIST)
			goto fail;
		*p = '/';
	}
	if ((dir ? mkdir(buf, 0755) : create_file(buf)) < 0 && errno != EEXIST)
		goto fail;
	return;
fail:
	if (errno == EROFS)
		sbx_die("%s: cannot create the mount point %s: %s is in a read-only part of the "
			"sandbox (mount points can be created only on a tmpfs or a writable bind)",
			what, path, buf);
	sbx_die_errno("%s: cannot create the mount point %s", what, path);
}

static void mount_tmpfs(const char *path, unsigned long flags, const char *opts)
{
	if (mount("tmpfs", path, "tmpfs", flags, opts) < 0)
		sbx_die_errno("mounting a tmpfs on %s", path);
}

/*
 * Writable scratch places servers expect, private to the sandbox: /run (pid
 * files, sockets; it also hides the host's, with its daemons' sockets) with
 * /run/lock, and /var/tmp. Skipped where the root has no such directory.
 */
static void setup_scratch(void)
{
	struct stat st;
	if (stat("/run", &st) == 0 && S_ISDIR(st.st_mode)) {
		mount_tmpfs("/run", MS_NOSUID | MS_NODEV, "mode=0755");
		if (mkdir("/run/lock", 01777) < 0 || chmod("/run/lock", 01777) < 0)
			sbx_die_errno("creating /run/lock");
	}
	if (stat("/var/tmp", &st) == 0 && S_ISDIR(st.st_mode))
		mount_tmpfs("/var/tmp", MS_NOSUID | MS_NODEV, "mode=1777");
}

/* The sandbox's /dev: a tmpfs with the host's harmless device nodes bound in. */
static void setup_dev(struct sbx_mount_plan *plan)
{
	mount_tmpfs("/dev", MS_NOSUID | MS_STRICTATIME, "mode=0755");

	for (size_t i = 0; i < SBX_ARRAY_SIZE(dev_nodes); i++) {
		char path[32];
		if (plan->dev_fds[i] < 0)
			continue;
		snprintf(path, sizeof(path), "/dev/%s", dev_nodes[i]);
		/* mknod is refused in a user namespace: bind onto an empty file. */
		if (create_file(path) < 0)
			sbx_die_errno("creating %s", path);
		attach(&plan->dev_fds[i], path, "binding the host's device");
	}

	if (plan->console_fd >= 0) {
		if (create_file("/dev/console") < 0)
			sbx_die_errno("creating /dev/console");
		attach(&plan->console_fd, "/dev/console", "binding the terminal as /dev/console");
	}

	if (mkdir("/dev/pts", 0755) < 0)
		sbx_die_errno("creating /dev/pts");
	/*
	 * A new devpts instance (devpts(5) "newinstance" is implied since Linux
	 * 4.7): ptys opened inside are the sandbox's own. No gid= option, since
	 * the tty group may not be mapped.
	 */
	if (mount("devpts", "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC,
		  "newinstance,ptmxmode=0666,mode=0620") < 0)
		sbx_die_errno("mounting devpts on /dev/pts");
	if (symlink("pts/ptmx", "/dev/ptmx") < 0)
		sbx_die_errno("creating /dev/ptmx");

	if (mkdir("/dev/shm", 0755) < 0)
		sbx_die_errno("creating /dev/shm");
	mount_tmpfs("/dev/shm", MS_NOSUID | MS_NODEV, "mode=1777");

	static const char *const links[][2] = {
		{ "/proc/self/fd", "/dev/fd" },
		{ "/proc/self/fd/0", "/dev/stdin" },
		{ "/proc/self/fd/1", "/dev/stdout" },
		{ "/proc/self/fd/2", "/dev/stderr" },
	};
	for (size_t i = 0; i < SBX_ARRAY_SIZE(links); i++)
		if (symlink(links[i][0], links[i][1]) < 0)
			sbx_die_errno("creating %s", links[i][1]);
}

/*
 * A proc for the sandbox's pid namespace, with the host-only files masked as
 * Docker masks them (its default "maskedPaths" and "readonlyPaths").
 */
/*
 * A read-only sysfs of the sandbox's own network namespace over the host's
 * copy, so /sys/class/net lists only the sandbox's devices (as in Docker).
 * Like proc it may be mounted only while a visible sysfs exists, and only
 * when the user namespace owns the network namespace: with --net=host the
 * host's read-only /sys stays.
 */
static void setup_sys(const struct sbx_config *cfg)
{
	struct stat st;
	if (cfg->net_host || stat("/sys", &st) < 0 || !S_ISDIR(st.st_mode))
		return;
	if (mount("sysfs", "/sys", "sysfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		sbx_log(2, "cannot mount a sysfs of the sandbox: %s; /sys stays the host's",
			strerror(errno));
}

static void setup_proc(void)
{
	if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		sbx_die_errno("mounting proc on /proc");

	static const char *const masked_files[] = {
		"/proc/kcore",	       "/proc/keys",	      "/proc/timer_list",
		"/proc/timer_stats",   "/proc/latency_stats", "/proc/sched_debug",
		"/proc/sysrq-trigger", "/proc/kallsyms",
	};
	static const char *const masked_dirs[] = { "/proc/acpi", "/proc/scsi", "/proc/asound" };
	static const char *const ro_dirs[] = { "/proc/sys", "/proc/bus", "/proc/fs", "/proc/irq" };
	struct stat st;

	for (size_t i = 0; i < SBX_ARRAY_SIZE(masked_files); i++) {
		if (lstat(masked_files[i], &st) < 0)
			continue;
		if (mount("/dev/null", masked_files[i], NULL, MS_BIND, NULL) < 0)
			sbx_die_errno("masking %s", masked_files[i]);
	}
	for (size_t i = 0; i < SBX_ARRAY_SIZE(masked_dirs); i++) {
		if (lstat(masked_dirs[i], &st) < 0)
			continue;
		mount_tmpfs(masked_dirs[i], MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC,
			    "mode=0555");
	}
	for (size_t i = 0; i < SBX_ARRAY_SIZE(ro_dirs); i++) {
		if (lstat(ro_dirs[i], &st) < 0)
			continue;
		if (mount(ro_dirs[i], ro_dirs[i], NULL, MS_BIND | MS_REC, NULL) < 0 ||
		    sys_mount_setattr(AT_FDCWD, ro_dirs[i], AT_RECURSIVE, RO_ATTRS) < 0)
			sbx_die_errno("making %s read-only", ro_dirs[i]);
	}
}

static void apply_user_mounts(const struct sbx_config *cfg, struct sbx_mount_plan *plan)
{
	for (size_t i = 0; i < cfg->nmounts; i++) {
		const struct sbx_mount *m = &cfg->mounts[i];
		char what[4096 + 32];
		describe(m, what, sizeof(what));

		if (m->kind == SBX_MOUNT_TMPFS) {
			ensure_mountpoint(m->dst, true, what);
			if (mount("tmpfs", m->dst, "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755") < 0)
				sbx_die_errno("%s", what);
			continue;
		}
		struct stat st;
		if (fstat(plan->user_fds[i], &st) < 0)
			sbx_die_errno("%s", what);
		ensure_mountpoint(m->dst, S_ISDIR(st.st_mode), what);
		attach(&plan->user_fds[i], m->dst, what);
	}
}

static void enter_workdir(const struct sbx_launch_ctx *ctx)
{
	const char *wd = ctx->cfg->workdir;
	if (wd) {
		if (chdir(wd) < 0)
			sbx_die_errno("--chdir %s", wd);
		return;
	}
	/* The caller's cwd if the sandbox has it (and may enter it), else /. */
	if (ctx->cwd && chdir(ctx->cwd) == 0)
		return;
	if (chdir("/") < 0)
		sbx_die_errno("chdir /");
}

/*
 * --rootfs: an overlay whose lower layer is the prepared root, never written,
 * and whose upper layer is a private tmpfs discarded with the sandbox, or
 * --persist DIR. It is mounted here, inside the sandbox's user namespace
 * (overlayfs allows that, with its xattrs in the user.* namespace), so its
 * copy-ups are done with sandbox root's credentials, never host root's.
 */
static void mount_overlay_root(const struct sbx_config *cfg, struct sbx_mount_plan *plan)
{
	if (mkdir(STAGING "/lower", 0755) < 0 || mkdir(STAGING "/rw", 0755) < 0)
		sbx_die_errno("creating the layers of the copy-on-write root");
	attach(&plan->root_fd, STAGING "/lower", "attaching --rootfs");
	if (plan->persist_fd >= 0) {
		attach(&plan->persist_fd, STAGING "/rw", "attaching --persist");
	} else {
		mount_tmpfs(STAGING "/rw", MS_NOSUID | MS_NODEV, "mode=0755");
		if (mkdir(STAGING "/rw/upper", 0755) < 0 || mkdir(STAGING "/rw/work", 0755) < 0)
			sbx_die_errno("creating the upper layer of the copy-on-write root");
	}
	static const char opts[] = "lowerdir=" STAGING "/lower,upperdir=" STAGING
				   "/rw/upper,workdir=" STAGING "/rw/work,userxattr";
	if (mount("overlay", NEWROOT, "overlay", MS_NOSUID | MS_NODEV, opts) < 0) {
		if (cfg->persist)
			sbx_die_errno("--rootfs %s with --persist %s: mounting the overlay",
				      cfg->rootfs, cfg->persist);
		sbx_die_errno("--rootfs %s: mounting the copy-on-write overlay", cfg->rootfs);
	}
	/* The mount points the launcher needs, created in the upper layer if missing. */
	static const char *const needed[] = { NEWROOT "/proc", NEWROOT "/dev", NEWROOT "/tmp" };
	for (size_t i = 0; i < SBX_ARRAY_SIZE(needed); i++)
		if (ensure_dir(needed[i], 0755) < 0)
			sbx_die_errno("--rootfs %s: creating %s", cfg->rootfs,
				      needed[i] + strlen(NEWROOT));
}

/*
 * /proc files the sentry writes (src/vfs/procfs.c): /proc/loadavg, and with
 * --memory /proc/meminfo. Each is a file on the staging tmpfs, created before
 * pivot_root while that tmpfs is reachable; sbx_mounts_build returns
 * writable fds of them for the sentry.
 */
static int create_proc_file(const char *name)
{
	char path[64];
	snprintf(path, sizeof(path), STAGING "/%s", name);
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0444);
	if (fd < 0)
		sbx_die_errno("creating the sandbox's /proc/%s", name);
	return fd;
}

/*
 * Put a read-only mount of such a file over /proc/NAME. The mount reaches
 * only the file, and once the old root is detached nothing in the sandbox
 * reaches the staging tmpfs it lives on, so the sandbox cannot write it.
 */
static void bind_proc_file(int fd, const char *name)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%s", name);
	int tree = sys_open_tree(fd, "", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_EMPTY_PATH);
	if (tree < 0 ||
	    sys_mount_setattr(tree, "", AT_EMPTY_PATH, RO_ATTRS | MOUNT_ATTR_NODEV) < 0)
		sbx_die_errno("preparing the sandbox's %s", path);
	attach(&tree, path, "mounting the sandbox's /proc file");
}

struct sbx_proc_files sbx_mounts_build(const struct sbx_launch_ctx *ctx,
				       struct sbx_mount_plan *plan)
{
	const struct sbx_config *cfg = ctx->cfg;

	/* The staging tmpfs only hosts the new root until pivot_root. */
	mount_tmpfs(STAGING, MS_NOSUID | MS_NODEV, "mode=0700");
	if (mkdir(NEWROOT, 0755) < 0)
		sbx_die_errno("creating %s", NEWROOT);
	if (cfg->rootfs)
		mount_overlay_root(cfg, plan);
	else
		attach(&plan->root_fd, NEWROOT, "attaching the sandbox root");
	struct sbx_proc_files files = {
		.loadavg = create_proc_file("loadavg"),
		.meminfo = cfg->memory ? create_proc_file("meminfo") : -1,
	};
	if (chdir(NEWROOT) < 0)
		sbx_die_errno("chdir %s", NEWROOT);

	/*
	 * pivot_root(".", ".") stacks the old root on top of the new one
	 * (pivot_root(2), NOTES); until umount2(".") detaches it, absolute
	 * paths already resolve in the new root (our root directory is the
	 * new root's own mount, not what is stacked on it).
	 */
	if (sys_pivot_root(".", ".") < 0)
		sbx_die_errno("pivot_root");

	setup_dev(plan);
	mount_tmpfs("/tmp", MS_NOSUID | MS_NODEV, "mode=1777");
	setup_scratch();
	if (plan->sys_fd >= 0) {
		struct stat st;
		if (stat("/sys", &st) == 0 && S_ISDIR(st.st_mode))
			attach(&plan->sys_fd, "/sys", "binding the host's /sys");
		else
			close(steal_fd(plan->sys_fd));
	}
	/*
	 * A new proc may be mounted in a user namespace only while a fully
	 * visible proc is in the mount namespace (mount_too_revealing() in
	 * fs/namespace.c): the old root's is, until it is detached.
	 */
	setup_proc();
	bind_proc_file(files.loadavg, "loadavg");
	if (files.meminfo >= 0)
		bind_proc_file(files.meminfo, "meminfo");
	setup_sys(cfg);

	if (umount2(".", MNT_DETACH) < 0)
		sbx_die_errno("detaching the old root");
	if (chdir("/") < 0)
		sbx_die_errno("chdir /");

	apply_user_mounts(cfg, plan);
	enter_workdir(ctx);

	free(plan->user_fds);
	free(plan);
	return files;
}
