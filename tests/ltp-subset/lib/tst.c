/* SPDX-License-Identifier: Apache-2.0 */
/*
 * tst.c - implementation of the sbx conformance-test library (see tst.h):
 * result reporting and counters, the fork-and-wait harness with its timeout,
 * the private temporary directory, errno/signal name tables and the SAFE_*
 * wrappers.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "tst.h"

#include <ftw.h>
#include <grp.h>
#include <limits.h>
#include <stdarg.h>
#include <sys/utsname.h>

struct tst_results {
	int passed, failed, broken, skipped, warnings;
};

static struct tst_results *results;
static struct tst_results local_results;
static struct tst_test *cur_test;
static pid_t test_pid;		/* the process running setup/test/cleanup */
static int cleanup_done;
static char tmpdir_path[PATH_MAX];
static pid_t tmpdir_owner;
static volatile sig_atomic_t timed_out;

const char *tst_exe_path = "";
int tst_argc;
char **tst_argv;
long TST_RET;
int TST_ERR;
int TST_PASS;

/* Our own errno name table (no strerror: text differs across libcs). */
#define E(x) { x, #x }
static const struct { int num; const char *name; } errno_names[] = {
	E(EPERM), E(ENOENT), E(ESRCH), E(EINTR), E(EIO), E(ENXIO), E(E2BIG),
	E(ENOEXEC), E(EBADF), E(ECHILD), E(EAGAIN), E(ENOMEM), E(EACCES),
	E(EFAULT), E(ENOTBLK), E(EBUSY), E(EEXIST), E(EXDEV), E(ENODEV),
	E(ENOTDIR), E(EISDIR), E(EINVAL), E(ENFILE), E(EMFILE), E(ENOTTY),
	E(ETXTBSY), E(EFBIG), E(ENOSPC), E(ESPIPE), E(EROFS), E(EMLINK),
	E(EPIPE), E(EDOM), E(ERANGE), E(EDEADLK), E(ENAMETOOLONG), E(ENOLCK),
	E(ENOSYS), E(ENOTEMPTY), E(ELOOP), E(ENOMSG), E(EIDRM), E(ENOSTR),
	E(ENODATA), E(ETIME), E(EOVERFLOW), E(EBADFD), E(EILSEQ), E(EUSERS),
	E(ENOTSOCK), E(EDESTADDRREQ), E(EMSGSIZE), E(EPROTOTYPE),
	E(ENOPROTOOPT), E(EPROTONOSUPPORT), E(EOPNOTSUPP), E(EAFNOSUPPORT),
	E(EADDRINUSE), E(EADDRNOTAVAIL), E(ENETDOWN), E(ENETUNREACH),
	E(ECONNABORTED), E(ECONNRESET), E(ENOBUFS), E(EISCONN), E(ENOTCONN),
	E(ETIMEDOUT), E(ECONNREFUSED), E(EHOSTUNREACH), E(EALREADY),
	E(EINPROGRESS), E(ESTALE), E(EDQUOT), E(ECANCELED), E(EOWNERDEAD),
	E(ENOTRECOVERABLE), E(ERFKILL),
	{ 512, "ERESTARTSYS" }, { 513, "ERESTARTNOINTR" },
	{ 514, "ERESTARTNOHAND" }, { 516, "ERESTART_RESTARTBLOCK" },
	{ 524, "ENOTSUPP" },
};

#define S(x) { x, #x }
static const struct { int num; const char *name; } sig_names[] = {
	S(SIGHUP), S(SIGINT), S(SIGQUIT), S(SIGILL), S(SIGTRAP), S(SIGABRT),
	S(SIGBUS), S(SIGFPE), S(SIGKILL), S(SIGUSR1), S(SIGSEGV), S(SIGUSR2),
	S(SIGPIPE), S(SIGALRM), S(SIGTERM), S(SIGSTKFLT), S(SIGCHLD),
	S(SIGCONT), S(SIGSTOP), S(SIGTSTP), S(SIGTTIN), S(SIGTTOU), S(SIGURG),
	S(SIGXCPU), S(SIGXFSZ), S(SIGVTALRM), S(SIGPROF), S(SIGWINCH),
	S(SIGIO), S(SIGPWR), S(SIGSYS),
};

