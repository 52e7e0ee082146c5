/* SPDX-License-Identifier: Apache-2.0 */
/*
 * tst.h - the small test library used by sbx's LTP-style conformance tests
 * (tests/ltp-subset/).  Written for sbx; it borrows LTP's result vocabulary
 * and exit codes, not its code.
 *
 * Output: one line per check, then one summary line:
 *
 *     getpid01.c:31: TPASS: getpid() == pid seen by parent
 *     Summary: passed 3 failed 0 broken 0 skipped 0 warnings 0
 *
 * Exit status is LTP's bitmask: 0 all passed, TFAIL 1, TBROK 2, TWARN 4,
 * TCONF 32, OR-ed together.  As in LTP, the TCONF bit is only set when no
 * check passed, so a test whose checks are all TCONF exits 32 and a test
 * with passes and a few TCONFs exits 0 (the summary still counts skips).
 *
 * Writing a test:
 *
 *     #include "tst.h"
 *
 *     static void run(unsigned int n) { ... tst_res(TPASS, "..."); }
 *
 *     static struct tst_test test = {
 *         .test = run, .tcnt = ARRAY_SIZE(cases),   // or .test_all = fn
 *         .setup = setup, .cleanup = cleanup,       // optional
 *         .needs_tmpdir = 1, .needs_root = 1,       // optional
 *         .timeout = 10,                            // optional, seconds
 *     };
 *     TST_MAIN(test)
 *
 * A test that needs its own main() (e.g. to be re-executed by execve tests)
 * calls tst_main(&test, argc, argv), which never returns.
 *
 * Execution model: tst_main() checks .needs_root (TCONF if euid != 0),
 * creates the private temporary directory if .needs_tmpdir (mkdtemp under
 * $TMPDIR or /tmp, chdir into it), then forks.  The child runs setup(), then
 * test(0..tcnt-1) or test_all(), then cleanup().  The parent waits with an
 * alarm (default 30 s, .timeout, overridden by env TST_TIMEOUT); on expiry
 * it prints TBROK, kills the child and exits with TBROK.  A child killed by
 * a signal is reported as TBROK.  The parent then removes the temporary
 * directory recursively and prints the summary.  Result counters live in a
 * MAP_SHARED page, so tst_res() from forked grandchildren is counted too.
 *
 * tst_res() writes each line with a single write(2) to stdout (no stdio
 * buffering, so fork() cannot duplicate output).
 */
#ifndef SBX_TST_H
#define SBX_TST_H

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>

/* Result types (LTP's values, so exit codes match). */
#define TPASS 0
#define TFAIL 1
#define TBROK 2
#define TWARN 4
#define TINFO 16
#define TCONF 32
/* OR into the type: append ": ENAME (n)" for errno / for TST_ERR. */
#define TERRNO  0x100
#define TTERRNO 0x200

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

struct tst_test {
	void (*setup)(void);
	void (*cleanup)(void);
	void (*test)(unsigned int n);	/* called for n = 0 .. tcnt-1 */
	void (*test_all)(void);		/* used when .test is NULL */
	unsigned int tcnt;
	int needs_tmpdir;
	int needs_root;
	int timeout;			/* seconds; 0 = default 30 */
};

/* Runs the test as described above; never returns. */
void tst_main(struct tst_test *t, int argc, char **argv)
	__attribute__((noreturn));

#define TST_MAIN(t) \
	int main(int argc, char **argv) { tst_main(&(t), argc, argv); }

/* Absolute path of the running test binary (for re-exec), and argv. */
extern const char *tst_exe_path;
extern int tst_argc;
extern char **tst_argv;

/* Result of the last TST_EXP_* call. */
extern long TST_RET;
extern int TST_ERR;
extern int TST_PASS;	/* 1 if the last TST_EXP_* check passed */

