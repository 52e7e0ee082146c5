/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The launch as a whole (see launcher.h): the configuration check, and the
 * sbx process's side of the launch: clone the sandbox, write its id maps,
 * receive the seccomp listener and hand it to the sentry, forward signals and
 * wait for the sandbox's PID 1. Also the first steps of the cloned child,
 * which turn it into the sandbox's PID 1 (the rest is in mounts.c, init.c and
 * exec.c). The two sides talk over a SOCK_SEQPACKET socketpair: sbx sends
 * "maps written" and later "sentry running"; the program sends the listener.
 * The sandbox never outlives sbx: PID 1 has PR_SET_PDEATHSIG(SIGKILL), and when
 * a pid namespace's init dies the kernel kills the rest of it.
 */
#include "launcher/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/util.h"

/* Signals sbx passes on to the sandbox's PID 1 (which passes them on). */
static const int forwarded[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGWINCH };

/* The running sandbox's PID 1, as a pidfd, for the signal handler. */
static volatile sig_atomic_t g_init_pidfd = -1;

static int sys_pidfd_send_signal(int pidfd, int sig)
{
	return (int)syscall(SYS_pidfd_send_signal, pidfd, sig, NULL, 0);
}

static void forward_signal(int sig, siginfo_t *info, void *uctx)
{
	(void)uctx;
	int saved = errno;
	/*
	 * Only what was sent with kill(2) (si_code <= 0). A tty's ^C, hangup or
	 * resize (SI_KERNEL) reached the whole foreground process group, the
	 * program included; forwarding it too would deliver it twice.
	 * A pidfd cannot name a recycled pid (pidfd_send_signal(2)).
	 */
	int fd = g_init_pidfd;
	if (fd >= 0 && info->si_code <= 0)
		sys_pidfd_send_signal(fd, sig);
	errno = saved;
}

static bool is_absolute(const char *p)
{
	return p && p[0] == '/';
}

int sbx_config_check(const struct sbx_config *cfg)
{
	struct stat st;
	bool privileged = geteuid() == 0;

	if (!cfg->argv || !cfg->argv[0] || !cfg->argv[0][0]) {
		fprintf(stderr, "sbx: run: no program given\n");
		return -1;
	}
	if (cfg->rootfs) {
		if (stat(cfg->rootfs, &st) < 0) {
			fprintf(stderr, "sbx: --rootfs %s: %s\n", cfg->rootfs, strerror(errno));
			return -1;
		}
		if (!S_ISDIR(st.st_mode)) {
			fprintf(stderr, "sbx: --rootfs %s: not a directory\n", cfg->rootfs);
			return -1;
		}
	}
	if (cfg->persist) {
		if (!cfg->rootfs) {
			fprintf(stderr, "sbx: --persist %s: needs --rootfs (the host root is read-only, "
					"its writes cannot be kept)\n", cfg->persist);
			return -1;
		}
		if (stat(cfg->persist, &st) == 0 && !S_ISDIR(st.st_mode)) {
			fprintf(stderr, "sbx: --persist %s: not a directory\n", cfg->persist);
			return -1;
		}
	}
	for (size_t i = 0; i < cfg->nmounts; i++) {
		const struct sbx_mount *m = &cfg->mounts[i];
		const char *opt = sbx_mount_option(m->kind);
		if (m->kind != SBX_MOUNT_TMPFS) {
			if (!m->src || !m->src[0]) {
				fprintf(stderr, "sbx: %s: no source given\n", opt);
				return -1;
			}
			if (stat(m->src, &st) < 0) {
				fprintf(stderr, "sbx: %s %s: %s\n", opt, m->src, strerror(errno));
				return -1;
			}
		}
		const char *name = m->kind == SBX_MOUNT_TMPFS ? m->dst : m->src;
		if (!is_absolute(m->dst)) {
			fprintf(stderr, "sbx: %s %s: the destination must be an absolute path\n",
				opt, name ? name : "");
			return -1;
		}
		if (m->dst[strspn(m->dst, "/")] == '\0') {
			fprintf(stderr, "sbx: %s %s: cannot mount over the sandbox root (see --rootfs)\n",
				opt, name);
			return -1;
		}
	}
	for (size_t i = 0; i < cfg->nenv_set; i++) {
		const char *kv = cfg->env_set[i];
		const char *eq = kv ? strchr(kv, '=') : NULL;
		if (!eq || eq == kv) {
			fprintf(stderr, "sbx: --env %s: expected KEY=VALUE\n", kv ? kv : "");
			return -1;
		}
	}
	if (cfg->workdir && !is_absolute(cfg->workdir)) {
		fprintf(stderr, "sbx: --chdir %s: must be an absolute path\n", cfg->workdir);
		return -1;
	}
	/* HOST_NAME_MAX is 64 on Linux (sethostname(2)). */
	if (cfg->hostname && (!cfg->hostname[0] || strlen(cfg->hostname) > 64)) {
		fprintf(stderr, "sbx: --hostname %s: must be 1 to 64 characters\n", cfg->hostname);
		return -1;
	}
	if (!privileged) {
		if (cfg->uid != 0) {
			fprintf(stderr,
				"sbx: --uid %u: only uid 0 is mapped when sbx runs unprivileged\n",
				(unsigned)cfg->uid);
			return -1;
		}
		if (cfg->gid != 0) {
			fprintf(stderr,
				"sbx: --gid %u: only gid 0 is mapped when sbx runs unprivileged\n",
				(unsigned)cfg->gid);
			return -1;
		}
	} else {
		if (cfg->uid >= SBX_IDMAP_COUNT) {
			fprintf(stderr, "sbx: --uid %u: only uids 0-%d are mapped\n",
				(unsigned)cfg->uid, SBX_IDMAP_COUNT - 1);
			return -1;
		}
		if (cfg->gid >= SBX_IDMAP_COUNT) {
			fprintf(stderr, "sbx: --gid %u: only gids 0-%d are mapped\n",
				(unsigned)cfg->gid, SBX_IDMAP_COUNT - 1);
			return -1;
		}
	}
	return 0;
}