const char *tst_errno_name(int err)
{
	for (size_t i = 0; i < ARRAY_SIZE(errno_names); i++)
		if (errno_names[i].num == err)
			return errno_names[i].name;
	return err == 0 ? "SUCCESS" : "E???";
}

const char *tst_sig_name(int sig)
{
	static char buf[16];

	for (size_t i = 0; i < ARRAY_SIZE(sig_names); i++)
		if (sig_names[i].num == sig)
			return sig_names[i].name;
	snprintf(buf, sizeof(buf), "SIG%d", sig);
	return buf;
}

const char *tst_strstatus(int status)
{
	static char buf[64];

	if (WIFEXITED(status))
		snprintf(buf, sizeof(buf), "exited with %d", WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		snprintf(buf, sizeof(buf), "killed by %s",
			 tst_sig_name(WTERMSIG(status)));
	else if (WIFSTOPPED(status))
		snprintf(buf, sizeof(buf), "stopped by %s",
			 tst_sig_name(WSTOPSIG(status)));
	else
		snprintf(buf, sizeof(buf), "invalid status 0x%x", status);
	return buf;
}

static const char *type_name(int ttype)
{
	switch (ttype & 0xff) {
	case TPASS: return "TPASS";
	case TFAIL: return "TFAIL";
	case TBROK: return "TBROK";
	case TWARN: return "TWARN";
	case TINFO: return "TINFO";
	case TCONF: return "TCONF";
	default: return "T???";
	}
}

static void count(int ttype)
{
	struct tst_results *r = results ? results : &local_results;
	int *c = NULL;

	switch (ttype & 0xff) {
	case TPASS: c = &r->passed; break;
	case TFAIL: c = &r->failed; break;
	case TBROK: c = &r->broken; break;
	case TWARN: c = &r->warnings; break;
	case TCONF: c = &r->skipped; break;
	}
	if (c)
		__atomic_fetch_add(c, 1, __ATOMIC_SEQ_CST);
}

static void write_all(int fd, const char *buf, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, buf, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		buf += w;
		n -= (size_t)w;
	}
}

static void vres(const char *file, int line, int ttype, const char *fmt,
		 va_list ap)
{
	int saved_errno = errno;
	char buf[1024];
	const char *base = strrchr(file, '/');
	size_t n;

	base = base ? base + 1 : file;
	n = (size_t)snprintf(buf, sizeof(buf), "%s:%d: %s: ", base, line,
			     type_name(ttype));
	if (n < sizeof(buf))
		n += (size_t)vsnprintf(buf + n, sizeof(buf) - n, fmt, ap);
	if (n < sizeof(buf) && (ttype & (TERRNO | TTERRNO))) {
		int e = (ttype & TTERRNO) ? TST_ERR : saved_errno;

		n += (size_t)snprintf(buf + n, sizeof(buf) - n, ": %s (%d)",
				      tst_errno_name(e), e);
	}
	if (n >= sizeof(buf) - 1)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	write_all(STDOUT_FILENO, buf, n);
	count(ttype);
	errno = saved_errno;
}

void tst_res_(const char *file, int line, int ttype, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vres(file, line, ttype, fmt, ap);
	va_end(ap);
}

static void run_cleanup(void)
{
	if (cleanup_done || !cur_test || getpid() != test_pid)
		return;
	cleanup_done = 1;
	if (cur_test->cleanup)
		cur_test->cleanup();
}

void tst_brk_(const char *file, int line, int ttype, const char *fmt, ...)
{
	va_list ap;
	int t = ttype & 0xff;

	if (t != TCONF && t != TBROK)
		ttype = (ttype & ~0xff) | TBROK;
	va_start(ap, fmt);
	vres(file, line, ttype, fmt, ap);
	va_end(ap);
	if (test_pid && getpid() == test_pid) {
		run_cleanup();
		exit(ttype & 0xff);
	}
	if (test_pid)	/* a forked grandchild, or a child after vfork */
		_exit(ttype & 0xff);
	exit(ttype & 0xff);
}