void tst_res_(const char *file, int line, int ttype, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void tst_brk_(const char *file, int line, int ttype, const char *fmt, ...)
	__attribute__((format(printf, 4, 5), noreturn));

/* tst_res(TPASS|TFAIL|TCONF|TINFO|TWARN [| TERRNO], fmt, ...) */
#define tst_res(ttype, ...) tst_res_(__FILE__, __LINE__, (ttype), __VA_ARGS__)
/*
 * tst_brk(TBROK|TCONF [| TERRNO], fmt, ...): report and end the test.  In the
 * test process it runs cleanup() first; in a forked grandchild it just exits.
 */
#define tst_brk(ttype, ...) tst_brk_(__FILE__, __LINE__, (ttype), __VA_ARGS__)

/* Names from our own table: "ENOENT", "SIGSEGV"; "E???" if unknown. */
const char *tst_errno_name(int err);
const char *tst_sig_name(int sig);
/* "exited with 3" / "killed by SIGKILL"; static buffer. */
const char *tst_strstatus(int status);

/* Private temporary directory (see above); returns its absolute path. */
const char *tst_tmpdir(void);
void tst_require_root(void);	/* tst_brk(TCONF) unless euid == 0 */
/* Wait for every child; TBROK for a child that did not exit with 0. */
/*
 * Run fn in a child that dropped to uid/gid 65534 (after making the test's
 * temporary directory searchable), for checks that need an unprivileged
 * caller: EACCES, EPERM. Reports TCONF when the switch is not possible and
 * TBROK when the child does not exit cleanly.
 */
void tst_as_nobody(void (*fn)(void));

/*
 * Shared bodies for pairs of calls (tst_pairs.c). tst_uts_setter checks a
 * sethostname-like call in a new UTS namespace (set, read back by uname(),
 * the 64-byte maximum, EINVAL for 65 and -1, EFAULT) and EPERM when
 * unprivileged; tst_fsid_setter checks a setfsuid-like call (queries, the
 * owner of a file created after a change, no effect when unprivileged).
 */
struct tst_uts_call {
	const char *name;	/* "sethostname" */
	const char *what;	/* "hostname": in messages and the test name */
	int (*set)(const char *, size_t);
	long nr;		/* SYS_sethostname, for a negative length */
	size_t field;		/* offsetof(struct utsname, nodename) */
};
void tst_uts_setter(const struct tst_uts_call *call);

struct tst_fsid_call {
	const char *name;	/* "setfsuid" */
	const char *id;		/* "uid" */
	int (*set)(unsigned int);
	unsigned int (*effective)(void);	/* geteuid */
	int is_gid;		/* compare a new file's st_gid, not st_uid */
};
void tst_fsid_setter(const struct tst_fsid_call *call);

void tst_reap_children_(const char *file, int line);
#define tst_reap_children() tst_reap_children_(__FILE__, __LINE__)
/*
 * Waits for pid; TPASS "what" if it exited with 'code', else TFAIL with the
 * status.  Returns the wait status.
 */
int tst_check_child_exit_(const char *file, int line, pid_t pid, int code,
			  const char *what);
#define tst_check_child_exit(pid, code, what) \
	tst_check_child_exit_(__FILE__, __LINE__, (pid), (code), (what))
/* Compare running kernel to "a.b.c": <0, 0, >0. */
int tst_kvercmp(int a, int b, int c);
/* Write a whole file (creating it, mode 0644), TBROK on failure. */
void tst_write_file(const char *path, const char *content);
/* A pointer to an unmapped page, for EFAULT probes. */
void *tst_bad_addr(void);

/* Internal helpers behind TST_EXP_*. */
void tst_exp_report_(const char *file, int line, int kind, long expected,
		     const char *call, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
#define TST_EXP_KIND_PASS 0	/* ret == 0 */
#define TST_EXP_KIND_POS  1	/* ret >= 0 */
#define TST_EXP_KIND_FD   2	/* ret >= 0, reported as fd */
#define TST_EXP_KIND_VAL  3	/* ret == expected */
#define TST_EXP_KIND_FAIL 4	/* ret == -1 && errno == expected */

#define TST_EXP_CALL_(kind, exp, SCALL, ...) do {			\
	errno = 0;							\
	TST_RET = (long)(SCALL);					\
	TST_ERR = errno;						\
	tst_exp_report_(__FILE__, __LINE__, (kind), (long)(exp),	\
			#SCALL, "" __VA_ARGS__);			\
} while (0)

/*
 * Each takes the call and an optional printf-style description (a string
 * literal first); without one the call's text is printed.  They set TST_RET,
 * TST_ERR and TST_PASS.
 */
#define TST_EXP_PASS(SCALL, ...) \
	TST_EXP_CALL_(TST_EXP_KIND_PASS, 0, SCALL, __VA_ARGS__)
#define TST_EXP_POSITIVE(SCALL, ...) \
	TST_EXP_CALL_(TST_EXP_KIND_POS, 0, SCALL, __VA_ARGS__)
#define TST_EXP_FD(SCALL, ...) \
	TST_EXP_CALL_(TST_EXP_KIND_FD, 0, SCALL, __VA_ARGS__)
#define TST_EXP_VAL(SCALL, EXPECTED, ...) \
	TST_EXP_CALL_(TST_EXP_KIND_VAL, (EXPECTED), SCALL, __VA_ARGS__)
#define TST_EXP_FAIL(SCALL, ERRNO, ...) \
	TST_EXP_CALL_(TST_EXP_KIND_FAIL, (ERRNO), SCALL, __VA_ARGS__)

/* TPASS/TFAIL on a condition: TST_EXP_EXPR(x == 1, "x is %d", x). */
#define TST_EXP_EXPR(EXPR, ...) do {					\
	if (EXPR) tst_res(TPASS, __VA_ARGS__);				\
	else tst_res(TFAIL, __VA_ARGS__);				\
} while (0)
/* TPASS/TFAIL comparing two integers, printing both. */
#define TST_EXP_EQ(A, B) do {						\
	long long a_ = (long long)(A), b_ = (long long)(B);		\
	if (a_ == b_) tst_res(TPASS, "%s == %s (%lld)", #A, #B, a_);	\
	else tst_res(TFAIL, "%s (%lld) != %s (%lld)", #A, a_, #B, b_);	\
} while (0)

/* SAFE_* wrappers: TBROK (with errno name) on failure, else the result. */
int safe_open_(const char *f, int l, const char *path, int flags, ...);
int safe_close_(const char *f, int l, int fd);
ssize_t safe_write_(const char *f, int l, int fd, const void *buf, size_t n);
ssize_t safe_read_(const char *f, int l, int full, int fd, void *buf, size_t n);
int safe_pipe_(const char *f, int l, int fds[2]);
int safe_pipe2_(const char *f, int l, int fds[2], int flags);
pid_t safe_fork_(const char *f, int l);
pid_t safe_waitpid_(const char *f, int l, pid_t pid, int *status, int opts);
void *safe_mmap_(const char *f, int l, void *addr, size_t len, int prot,
		 int flags, int fd, off_t off);
int safe_munmap_(const char *f, int l, void *addr, size_t len);
int safe_mkdir_(const char *f, int l, const char *path, mode_t mode);
int safe_unlink_(const char *f, int l, const char *path);
int safe_dup_(const char *f, int l, int fd);
int safe_dup2_(const char *f, int l, int fd, int fd2);
off_t safe_lseek_(const char *f, int l, int fd, off_t off, int whence);
int safe_ftruncate_(const char *f, int l, int fd, off_t len);
void *safe_malloc_(const char *f, int l, size_t n);
int safe_sigaction_(const char *f, int l, int sig, const struct sigaction *sa,
		    struct sigaction *old);
void (*safe_signal_(const char *f, int l, int sig, void (*h)(int)))(int);
int safe_sigprocmask_(const char *f, int l, int how, const sigset_t *set,
		      sigset_t *old);
int safe_kill_(const char *f, int l, pid_t pid, int sig);
int safe_chmod_(const char *f, int l, const char *path, mode_t mode);
int safe_symlink_(const char *f, int l, const char *target, const char *path);

#define SAFE_OPEN(path, ...) safe_open_(__FILE__, __LINE__, (path), __VA_ARGS__)
/* Closes and sets the variable to -1. */
#define SAFE_CLOSE(fd) do { safe_close_(__FILE__, __LINE__, (fd)); (fd) = -1; } while (0)
/* Writes all n bytes or TBROKs. */
#define SAFE_WRITE(fd, buf, n) safe_write_(__FILE__, __LINE__, (fd), (buf), (n))
/* Returns bytes read; TBROK on -1. */
#define SAFE_READ(fd, buf, n) safe_read_(__FILE__, __LINE__, 0, (fd), (buf), (n))
/* TBROK unless exactly n bytes were read. */
#define SAFE_READ_FULL(fd, buf, n) safe_read_(__FILE__, __LINE__, 1, (fd), (buf), (n))
#define SAFE_PIPE(fds) safe_pipe_(__FILE__, __LINE__, (fds))
#define SAFE_PIPE2(fds, fl) safe_pipe2_(__FILE__, __LINE__, (fds), (fl))
#define SAFE_FORK() safe_fork_(__FILE__, __LINE__)
#define SAFE_WAITPID(pid, st, o) safe_waitpid_(__FILE__, __LINE__, (pid), (st), (o))
#define SAFE_MMAP(a, len, prot, fl, fd, off) \
	safe_mmap_(__FILE__, __LINE__, (a), (len), (prot), (fl), (fd), (off))
#define SAFE_MUNMAP(a, len) safe_munmap_(__FILE__, __LINE__, (a), (len))
#define SAFE_MKDIR(p, m) safe_mkdir_(__FILE__, __LINE__, (p), (m))
#define SAFE_UNLINK(p) safe_unlink_(__FILE__, __LINE__, (p))
#define SAFE_DUP(fd) safe_dup_(__FILE__, __LINE__, (fd))
#define SAFE_DUP2(fd, fd2) safe_dup2_(__FILE__, __LINE__, (fd), (fd2))
#define SAFE_LSEEK(fd, o, w) safe_lseek_(__FILE__, __LINE__, (fd), (o), (w))
#define SAFE_FTRUNCATE(fd, len) safe_ftruncate_(__FILE__, __LINE__, (fd), (len))
#define SAFE_MALLOC(n) safe_malloc_(__FILE__, __LINE__, (n))
#define SAFE_SIGACTION(s, sa, o) safe_sigaction_(__FILE__, __LINE__, (s), (sa), (o))
#define SAFE_SIGNAL(s, h) safe_signal_(__FILE__, __LINE__, (s), (h))
#define SAFE_SIGPROCMASK(h, s, o) safe_sigprocmask_(__FILE__, __LINE__, (h), (s), (o))
#define SAFE_KILL(p, s) safe_kill_(__FILE__, __LINE__, (p), (s))
#define SAFE_CHMOD(p, m) safe_chmod_(__FILE__, __LINE__, (p), (m))
#define SAFE_SYMLINK(t, p) safe_symlink_(__FILE__, __LINE__, (t), (p))

#endif /* SBX_TST_H */
