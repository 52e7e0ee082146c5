/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Per-call costs, native and under sbx, with the floors measured in the same
 * run so that the ratios mean something on a noisy machine:
 *
 *   getpid                 native, no filter
 *   getpid + min filter    a seccomp filter that allows by number only (the
 *                          floor every seccomp sandbox pays)
 *   notify round trip      one SECCOMP_RET_USER_NOTIF round trip to a trivial
 *                          supervisor thread (the floor of a sentry call)
 *   getpid under sbx       the in-kernel path
 *   syscall 500 under sbx  the cheapest sentry call (dispatch, ENOSYS reply)
 *   sysinfo under sbx      a sentry handler doing real work
 *   path calls             stat, openat+close and a getdents64 walk of a
 *                          directory, native and under sbx
 *   sbx run /bin/true      end to end, against /bin/true alone, and with a
 *                          cgroup limit (--pids 4096)
 *
 * Usage: syscall_bench SBX [ITERATIONS]. The under-sbx figures come from this
 * same binary re-run as `SBX run -- syscall_bench --inner N`.
 * Each figure is the median of 5 repetitions.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <seccomp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define REPS 5

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(double), cmp_double);
	return v[n / 2];
}

typedef void (*loop_fn)(long n);

static void loop_getpid(long n)
{
	for (long i = 0; i < n; i++)
		syscall(SYS_getpid);
}

static void loop_sysinfo(long n)
{
	struct sysinfo si;
	for (long i = 0; i < n; i++)
		syscall(SYS_sysinfo, &si);
}

/* An undefined number: the sentry answers ENOSYS, so this is pure dispatch cost. */
static void loop_unknown(long n)
{
	for (long i = 0; i < n; i++)
		syscall(500);
}

static void loop_open_close(long n)
{
	for (long i = 0; i < n; i++) {
		int fd = (int)syscall(SYS_openat, AT_FDCWD, "/etc/hostname", O_RDONLY | O_CLOEXEC);
		if (fd >= 0)
			syscall(SYS_close, fd);
	}
}

static void loop_stat(long n)
{
	struct stat st;
	for (long i = 0; i < n; i++)
		syscall(SYS_newfstatat, AT_FDCWD, "/etc/hostname", &st, 0);
}

/* Open a directory of a few hundred entries, read all of them, close it. */
static void loop_getdents(long n)
{
	char buf[32768];
	for (long i = 0; i < n; i++) {
		int fd = (int)syscall(SYS_openat, AT_FDCWD, "/usr/include",
				      O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd < 0)
			continue;
		while (syscall(SYS_getdents64, fd, buf, sizeof(buf)) > 0)
			;
		syscall(SYS_close, fd);
	}
}

/* The path calls: name in the inner output, label, loop, iterations divisor. */
static const struct {
	const char *name, *label;
	loop_fn f;
	long div;
} path_loops[] = {
	{"stat", "stat", loop_stat, 10},
	{"openat", "openat+close", loop_open_close, 10},
	{"getdents", "getdents64 of /usr/include", loop_getdents, 1000},
};
#define NPATH (sizeof(path_loops) / sizeof(path_loops[0]))

static void loop_getppid(long n)
{
	for (long i = 0; i < n; i++)
		syscall(SYS_getppid);
}

static double per_call(loop_fn f, long n)
{
	double v[REPS];
	f(n / 10); /* warm up */
	for (int r = 0; r < REPS; r++) {
		double t0 = now_ns();
		f(n);
		v[r] = (now_ns() - t0) / (double)n;
	}
	return median(v, REPS);
}

/* Run f in a child under a filter built by setup; the child reports ns/call. */
static double in_child(int (*setup)(void), loop_fn f, long n)
{
	int p[2];
	if (pipe(p) < 0)
		return -1;
	pid_t pid = fork();
	if (pid == 0) {
		close(p[0]);
		double r = -1;
		if (setup() == 0)
			r = per_call(f, n);
		(void)!write(p[1], &r, sizeof(r));
		_exit(0);
	}
	close(p[1]);
	double r = -1;
	if (read(p[0], &r, sizeof(r)) != sizeof(r))
		r = -1;
	close(p[0]);
	waitpid(pid, NULL, 0);
	return r;
}

