/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The last steps of the program's process, in the finished sandbox: its
 * environment, its ids, no_new_privs, the seccomp filter (through the
 * caller's callback), the hand-over of the listener to the sbx process, the
 * proof that no fd but 0, 1 and 2 survives, and execvp. Once the filter is
 * installed every syscall may go to the sentry, so from there on only plain
 * syscalls are used (sendmsg, read, close_range, fcntl, execve).
 */
#include "launcher/internal.h"

#include <dirent.h>
#include <signal.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/util.h"

#define DEFAULT_PATH "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

/* How far the post-filter fd check looks (close_range already closed all). */
#define FD_SCAN_LIMIT 1024

static void build_env(const struct sbx_config *cfg)
{
	if (cfg->clear_env) {
		if (clearenv() != 0 || setenv("PATH", DEFAULT_PATH, 1) < 0)
			sbx_die_errno("setting up the environment");
	}
	for (size_t i = 0; i < cfg->nenv_set; i++) {
		const char *kv = cfg->env_set[i];
		const char *eq = strchr(kv, '=');
		if (!eq || eq == kv)
			sbx_die("--env %s: expected KEY=VALUE", kv);
		_cleanup_free_ char *key = strndup(kv, (size_t)(eq - kv));
		if (!key || setenv(key, eq + 1, 1) < 0)
			sbx_die_errno("--env %s", kv);
	}
}

static void set_ids(const struct sbx_launch_ctx *ctx)
{
	const struct sbx_config *cfg = ctx->cfg;
	/* Unprivileged, setgroups(2) is denied in the namespace (see namespaces.c). */
	if (ctx->privileged && setgroups(0, NULL) < 0)
		sbx_die_errno("setgroups");
	if (setresgid(cfg->gid, cfg->gid, cfg->gid) < 0)
		sbx_die_errno("--gid %u", (unsigned)cfg->gid);
	if (setresuid(cfg->uid, cfg->uid, cfg->uid) < 0)
		sbx_die_errno("--uid %u", (unsigned)cfg->uid);
}

/* Before the filter: /proc/self/fd must list 0, 1, 2 and at most KEEP. */
static void assert_fds_proc(int keep)
{
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		sbx_die_errno("opening /proc/self/fd");
	int self = dirfd(d);
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		int fd = atoi(e->d_name);
		if (fd <= 2 || fd == self || fd == keep)
			continue;
		sbx_die("fd %d would leak into the sandbox", fd);
	}
	closedir(d);
}

/* After the filter: probe with fcntl(F_GETFD), a plain syscall. */
static void assert_fds_scan(int limit)
{
	for (int fd = 3; fd < limit; fd++) {
		if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
			sbx_die("fd %d would leak into the sandbox", fd);
	}
}

static void wait_ack(int sock)
{
	char byte = 0;
	ssize_t n;
	do
		n = read(sock, &byte, 1);
	while (n < 0 && errno == EINTR);
	/* EOF: sbx gave up (it says why) or died; either way do not start. */
	if (n != 1 || byte != SBX_SYNC_ACK)
		_exit(SBX_EXIT_FAILURE);
}

/*
 * Find argv[0] in PATH the way a shell does, before the filter: the first
 * executable regular file wins; a file found but not executable gives 126,
 * nothing found 127. execvp(3) alone would report EACCES, and so 126, for a
 * missing program whenever some PATH directory is not searchable, which is
 * common in the sandbox (the host's /root/... entries, for instance).
 * Returns a malloc'ed path; prints and exits on failure.
 */
static char *resolve_program(const char *prog)
{
	if (strchr(prog, '/')) {
		char *p = strdup(prog);
		if (!p)
			sbx_die("out of memory");
		return p;
	}
	const char *path = getenv("PATH");
	if (!path)
		path = DEFAULT_PATH;
	char *found = NULL;
	for (const char *dir = path;; dir++) {
		const char *end = strchrnul(dir, ':');
		int len = (int)(end - dir);
		char *cand = NULL;
		/* An empty PATH entry means the current directory. */
		if (asprintf(&cand, "%.*s%s%s", len, dir, len ? "/" : "", prog) < 0)
			sbx_die("out of memory");
		struct stat st;
		if (stat(cand, &st) == 0 && S_ISREG(st.st_mode)) {
			if (access(cand, X_OK) == 0) {
				free(found);
				return cand;
			}
			if (!found) {
				found = cand;
				cand = NULL;
			}
		}
		free(cand);
		if (!*end)
			break;
		dir = end;
	}
	if (found)
		return found; /* execve gives the EACCES we report */
	fprintf(stderr, "sbx: %s: %s\n", prog, strerror(ENOENT));
	_exit(SBX_EXIT_NOTFOUND);
}

/*
 * Give the program a process group (and, without a terminal, a session) of
 * its own, so that getpgid()/getsid() name a process inside the sandbox
 * rather than one outside its pid namespace (which reads as 0). With a
 * terminal the session is kept and the new group is made the foreground one,
 * so job control and ^C keep working.
 */
static void own_process_group(void)
{
	int tty = sbx_tty_fd();
	if (tty < 0) {
		if (setsid() < 0)
			sbx_die_errno("setsid");
		return;
	}
	if (setpgid(0, 0) < 0)
		sbx_die_errno("setpgid");
	sbx_tty_set_foreground(tty, getpid());
}

void sbx_program_main(const struct sbx_launch_ctx *ctx)
{
	const struct sbx_config *cfg = ctx->cfg;

	if (sigprocmask(SIG_SETMASK, &ctx->orig_mask, NULL) < 0)
		sbx_die_errno("restoring the signal mask");
	build_env(cfg);
	own_process_group();
	set_ids(ctx);
	/* Required to install a filter without CAP_SYS_ADMIN (seccomp(2)). */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		sbx_die_errno("prctl(PR_SET_NO_NEW_PRIVS)");

	/* Access checks as the program's ids, which set_ids() made real too. */
	_cleanup_free_ char *prog = resolve_program(cfg->argv[0]);

	struct rlimit rl;
	int limit = FD_SCAN_LIMIT;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < (rlim_t)limit)
		limit = (int)rl.rlim_cur;

	if (ctx->filter) {
		/* Keep only the sync socket, as fd 3, and prove it. */
		int sock = ctx->sock;
		if (sock != 3) {
			if (dup3(sock, 3, O_CLOEXEC) < 0)
				sbx_die_errno("dup3 of the sync socket");
			sock = 3;
		}
		close_range(4, ~0U, 0);
		assert_fds_proc(sock);

		int listener = ctx->filter(ctx->arg);
		if (listener < 0)
			sbx_die("cannot install the seccomp filter: %s", strerror(-listener));
		if (sbx_sync_send_fd(sock, SBX_SYNC_LISTENER, listener) < 0)
			sbx_die_errno("sending the seccomp listener to sbx");
		wait_ack(sock);
		/*
		 * The listener must not survive: with it the program could
		 * answer its own notifications.
		 */
		close(listener);
		close_range(3, ~0U, 0);
	} else {
		close_range(3, ~0U, 0);
		assert_fds_proc(-1);
	}
	assert_fds_scan(limit);

	/*
	 * With a '/' in prog execvp(3) does not search PATH, but still runs a
	 * script without a #! line with /bin/sh (on ENOEXEC), as shells do.
	 */
	execvp(prog, cfg->argv);
	int err = errno;
	fprintf(stderr, "sbx: %s: %s\n", cfg->argv[0], strerror(err));
	_exit(err == ENOENT ? SBX_EXIT_NOTFOUND : SBX_EXIT_NOEXEC);
}
