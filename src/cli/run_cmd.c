/* SPDX-License-Identifier: Apache-2.0 */
/*
 * `sbx run` and `sbx trace`: parse the options into a launcher configuration,
 * then launch the program with the guest filter installed and the sentry
 * answering its notifications.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "common/util.h"
#include "launcher/launcher.h"
#include "launcher/seccomp_load.h"
#include "sentry/sentry.h"
#include "vfs/vfs.h"

static const char run_options[] =
	"  --rootfs DIR          use DIR as the root, copy-on-write: DIR is never written and\n"
	"                        writes are discarded at exit (default: the host root, read-only)\n"
	"  --persist DIR         with --rootfs: keep the writes in DIR (created if missing) and\n"
	"                        see them again in the next run with the same DIR\n"
	"  --bind SRC[:DST]      bind host path SRC at DST (default SRC), read-write\n"
	"  --ro-bind SRC[:DST]   the same, read-only\n"
	"  --tmpfs DST           an empty tmpfs at DST\n"
	"  -w, --chdir DIR       working directory inside the sandbox\n"
	"  -e, --env K=V         set an environment variable\n"
	"  --clear-env           start from an empty environment (PATH is set)\n"
	"  --hostname NAME       the sandbox's host name (default: sbx)\n"
	"  --uid N, --gid N      user and group ids inside the sandbox (default: 0)\n"
	"  --net=none|host       own network namespace with loopback (default), or the host's\n"
	"  --trace[=FILE]        one line per call the sentry handles or refuses (default: stderr)\n"
	"  --as-pid-1            run PROG as PID 1 instead of under sbx's init\n"
	"  --memory SIZE         limit the sandbox's memory (SIZE in bytes, or with k, m, g)\n"
	"  --pids N              limit the sandbox to N processes and threads, a cgroup limit\n"
	"                        (default: 4096 per user of the sandbox, RLIMIT_NPROC; 0: none)\n"
	"  --cpus N              limit the sandbox to N CPUs' worth of time (0.5, 2...)\n"
	"  -q, -v                quieter, more verbose\n"
	"\n"
	"Exit status: PROG's; 128+N if signal N killed it; 125 if sbx failed;\n"
	"126 if PROG is not executable; 127 if it was not found.\n";

void sbx_usage_run(void)
{
	printf("Usage: sbx run [OPTIONS] [--] PROG [ARGS...]\n\nRun PROG in a new sandbox.\n\n%s",
	       run_options);
}

void sbx_usage_trace(void)
{
	printf("Usage: sbx trace [OPTIONS] [--] PROG [ARGS...]\n\n"
	       "As sbx run --trace: run PROG and print, on stderr or --trace=FILE, every call\n"
	       "the sentry handles or refuses.\n\n%s",
	       run_options);
}

struct run_state {
	bool trace;
	struct sbx_sandbox sandbox;
	struct sbx_sentry_opts sentry;
};

static int install_filter(void *arg)
{
	struct run_state *st = arg;
	return sbx_seccomp_install_guest(st->trace);
}

static int start_sentry(int listener, struct sbx_proc_files files, pid_t init_pid, void *arg)
{
	struct run_state *st = arg;
	st->sandbox.init_pid = init_pid;
	st->sentry.listener = listener;
	st->sentry.sandbox = &st->sandbox;
	int r = sbx_vfs_procfs_start(&st->sandbox, files.loadavg, files.meminfo);
	if (r < 0) {
		sbx_log(0, "cannot start the sandbox's /proc files: %s", strerror(-r));
		return r;
	}
	r = sbx_sentry_drop_privileges();
	if (r < 0) {
		sbx_log(0, "cannot drop the sentry's privileges: %s", strerror(-r));
		return r;
	}
	r = sbx_sentry_start(&st->sentry);
	if (r < 0) {
		errno = -r;
		sbx_log(0, "cannot start the sentry: %s", strerror(-r));
		return r;
	}
	r = sbx_host_filter_install();
	if (r < 0) {
		sbx_log(0, "cannot confine the sentry: %s", strerror(-r));
		return r;
	}
	return 0;
}

static int parse_id(const char *opt, const char *s, unsigned *out)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (!*s || *end || errno || v > 65535 || s[0] == '-') {
		fprintf(stderr, "sbx: %s %s: expected a number 0..65535\n", opt, s);
		return -1;
	}
	*out = (unsigned)v;
	return 0;
}

/* --memory SIZE[k|m|g], --pids N, --cpus N[.N]: into cfg, or -1 after saying why. */
static int parse_limit(const char *opt, const char *s, struct sbx_config *cfg)
{
	char *end;
	errno = 0;
	if (!strcmp(opt, "--cpus")) {
		double v = strtod(s, &end);
		if (!*s || *end || errno || !(v >= 0.01 && v <= 4096)) {
			fprintf(stderr, "sbx: --cpus %s: expected a number of CPUs from 0.01 to 4096\n", s);
			return -1;
		}
		cfg->cpu_millis = (unsigned)(v * 1000 + 0.5);
		return 0;
	}
	unsigned long long v = strtoull(s, &end, 10);
	if (!*s || s[0] == '-' || errno || end == s) {
		fprintf(stderr, "sbx: %s %s: expected a number\n", opt, s);
		return -1;
	}
	if (!strcmp(opt, "--pids")) {
		if (*end || v > 4194304) {
			fprintf(stderr, "sbx: --pids %s: expected 0 (no limit) to 4194304\n", s);
			return -1;
		}
		cfg->pids = (int)v;
		return 0;
	}
	unsigned shift = 0;
	if (*end && !end[1] && strchr("kKmMgG", *end))
		shift = *end == 'k' || *end == 'K' ? 10 : *end == 'm' || *end == 'M' ? 20 : 30;
	else if (*end) {
		fprintf(stderr, "sbx: --memory %s: expected bytes, or a number with k, m or g\n", s);
		return -1;
	}
	/* Below a few MiB nothing starts; the kernel would OOM-kill the init at once. */
	if (v > (1ULL << 50) >> shift || (v << shift) < (4ULL << 20)) {
		fprintf(stderr, "sbx: --memory %s: expected 4m or more\n", s);
		return -1;
	}
	cfg->memory = v << shift;
	return 0;
}