static int min_filter(void)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
	if (!ctx)
		return -1;
	/* A few rules on the number only, so the filter is not empty. */
	int r = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(io_uring_setup), 0);
	r = r ? r : seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(kexec_load), 0);
	r = r ? r : seccomp_load(ctx);
	seccomp_release(ctx);
	return r;
}

static int notify_fd = -1;

static void *supervisor(void *arg)
{
	(void)arg;
	struct seccomp_notif req;
	struct seccomp_notif_resp resp;
	for (;;) {
		memset(&req, 0, sizeof(req));
		if (ioctl(notify_fd, SECCOMP_IOCTL_NOTIF_RECV, &req) < 0) {
			if (errno == EINTR || errno == ENOENT)
				continue;
			return NULL;
		}
		memset(&resp, 0, sizeof(resp));
		resp.id = req.id;
		resp.val = 0;
		ioctl(notify_fd, SECCOMP_IOCTL_NOTIF_SEND, &resp);
	}
}

#ifndef SECCOMP_IOCTL_NOTIF_SET_FLAGS
#define SECCOMP_IOCTL_NOTIF_SET_FLAGS SECCOMP_IOW(4, __u64)
#endif

/* The raw round trip: getppid notified to a supervisor thread of the same process. */
static int notify_filter(void)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
	if (!ctx)
		return -1;
	int r = seccomp_rule_add(ctx, SCMP_ACT_NOTIFY, SCMP_SYS(getppid), 0);
	r = r ? r : seccomp_load(ctx);
	if (r == 0)
		notify_fd = seccomp_notify_fd(ctx);
	seccomp_release(ctx);
	if (notify_fd < 0)
		return -1;
	(void)ioctl(notify_fd, SECCOMP_IOCTL_NOTIF_SET_FLAGS, 1UL, 0);
	pthread_t th;
	return pthread_create(&th, NULL, supervisor, NULL) ? -1 : 0;
}

static double run_ms(char *const argv[], int reps)
{
	double v[REPS * 4];
	if (reps > REPS * 4)
		reps = REPS * 4;
	for (int r = 0; r < reps; r++) {
		double t0 = now_ns();
		pid_t pid = fork();
		if (pid == 0) {
			int null = open("/dev/null", O_WRONLY);
			dup2(null, 1);
			dup2(null, 2);
			execv(argv[0], argv);
			_exit(127);
		}
		int st;
		waitpid(pid, &st, 0);
		v[r] = (now_ns() - t0) / 1e6;
		if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
			return -1;
	}
	return median(v, reps);
}