/*
 * If the caller closed 0, 1 or 2, our sync socket could land there and then
 * survive into the sandbox as a "standard" fd: fill the gaps with /dev/null.
 */
static int ensure_std_fds(void)
{
	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
			continue;
		int n = open("/dev/null", O_RDWR); /* lowest free fd: this one */
		if (n < 0) {
			fprintf(stderr, "sbx: opening /dev/null: %s\n", strerror(errno));
			return -1;
		}
		if (n != fd) {
			close(n);
			fprintf(stderr, "sbx: cannot fill fd %d\n", fd);
			return -1;
		}
	}
	return 0;
}

static ssize_t read_byte(int fd, char *byte)
{
	ssize_t n;
	do
		n = read(fd, byte, 1);
	while (n < 0 && errno == EINTR);
	return n;
}

int sbx_tty_fd(void)
{
	return isatty(0) ? 0 : isatty(1) ? 1 : isatty(2) ? 2 : -1;
}

void sbx_tty_set_foreground(int tty, pid_t pgrp)
{
	/* tcsetpgrp(3) from a background group raises SIGTTOU: ignore it meanwhile. */
	struct sigaction ign = {.sa_handler = SIG_IGN}, old;
	sigaction(SIGTTOU, &ign, &old);
	(void)tcsetpgrp(tty, pgrp);
	sigaction(SIGTTOU, &old, NULL);
}

/* Make sbx's process group the terminal's foreground again (see exec.c). */
static void reclaim_terminal(void)
{
	int tty = sbx_tty_fd();
	if (tty >= 0)
		sbx_tty_set_foreground(tty, getpgrp());
}