static int add_mount(struct sbx_config *c, enum sbx_mount_kind kind, char *spec)
{
	struct sbx_mount *m = realloc(c->mounts, (c->nmounts + 1) * sizeof(*m));
	if (!m)
		sbx_die("out of memory");
	c->mounts = m;
	m += c->nmounts++;
	m->kind = kind;
	if (kind == SBX_MOUNT_TMPFS) {
		m->src = NULL;
		m->dst = spec;
		return 0;
	}
	char *colon = strchr(spec, ':');
	if (colon) {
		*colon = '\0';
		m->dst = colon + 1;
	} else {
		m->dst = spec;
	}
	m->src = spec;
	if (!*m->src || !*m->dst) {
		fprintf(stderr, "sbx: %s: expected SRC[:DST]\n",
			kind == SBX_MOUNT_BIND ? "--bind" : "--ro-bind");
		return -1;
	}
	return 0;
}

int sbx_cmd_run(int argc, char **argv, int trace_default)
{
	enum { O_ROOTFS = 256, O_BIND, O_RO_BIND, O_TMPFS, O_CLEAR_ENV, O_HOSTNAME, O_UID, O_GID,
	       O_NET, O_TRACE, O_PID1, O_PERSIST, O_MEMORY, O_PIDS, O_CPUS };
	static const struct option opts[] = {
		{"rootfs", required_argument, NULL, O_ROOTFS},
		{"persist", required_argument, NULL, O_PERSIST},
		{"memory", required_argument, NULL, O_MEMORY},
		{"pids", required_argument, NULL, O_PIDS},
		{"cpus", required_argument, NULL, O_CPUS},
		{"bind", required_argument, NULL, O_BIND},
		{"ro-bind", required_argument, NULL, O_RO_BIND},
		{"tmpfs", required_argument, NULL, O_TMPFS},
		{"chdir", required_argument, NULL, 'w'},
		{"env", required_argument, NULL, 'e'},
		{"clear-env", no_argument, NULL, O_CLEAR_ENV},
		{"hostname", required_argument, NULL, O_HOSTNAME},
		{"uid", required_argument, NULL, O_UID},
		{"gid", required_argument, NULL, O_GID},
		{"net", required_argument, NULL, O_NET},
		{"trace", optional_argument, NULL, O_TRACE},
		{"as-pid-1", no_argument, NULL, O_PID1},
		{"quiet", no_argument, NULL, 'q'},
		{"verbose", no_argument, NULL, 'v'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct sbx_config cfg = {.hostname = "sbx", .tty_fd = -1, .pids = -1};
	static struct run_state st;
	const char *trace_file = trace_default ? "-" : NULL;
	int c;
	unsigned id;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+w:e:qvh", opts, NULL)) != -1) {
		switch (c) {
		case O_ROOTFS:
			cfg.rootfs = optarg;
			break;
		case O_PERSIST:
			cfg.persist = optarg;
			break;
		case O_MEMORY:
		case O_PIDS:
		case O_CPUS:
			if (parse_limit(c == O_MEMORY ? "--memory" : c == O_PIDS ? "--pids" : "--cpus",
					optarg, &cfg))
				return SBX_EXIT_FAILURE;
			break;
		case O_BIND:
		case O_RO_BIND:
			if (add_mount(&cfg, c == O_BIND ? SBX_MOUNT_BIND : SBX_MOUNT_RO_BIND, optarg))
				return SBX_EXIT_FAILURE;
			break;
		case O_TMPFS:
			add_mount(&cfg, SBX_MOUNT_TMPFS, optarg);
			break;
		case 'w':
			cfg.workdir = optarg;
			break;
		case 'e':
			cfg.env_set = realloc(cfg.env_set, (cfg.nenv_set + 1) * sizeof(char *));
			if (!cfg.env_set)
				sbx_die("out of memory");
			cfg.env_set[cfg.nenv_set++] = optarg;
			break;
		case O_CLEAR_ENV:
			cfg.clear_env = true;
			break;
		case O_HOSTNAME:
			if (!*optarg || strlen(optarg) > 64) {
				fprintf(stderr, "sbx: --hostname '%s': expected 1 to 64 characters\n",
					optarg);
				return SBX_EXIT_FAILURE;
			}
			cfg.hostname = optarg;
			break;
		case O_UID:
		case O_GID:
			if (parse_id(c == O_UID ? "--uid" : "--gid", optarg, &id))
				return SBX_EXIT_FAILURE;
			if (c == O_UID)
				cfg.uid = id;
			else
				cfg.gid = id;
			break;
		case O_NET:
			if (strcmp(optarg, "none") == 0)
				cfg.net_host = false;
			else if (strcmp(optarg, "host") == 0)
				cfg.net_host = true;
			else {
				fprintf(stderr, "sbx: --net=%s: expected none or host\n", optarg);
				return SBX_EXIT_FAILURE;
			}
			break;
		case O_TRACE:
			trace_file = optarg ? optarg : "-";
			break;
		case O_PID1:
			cfg.as_pid1 = true;
			break;
		case 'q':
			sbx_verbosity = 0;
			break;
		case 'v':
			sbx_verbosity = 2;
			break;
		case 'h':
			if (trace_default)
				sbx_usage_trace();
			else
				sbx_usage_run();
			return 0;
		default:
			if (optopt && optopt != '?')
				fprintf(stderr, "sbx: run: option '%s' needs a value\n", argv[optind - 1]);
			else
				fprintf(stderr, "sbx: run: unknown option '%s' (try 'sbx help run')\n",
					argv[optind - 1]);
			return SBX_EXIT_FAILURE;
		}
	}
	cfg.argv = argv + optind;
	if (sbx_config_check(&cfg) < 0)
		return SBX_EXIT_FAILURE;
	st.sentry.trace_fd = -1;
	if (trace_file) {
		st.trace = true;
		if (strcmp(trace_file, "-") == 0)
			st.sentry.trace_fd = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
		else
			st.sentry.trace_fd =
				open(trace_file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
		if (st.sentry.trace_fd < 0) {
			fprintf(stderr, "sbx: --trace=%s: %s\n", trace_file, strerror(errno));
			return SBX_EXIT_FAILURE;
		}
	}
	st.sandbox.hostname = cfg.hostname;
	clock_gettime(CLOCK_BOOTTIME, &st.sandbox.start);
	int status = sbx_launch(&cfg, install_filter, start_sentry, &st);
	if (st.sentry.listener > 0)
		sbx_sentry_quiesce();
	return status;
}