/* Under sbx: print the inner figures as "name value" lines. */
static int inner(long n)
{
	printf("getpid %.1f\n", per_call(loop_getpid, n));
	printf("unknown %.1f\n", per_call(loop_unknown, n / 10));
	printf("sysinfo %.1f\n", per_call(loop_sysinfo, n / 100));
	for (size_t i = 0; i < NPATH; i++)
		printf("%s %.1f\n", path_loops[i].name, per_call(path_loops[i].f, n / path_loops[i].div));
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--inner") == 0)
		return inner(atol(argv[2]));
	if (argc < 2) {
		fprintf(stderr, "usage: syscall_bench SBX [ITERATIONS]\n");
		return 2;
	}
	const char *sbx = argv[1];
	long n = argc > 2 ? atol(argv[2]) : 200000;

	double native = per_call(loop_getpid, n);
	double native_path[NPATH], s_path[NPATH];
	for (size_t i = 0; i < NPATH; i++) {
		native_path[i] = per_call(path_loops[i].f, n / path_loops[i].div);
		s_path[i] = -1;
	}
	double floor_filter = in_child(min_filter, loop_getpid, n);
	double floor_notify = in_child(notify_filter, loop_getppid, n / 10);

	char nbuf[32];
	snprintf(nbuf, sizeof(nbuf), "%ld", n);
	char self[4096];
	ssize_t l = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (l < 0)
		return 1;
	self[l] = '\0';
	char cmd[8192];
	snprintf(cmd, sizeof(cmd), "'%s' run -- '%s' --inner %s", sbx, self, nbuf);
	FILE *f = popen(cmd, "r");
	double s_getpid = -1, s_sysinfo = -1, s_unknown = -1;
	char name[32];
	double val;
	while (f && fscanf(f, "%31s %lf", name, &val) == 2) {
		if (!strcmp(name, "getpid"))
			s_getpid = val;
		else if (!strcmp(name, "unknown"))
			s_unknown = val;
		else if (!strcmp(name, "sysinfo"))
			s_sysinfo = val;
		for (size_t i = 0; i < NPATH; i++)
			if (!strcmp(name, path_loops[i].name))
				s_path[i] = val;
	}
	if (!f || pclose(f) != 0 || s_getpid < 0) {
		fprintf(stderr, "syscall_bench: running under %s failed\n", sbx);
		return 1;
	}
	/*
	 * The path loops' native figures are taken before and after the sbx
	 * run and averaged, so that drift of this noisy machine during the run
	 * reaches both sides alike.
	 */
	for (size_t i = 0; i < NPATH; i++)
		native_path[i] =
			(native_path[i] + per_call(path_loops[i].f, n / path_loops[i].div)) / 2;
	char *true_argv[] = {"/bin/true", NULL};
	char *sbx_argv[] = {(char *)sbx, "run", "--", "/bin/true", NULL};
	char *cgroup_argv[] = {(char *)sbx, "run", "--pids", "4096", "--", "/bin/true", NULL};
	double t_native = run_ms(true_argv, 20);
	double t_sbx = run_ms(sbx_argv, 20);
	double t_cgroup = run_ms(cgroup_argv, 20);

	printf("sbx benchmark: median of %d repetitions, %ld iterations (notified, stat, openat: "
	       "%ld; getdents64: %ld)\n",
	       REPS, n, n / 10, n / 1000);
	printf("%-38s %12s %10s\n", "path", "per call", "ratio");
	printf("%-38s %9.1f ns %10s\n", "getpid, native", native, "1.00x");
	printf("%-38s %9.1f ns %9.2fx native\n", "getpid, minimal filter (floor)", floor_filter,
	       floor_filter / native);
	printf("%-38s %9.1f ns %9.2fx native, %.2fx floor (target <= 1.10x)\n", "getpid, under sbx",
	       s_getpid, s_getpid / native, s_getpid / floor_filter);
	printf("%-38s %9.1f ns %9.2fx native\n", "notify round trip (floor)", floor_notify,
	       floor_notify / native);
	printf("%-38s %9.1f ns %9.2fx floor (target <= 1.50x)\n", "syscall 500, under sbx (sentry)",
	       s_unknown, s_unknown / floor_notify);
	printf("%-38s %9.1f ns %9.2fx floor\n", "sysinfo, under sbx (sentry)", s_sysinfo,
	       s_sysinfo / floor_notify);
	for (size_t i = 0; i < NPATH; i++) {
		char label[64];
		snprintf(label, sizeof(label), "%s, native", path_loops[i].label);
		printf("%-38s %9.1f ns %10s\n", label, native_path[i], "1.00x");
		snprintf(label, sizeof(label), "%s, under sbx", path_loops[i].label);
		printf("%-38s %9.1f ns %9.2fx native\n", label, s_path[i], s_path[i] / native_path[i]);
	}
	printf("%-38s %9.2f ms %10s\n", "/bin/true, native", t_native, "1.00x");
	printf("%-38s %9.2f ms %9.2fx native (target <= 10 ms)\n", "sbx run /bin/true", t_sbx,
	       t_sbx / t_native);
	printf("%-38s %9.2f ms %9.2fx native\n", "sbx run --pids 4096 /bin/true (cgroup)",
	       t_cgroup, t_cgroup / t_native);
	return 0;
}