static int send_byte(int fd, char byte)
{
	ssize_t n;
	do
		n = send(fd, &byte, 1, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	return n == 1 ? 0 : -1;
}

/*
 * Without --pids: at most SBX_DEFAULT_PIDS processes and threads per user
 * of the sandbox, so that a fork bomb stops there. RLIMIT_NPROC counts per
 * user namespace and uid (kernel/ucount.c), so other sandboxes and the host
 * do not count; nothing in the sandbox can raise it back (that takes
 * CAP_SYS_RESOURCE in the host's user namespace). A program that spreads
 * over many uids gets that many times the limit: --pids is a hard cap.
 */
static void limit_processes(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NPROC, &rl) < 0)
		sbx_die_errno("getrlimit(RLIMIT_NPROC)");
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max <= SBX_DEFAULT_PIDS)
		return;
	rl.rlim_max = SBX_DEFAULT_PIDS;
	if (rl.rlim_cur > rl.rlim_max)
		rl.rlim_cur = rl.rlim_max;
	if (setrlimit(RLIMIT_NPROC, &rl) < 0)
		sbx_die_errno("setrlimit(RLIMIT_NPROC)");
}

/* The child of clone: becomes the sandbox's PID 1. Never returns. */
__attribute__((noreturn)) static void sandbox_main(struct sbx_launch_ctx *ctx, int parent_end)
{
	const struct sbx_config *cfg = ctx->cfg;
	close(parent_end);

	/* Die with sbx. Armed now; checked below once it can no longer be reset. */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0)
		sbx_die_errno("prctl(PR_SET_PDEATHSIG)");

	/* Until the maps are written our ids are unmapped; EOF: sbx is gone. */
	char byte;
	if (read_byte(ctx->sock, &byte) != 1 || byte != SBX_SYNC_MAPS_DONE)
		_exit(SBX_EXIT_FAILURE);

	/*
	 * Capture the host trees while we still are the caller's host uid, so
	 * a root sbx may name bind sources that only host root can reach.
	 */
	struct sbx_mount_plan *plan = sbx_mounts_capture(ctx);
	/* Also before the switch to root, which makes our /proc files host root's. */
	sbx_ns_enter_time();
	sbx_ns_become_root(ctx->privileged);
	if (cfg->pids < 0)
		limit_processes();

	/*
	 * Changing the euid clears the parent-death signal (commit_creds() in
	 * kernel/cred.c; prctl(2) lists the cases), so arm it again. sbx may
	 * have died before that: then its end of the socket is closed and a
	 * non-blocking peek sees EOF.
	 */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0)
		sbx_die_errno("prctl(PR_SET_PDEATHSIG)");
	if (recv(ctx->sock, &byte, 1, MSG_PEEK | MSG_DONTWAIT) == 0)
		_exit(SBX_EXIT_FAILURE);

	struct sbx_proc_files files = sbx_mounts_build(ctx, plan);
	if (sbx_sync_send_fd(ctx->sock, SBX_SYNC_LOADAVG, files.loadavg) < 0 ||
	    (files.meminfo >= 0 && sbx_sync_send_fd(ctx->sock, SBX_SYNC_MEMINFO, files.meminfo) < 0))
		_exit(SBX_EXIT_FAILURE); /* sbx is gone */
	close(files.loadavg);
	if (files.meminfo >= 0)
		close(files.meminfo);
	/* In its cgroup before any process of the sandbox is forked (EOF: sbx is gone). */
	if (read_byte(ctx->sock, &byte) != 1 || byte != SBX_SYNC_LIMITS)
		_exit(SBX_EXIT_FAILURE);
	sbx_ns_setup_uts_net(cfg);

	if (cfg->as_pid1)
		sbx_program_main(ctx);
	sbx_init_main(ctx);
}

/*
 * Put the sandbox's PID 1, which forks nothing until SBX_SYNC_LIMITS, into a
 * cgroup with the limits given on the command line (root only). Without --pids the
 * sandbox's process limit is RLIMIT_NPROC instead (see sandbox_main), not a
 * cgroup: on cgroup v1 the first move into a new cgroup waits for an RCU
 * grace period, measured here at 3 to 20 ms, more than all the rest of a
 * start-up.
 */
static int apply_limits(const struct sbx_config *cfg, pid_t pid, struct sbx_cgroup *cg)
{
	struct sbx_config c = *cfg;
	if (c.pids < 0)
		c.pids = 0;
	if (!c.memory && !c.pids && !c.cpu_millis)
		return 0;
	if (geteuid() != 0) {
		fprintf(stderr, "sbx: --memory, --pids and --cpus need sbx to run as root "
				"(they are cgroup limits)\n");
		return -1;
	}
	return sbx_cgroup_create(&c, pid, cg);
}