void tst_exp_report_(const char *file, int line, int kind, long expected,
		     const char *call, const char *fmt, ...)
{
	char desc[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(desc, sizeof(desc), fmt, ap);
	va_end(ap);
	if (!desc[0])
		snprintf(desc, sizeof(desc), "%s", call);

	TST_PASS = 0;
	switch (kind) {
	case TST_EXP_KIND_PASS:
	case TST_EXP_KIND_POS:
	case TST_EXP_KIND_FD:
		if (TST_RET == -1) {
			tst_res_(file, line, TFAIL | TTERRNO, "%s failed", desc);
		} else if (kind == TST_EXP_KIND_PASS && TST_RET != 0) {
			tst_res_(file, line, TFAIL,
				 "%s returned %ld, expected 0", desc, TST_RET);
		} else if (TST_RET < 0) {
			tst_res_(file, line, TFAIL, "%s returned invalid %ld",
				 desc, TST_RET);
		} else {
			TST_PASS = 1;
			if (kind == TST_EXP_KIND_FD)
				tst_res_(file, line, TPASS, "%s returned fd %ld",
					 desc, TST_RET);
			else if (kind == TST_EXP_KIND_POS)
				tst_res_(file, line, TPASS, "%s returned %ld",
					 desc, TST_RET);
			else
				tst_res_(file, line, TPASS, "%s passed", desc);
		}
		break;
	case TST_EXP_KIND_VAL:
		if (TST_RET == expected) {
			TST_PASS = 1;
			tst_res_(file, line, TPASS, "%s returned %ld", desc,
				 TST_RET);
		} else if (TST_RET == -1) {
			tst_res_(file, line, TFAIL | TTERRNO,
				 "%s failed, expected %ld", desc, expected);
		} else {
			tst_res_(file, line, TFAIL, "%s returned %ld, expected %ld",
				 desc, TST_RET, expected);
		}
		break;
	case TST_EXP_KIND_FAIL:
		if (TST_RET == -1 && TST_ERR == (int)expected) {
			TST_PASS = 1;
			tst_res_(file, line, TPASS | TTERRNO, "%s", desc);
		} else if (TST_RET == -1) {
			tst_res_(file, line, TFAIL | TTERRNO,
				 "%s: expected %s, got", desc,
				 tst_errno_name((int)expected));
		} else {
			tst_res_(file, line, TFAIL,
				 "%s succeeded (returned %ld), expected %s",
				 desc, TST_RET, tst_errno_name((int)expected));
		}
		break;
	}
}

/* ---- temporary directory ---- */

static int rm_one(const char *path, const struct stat *sb, int flag,
		  struct FTW *ftw)
{
	(void)sb; (void)ftw;
	if (flag == FTW_DP || flag == FTW_D)
		rmdir(path);
	else
		unlink(path);
	return 0;
}

static void tmpdir_remove(void)
{
	if (!tmpdir_path[0] || getpid() != tmpdir_owner)
		return;
	if (chdir("/") < 0) {
		/* ignore; nftw uses absolute paths */
	}
	nftw(tmpdir_path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	tmpdir_path[0] = '\0';
}

const char *tst_tmpdir(void)
{
	const char *base = getenv("TMPDIR");

	if (tmpdir_path[0])
		return tmpdir_path;
	if (!base || base[0] != '/')
		base = "/tmp";
	snprintf(tmpdir_path, sizeof(tmpdir_path), "%s/sbxltp.XXXXXX", base);
	if (!mkdtemp(tmpdir_path)) {
		tmpdir_path[0] = '\0';
		tst_brk(TBROK | TERRNO, "mkdtemp() under %s", base);
	}
	tmpdir_owner = getpid();
	atexit(tmpdir_remove);
	if (chdir(tmpdir_path) < 0)
		tst_brk(TBROK | TERRNO, "chdir(%s)", tmpdir_path);
	return tmpdir_path;
}

void tst_require_root(void)
{
	if (geteuid() != 0)
		tst_brk(TCONF, "test requires root (euid is %d)", (int)geteuid());
}

/* ---- children ---- */

void tst_reap_children_(const char *file, int line)
{
	int status;
	pid_t pid;

	for (;;) {
		pid = waitpid(-1, &status, 0);
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			if (errno != ECHILD)
				tst_brk_(file, line, TBROK | TERRNO, "waitpid(-1)");
			return;
		}
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
			tst_res_(file, line, TBROK, "child %d %s", (int)pid,
				 tst_strstatus(status));
	}
}

int tst_check_child_exit_(const char *file, int line, pid_t pid, int code,
			  const char *what)
{
	int status;

	if (safe_waitpid_(file, line, pid, &status, 0) != pid)
		tst_brk_(file, line, TBROK, "waitpid returned wrong pid");
	if (WIFEXITED(status) && WEXITSTATUS(status) == code)
		tst_res_(file, line, TPASS, "%s: child exited with %d", what, code);
	else
		tst_res_(file, line, TFAIL, "%s: child %s, expected exit %d",
			 what, tst_strstatus(status), code);
	return status;
}

int tst_kvercmp(int a, int b, int c)
{
	struct utsname u;
	int x = 0, y = 0, z = 0;

	if (uname(&u) < 0)
		tst_brk(TBROK | TERRNO, "uname");
	sscanf(u.release, "%d.%d.%d", &x, &y, &z);
	if (x != a)
		return x - a;
	if (y != b)
		return y - b;
	return z - c;
}

void tst_write_file(const char *path, const char *content)
{
	int fd = SAFE_OPEN(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	SAFE_WRITE(fd, content, strlen(content));
	SAFE_CLOSE(fd);
}

void *tst_bad_addr(void)
{
	static void *bad;

	if (!bad) {
		bad = SAFE_MMAP(NULL, 4096, PROT_NONE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		SAFE_MUNMAP(bad, 4096);
	}
	return bad;
}

/* ---- harness ---- */

static void on_alarm(int sig)
{
	(void)sig;
	timed_out = 1;
}

static int get_timeout(const struct tst_test *t)
{
	const char *env = getenv("TST_TIMEOUT");
	int v = t->timeout > 0 ? t->timeout : 30;

	if (env && *env) {
		char *end;
		long e = strtol(env, &end, 10);

		if (*end == '\0' && e > 0 && e < 100000)
			v = (int)e;
	}
	return v;
}

static void run_test(struct tst_test *t)
{
	test_pid = getpid();
	if (t->setup)
		t->setup();
	if (t->test) {
		for (unsigned int i = 0; i < t->tcnt; i++)
			t->test(i);
	} else if (t->test_all) {
		t->test_all();
	} else {
		tst_res(TBROK, "struct tst_test has neither .test nor .test_all");
	}
	run_cleanup();
	exit(0);
}

static void resolve_exe(const char *argv0)
{
	static char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);

	if (n > 0) {
		buf[n] = '\0';
		tst_exe_path = buf;
		return;
	}
	if (argv0 && realpath(argv0, buf))
		tst_exe_path = buf;
}

void tst_main(struct tst_test *t, int argc, char **argv)
{
	struct sigaction sa;
	int status, timeout, ret = 0;
	pid_t pid;

	tst_argc = argc;
	tst_argv = argv;
	cur_test = t;
	resolve_exe(argc > 0 ? argv[0] : NULL);

	results = mmap(NULL, sizeof(*results), PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (results == MAP_FAILED) {
		results = NULL;
		tst_brk(TBROK | TERRNO, "mmap(MAP_SHARED) for result counters");
	}
	memset(results, 0, sizeof(*results));

	if (t->needs_root && geteuid() != 0) {
		tst_res(TCONF, "test requires root (euid is %d)",
			(int)geteuid());
		goto summary;
	}
	if (t->needs_tmpdir)
		tst_tmpdir();

	timeout = get_timeout(t);
	pid = fork();
	if (pid < 0)
		tst_brk(TBROK | TERRNO, "fork() for the test process");
	if (pid == 0)
		run_test(t);	/* never returns */

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;	/* no SA_RESTART: waitpid gets EINTR */
	sigaction(SIGALRM, &sa, NULL);
	alarm((unsigned int)timeout);
	for (;;) {
		pid_t w = waitpid(pid, &status, 0);

		if (w == pid)
			break;
		if (w < 0 && errno == EINTR && timed_out) {
			tst_res(TBROK, "test timed out after %d s "
				"(set TST_TIMEOUT to change), killing it",
				timeout);
			kill(pid, SIGKILL);
			timed_out = 0;
			alarm(0);
			continue;
		}
		if (w < 0 && errno != EINTR) {
			tst_res(TBROK | TERRNO, "waitpid(test process)");
			break;
		}
	}
	alarm(0);
	if (WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL)
		tst_res(TBROK, "test process %s", tst_strstatus(status));
	else if (WIFEXITED(status) && WEXITSTATUS(status) != 0 &&
		 !results->broken && !results->failed && !results->skipped)
		tst_res(TBROK, "test process %s", tst_strstatus(status));

summary:
	tmpdir_remove();
	{
		char buf[160];
		int n = snprintf(buf, sizeof(buf),
			"Summary: passed %d failed %d broken %d skipped %d "
			"warnings %d\n",
			results ? results->passed : 0,
			results ? results->failed : 0,
			results ? results->broken : 0,
			results ? results->skipped : 0,
			results ? results->warnings : 0);
		write_all(STDOUT_FILENO, buf, (size_t)n);
	}
	if (results->failed)
		ret |= TFAIL;
	if (results->broken)
		ret |= TBROK;
	if (results->warnings)
		ret |= TWARN;
	if (results->skipped && !results->passed)
		ret |= TCONF;
	exit(ret);
}

/* ---- SAFE_* ---- */

#define BRK(...) tst_brk_(f, l, TBROK | TERRNO, __VA_ARGS__)

int safe_open_(const char *f, int l, const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;
	int fd;

	va_start(ap, flags);
	mode = (mode_t)va_arg(ap, int);
	va_end(ap);
	fd = open(path, flags, mode);
	if (fd < 0)
		BRK("open(%s, 0x%x, 0%o)", path, flags, (unsigned)mode);
	return fd;
}

int safe_close_(const char *f, int l, int fd)
{
	if (close(fd) < 0)
		BRK("close(%d)", fd);
	return 0;
}

ssize_t safe_write_(const char *f, int l, int fd, const void *buf, size_t n)
{
	ssize_t r = write(fd, buf, n);

	if (r < 0)
		BRK("write(%d, %zu)", fd, n);
	if ((size_t)r != n)
		tst_brk_(f, l, TBROK, "short write(%d): %zd of %zu", fd, r, n);
	return r;
}

ssize_t safe_read_(const char *f, int l, int full, int fd, void *buf, size_t n)
{
	ssize_t r = read(fd, buf, n);

	if (r < 0)
		BRK("read(%d, %zu)", fd, n);
	if (full && (size_t)r != n)
		tst_brk_(f, l, TBROK, "short read(%d): %zd of %zu", fd, r, n);
	return r;
}

int safe_pipe_(const char *f, int l, int fds[2])
{
	if (pipe(fds) < 0)
		BRK("pipe()");
	return 0;
}

int safe_pipe2_(const char *f, int l, int fds[2], int flags)
{
	if (pipe2(fds, flags) < 0)
		BRK("pipe2(0x%x)", flags);
	return 0;
}

pid_t safe_fork_(const char *f, int l)
{
	pid_t pid = fork();

	if (pid < 0)
		BRK("fork()");
	return pid;
}

pid_t safe_waitpid_(const char *f, int l, pid_t pid, int *status, int opts)
{
	pid_t r;

	do {
		r = waitpid(pid, status, opts);
	} while (r < 0 && errno == EINTR);
	if (r < 0)
		BRK("waitpid(%d)", (int)pid);
	return r;
}

void *safe_mmap_(const char *f, int l, void *addr, size_t len, int prot,
		 int flags, int fd, off_t off)
{
	void *p = mmap(addr, len, prot, flags, fd, off);

	if (p == MAP_FAILED)
		BRK("mmap(%p, %zu, 0x%x, 0x%x, %d, %lld)", addr, len, prot,
		    flags, fd, (long long)off);
	return p;
}

int safe_munmap_(const char *f, int l, void *addr, size_t len)
{
	if (munmap(addr, len) < 0)
		BRK("munmap(%p, %zu)", addr, len);
	return 0;
}

int safe_mkdir_(const char *f, int l, const char *path, mode_t mode)
{
	if (mkdir(path, mode) < 0)
		BRK("mkdir(%s, 0%o)", path, (unsigned)mode);
	return 0;
}

int safe_unlink_(const char *f, int l, const char *path)
{
	if (unlink(path) < 0)
		BRK("unlink(%s)", path);
	return 0;
}

int safe_dup_(const char *f, int l, int fd)
{
	int r = dup(fd);

	if (r < 0)
		BRK("dup(%d)", fd);
	return r;
}

int safe_dup2_(const char *f, int l, int fd, int fd2)
{
	int r = dup2(fd, fd2);

	if (r < 0)
		BRK("dup2(%d, %d)", fd, fd2);
	return r;
}

off_t safe_lseek_(const char *f, int l, int fd, off_t off, int whence)
{
	off_t r = lseek(fd, off, whence);

	if (r < 0)
		BRK("lseek(%d, %lld, %d)", fd, (long long)off, whence);
	return r;
}

int safe_ftruncate_(const char *f, int l, int fd, off_t len)
{
	if (ftruncate(fd, len) < 0)
		BRK("ftruncate(%d, %lld)", fd, (long long)len);
	return 0;
}

void *safe_malloc_(const char *f, int l, size_t n)
{
	void *p = malloc(n);

	if (!p)
		BRK("malloc(%zu)", n);
	return p;
}

int safe_sigaction_(const char *f, int l, int sig, const struct sigaction *sa,
		    struct sigaction *old)
{
	if (sigaction(sig, sa, old) < 0)
		BRK("sigaction(%s)", tst_sig_name(sig));
	return 0;
}

void (*safe_signal_(const char *f, int l, int sig, void (*h)(int)))(int)
{
	void (*r)(int) = signal(sig, h);

	if (r == SIG_ERR)
		BRK("signal(%s)", tst_sig_name(sig));
	return r;
}

int safe_sigprocmask_(const char *f, int l, int how, const sigset_t *set,
		      sigset_t *old)
{
	if (sigprocmask(how, set, old) < 0)
		BRK("sigprocmask(%d)", how);
	return 0;
}

int safe_kill_(const char *f, int l, pid_t pid, int sig)
{
	if (kill(pid, sig) < 0)
		BRK("kill(%d, %s)", (int)pid, tst_sig_name(sig));
	return 0;
}

int safe_chmod_(const char *f, int l, const char *path, mode_t mode)
{
	if (chmod(path, mode) < 0)
		BRK("chmod(%s, 0%o)", path, (unsigned)mode);
	return 0;
}

int safe_symlink_(const char *f, int l, const char *target, const char *path)
{
	if (symlink(target, path) < 0)
		BRK("symlink(%s, %s)", target, path);
	return 0;
}

void tst_as_nobody(void (*fn)(void))
{
	pid_t pid;
	int st;

	if (chmod(".", 0711) < 0)	/* let nobody search the tmpdir */
		tst_brk(TBROK | TERRNO, "chmod(tmpdir, 0711)");
	pid = SAFE_FORK();
	if (pid == 0) {
		if (setgroups(0, NULL) < 0 && errno != EPERM)
			tst_res(TINFO | TERRNO, "setgroups(0)");
		if (setresgid(65534, 65534, 65534) < 0 ||
		    setresuid(65534, 65534, 65534) < 0) {
			tst_res(TCONF | TERRNO, "cannot switch to uid 65534");
			_exit(0);
		}
		fn();
		_exit(0);
	}
	SAFE_WAITPID(pid, &st, 0);
	if (!WIFEXITED(st) || WEXITSTATUS(st))
		tst_res(TBROK, "uid 65534 child %s", tst_strstatus(st));
}