/* Kill the sandbox and reap it; for the failure paths. */
static void kill_sandbox(int pidfd, pid_t pid)
{
	sys_pidfd_send_signal(pidfd, SIGKILL);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
}

int sbx_sync_send_fd(int sock, char tag, int fd)
{
	struct iovec iov = { .iov_base = &tag, .iov_len = 1 };
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(sizeof(int))];
	} u;
	memset(&u, 0, sizeof(u));
	struct msghdr msg = {
		.msg_iov = &iov,
		.msg_iovlen = 1,
		.msg_control = u.buf,
		.msg_controllen = sizeof(u.buf),
	};
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof(int));
	ssize_t n;
	do
		n = sendmsg(sock, &msg, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	return n == 1 ? 0 : -1;
}

int sbx_sync_recv_fd(int sock, char tag)
{
	char byte = 0;
	struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(sizeof(int))];
	} u;
	struct msghdr msg = {
		.msg_iov = &iov,
		.msg_iovlen = 1,
		.msg_control = u.buf,
		.msg_controllen = sizeof(u.buf),
	};
	ssize_t n;
	do
		n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	if (n <= 0) {
		if (n == 0)
			errno = 0;
		return -1;
	}

	int fd = -1;
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	if (c && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS &&
	    c->cmsg_len == CMSG_LEN(sizeof(int)))
		memcpy(&fd, CMSG_DATA(c), sizeof(int));
	if (byte != tag || (msg.msg_flags & MSG_CTRUNC) || fd < 0) {
		if (fd >= 0)
			close(fd);
		errno = EPROTO;
		return -1;
	}
	return fd;
}

static int wait_status(pid_t pid)
{
	int wstatus;
	while (waitpid(pid, &wstatus, 0) < 0) {
		if (errno != EINTR) {
			fprintf(stderr, "sbx: waiting for the sandbox: %s\n", strerror(errno));
			return SBX_EXIT_FAILURE;
		}
	}
	if (WIFEXITED(wstatus))
		return WEXITSTATUS(wstatus);
	if (WIFSIGNALED(wstatus))
		return 128 + WTERMSIG(wstatus);
	return SBX_EXIT_FAILURE;
}

int sbx_launch(const struct sbx_config *cfg, sbx_filter_fn filter, sbx_listener_fn on_listener,
	       void *arg)
{
	if (sbx_config_check(cfg) < 0 || ensure_std_fds() < 0)
		return SBX_EXIT_FAILURE;
	if (cfg->persist && sbx_persist_prepare(cfg->persist, geteuid() == 0) < 0)
		return SBX_EXIT_FAILURE;

	_cleanup_free_ char *cwd = getcwd(NULL, 0);
	struct sbx_launch_ctx ctx = {
		.cfg = cfg,
		.filter = filter,
		.arg = arg,
		.privileged = geteuid() == 0,
		.cwd = cwd,
	};

	int sv[2];
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) {
		fprintf(stderr, "sbx: socketpair: %s\n", strerror(errno));
		return SBX_EXIT_FAILURE;
	}
	_cleanup_fd_ int sock = sv[0];
	ctx.sock = sv[1];

	/*
	 * Hold the forwarded signals until the handlers know the pidfd; the
	 * child inherits the mask (PID 1 wants them blocked anyway) and the
	 * program gets orig_mask back. The child inherits the caller's
	 * dispositions, not our handlers, which are installed after clone.
	 */
	sigset_t fwd;
	sigemptyset(&fwd);
	for (size_t i = 0; i < SBX_ARRAY_SIZE(forwarded); i++)
		sigaddset(&fwd, forwarded[i]);
	sigprocmask(SIG_BLOCK, &fwd, &ctx.orig_mask);

	fflush(NULL); /* or the child would print our buffered output again */
	int pidfd = -1;
	pid_t pid = sbx_ns_clone(cfg->net_host, &pidfd);
	if (pid < 0) {
		fprintf(stderr, "sbx: creating the sandbox namespaces: %s\n", strerror(-pid));
		sigprocmask(SIG_SETMASK, &ctx.orig_mask, NULL);
		close(ctx.sock);
		return SBX_EXIT_FAILURE;
	}
	if (pid == 0)
		sandbox_main(&ctx, sock);
	close(ctx.sock);

	struct sigaction sa, old[SBX_ARRAY_SIZE(forwarded)];
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = forward_signal;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigfillset(&sa.sa_mask);
	g_init_pidfd = pidfd;
	for (size_t i = 0; i < SBX_ARRAY_SIZE(forwarded); i++)
		sigaction(forwarded[i], &sa, &old[i]);
	sigprocmask(SIG_SETMASK, &ctx.orig_mask, NULL);

	int status = SBX_EXIT_FAILURE;
	struct sbx_proc_files files = { .loadavg = -1, .meminfo = -1 };
	struct sbx_cgroup cg = { .ndirs = 0 };
	if (sbx_ns_write_idmaps(pid, ctx.privileged) < 0)
		goto abort;
	if (send_byte(sock, SBX_SYNC_MAPS_DONE) < 0) {
		fprintf(stderr, "sbx: starting the sandbox: %s\n", strerror(errno));
		goto abort;
	}
	if (cfg->rootfs && ctx.privileged) {
		int tree = sbx_rootfs_tree(cfg->rootfs, pid);
		int r = tree < 0 ? -1 : sbx_sync_send_fd(sock, SBX_SYNC_ROOTFS, tree);
		if (tree >= 0)
			close(tree);
		if (r < 0)
			goto abort;
	}
	/*
	 * The first move into a new cgroup waits for an RCU grace period
	 * (several ms): done now, while the child builds its mounts, and the
	 * child forks nothing until told that it is done.
	 */
	if (apply_limits(cfg, pid, &cg) < 0)
		goto abort;
	if (send_byte(sock, SBX_SYNC_LIMITS) < 0)
		goto wait; /* the sandbox is gone; its status tells */

	files.loadavg = sbx_sync_recv_fd(sock, SBX_SYNC_LOADAVG);
	bool ok = files.loadavg >= 0;
	if (ok && cfg->memory)
		ok = (files.meminfo = sbx_sync_recv_fd(sock, SBX_SYNC_MEMINFO)) >= 0;
	int listener = ok && filter ? sbx_sync_recv_fd(sock, SBX_SYNC_LISTENER) : -1;
	if (!ok || (filter && listener < 0)) {
		if (errno == EPROTO) {
			fprintf(stderr, "sbx: bad message from the sandbox\n");
			goto abort;
		}
		/* EOF: the sandbox failed on its way and said why. */
		goto wait;
	}
	if (filter) {
		/* The fds belong to on_listener (the sentry) from here on. */
		int r = 0;
		if (on_listener) {
			r = on_listener(listener, files, pid, arg);
			files.loadavg = files.meminfo = -1; /* on_listener's now */
		} else {
			close(listener);
		}
		if (r < 0) {
			fprintf(stderr, "sbx: cannot start the sentry: %s\n", strerror(-r));
			goto abort;
		}
		if (send_byte(sock, SBX_SYNC_ACK) < 0)
			goto wait; /* the sandbox is gone; its status tells */
	}

wait:
	status = wait_status(pid);
	reclaim_terminal();
	goto out;
abort:
	kill_sandbox(pidfd, pid);
	status = SBX_EXIT_FAILURE;
out:
	sigprocmask(SIG_BLOCK, &fwd, NULL);
	g_init_pidfd = -1;
	for (size_t i = 0; i < SBX_ARRAY_SIZE(forwarded); i++)
		sigaction(forwarded[i], &old[i], NULL);
	sigprocmask(SIG_SETMASK, &ctx.orig_mask, NULL);
	close(pidfd);
	if (files.loadavg >= 0)
		close(files.loadavg);
	if (files.meminfo >= 0)
		close(files.meminfo);
	sbx_cgroup_remove(&cg);
	return status;
}
