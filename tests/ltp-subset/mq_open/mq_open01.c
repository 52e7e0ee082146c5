// SPDX-License-Identifier: Apache-2.0
/*
 * mq_open01 - mq_open(3) / the mq_open(2) syscall.
 *
 * Checks (the queue name is per-process; TCONF if POSIX message queues are
 * missing, ENOSYS):
 *  - O_CREAT | O_EXCL with an attr creates a queue with that mq_maxmsg and
 *    mq_msgsize; without an attr the defaults are non-zero;
 *  - reopening an existing queue without O_CREAT works and the returned
 *    descriptor is a distinct fd with FD_CLOEXEC when O_CLOEXEC is given;
 *  - errors, one case per row: EEXIST (O_CREAT | O_EXCL, queue exists),
 *    ENOENT (missing queue without O_CREAT), EINVAL (mq_maxmsg 0;
 *    mq_msgsize -1), ENAMETOOLONG (name over NAME_MAX), EACCES (0400 queue
 *    opened O_WRONLY from a child that dropped to uid 65534; TCONF if the
 *    drop fails or we do not start as root).
 */
#include "tst.h"
#include <grp.h>
#include <limits.h>
#include <mqueue.h>

static char name[64], missing[64], longname[NAME_MAX + 8];
static struct mq_attr a0 = { .mq_maxmsg = 0, .mq_msgsize = 16 };
static struct mq_attr aneg = { .mq_maxmsg = 4, .mq_msgsize = -1 };

static const struct tcase {
	const char *desc;
	const char *name;
	int flags;
	struct mq_attr *attr;
	int exp_err;
} cases[] = {
	{ "O_CREAT | O_EXCL, exists", name, O_CREAT | O_EXCL | O_RDWR, NULL, EEXIST },
	{ "missing, no O_CREAT", missing, O_RDWR, NULL, ENOENT },
	{ "mq_maxmsg 0", missing, O_CREAT | O_RDWR, &a0, EINVAL },
	{ "mq_msgsize -1", missing, O_CREAT | O_RDWR, &aneg, EINVAL },
	{ "name too long", longname, O_CREAT | O_RDWR, NULL, ENAMETOOLONG },
};

static mqd_t q = (mqd_t)-1;

static void setup(void)
{
	struct mq_attr attr = { .mq_maxmsg = 4, .mq_msgsize = 32 };

	snprintf(name, sizeof(name), "/sbx-mq_open01-%d", getpid());
	snprintf(missing, sizeof(missing), "/sbx-mq_open01-missing-%d", getpid());
	longname[0] = '/';
	memset(longname + 1, 'a', NAME_MAX + 2);
	longname[NAME_MAX + 3] = 0;
	q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
	if (q == (mqd_t)-1 && errno == ENOSYS)
		tst_brk(TCONF, "POSIX message queues not supported");
	if (q == (mqd_t)-1)
		tst_brk(TBROK | TERRNO, "mq_open(%s)", name);
}

static void run_ok(void)
{
	struct mq_attr attr;
	char dname[80];
	mqd_t d, r;
	int status;
	pid_t pid;

	mq_getattr(q, &attr);
	TST_EXP_EXPR(attr.mq_maxmsg == 4 && attr.mq_msgsize == 32 && attr.mq_curmsgs == 0,
		     "created with maxmsg %ld msgsize %ld curmsgs %ld", attr.mq_maxmsg,
		     attr.mq_msgsize, attr.mq_curmsgs);
	snprintf(dname, sizeof(dname), "%s-defaults", name);
	d = mq_open(dname, O_CREAT | O_EXCL | O_RDWR, 0600, NULL);
	if (d == (mqd_t)-1) {
		tst_res(TFAIL | TERRNO, "mq_open(default attributes)");
	} else {
		mq_getattr(d, &attr);
		TST_EXP_EXPR(attr.mq_maxmsg > 0 && attr.mq_msgsize > 0,
			     "default attributes maxmsg %ld msgsize %ld", attr.mq_maxmsg,
			     attr.mq_msgsize);
		mq_close(d);
		mq_unlink(dname);
	}
	r = mq_open(name, O_RDONLY | O_CLOEXEC);
	TST_EXP_EXPR(r != (mqd_t)-1 && r != q, "reopen without O_CREAT gives a new descriptor %d",
		     (int)r);
	TST_EXP_VAL(fcntl(r, F_GETFD), FD_CLOEXEC, "O_CLOEXEC sets FD_CLOEXEC");
	mq_close(r);

	if (geteuid() != 0) {
		tst_res(TCONF, "not root: EACCES check needs a queue owned by another user");
		return;
	}
	pid = SAFE_FORK();
	if (pid == 0) {
		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		_exit(mq_open(name, O_WRONLY) == (mqd_t)-1 && errno == EACCES ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "uid 65534 opening a 0600 root queue -> EACCES (%s)",
			     tst_strstatus(status));
}

static void run(unsigned int n)
{
	const struct tcase *tc;

	if (n == ARRAY_SIZE(cases)) {
		run_ok();
		return;
	}
	tc = &cases[n];
	TST_EXP_FAIL(mq_open(tc->name, tc->flags, 0600, tc->attr), tc->exp_err, "mq_open(%s)",
		     tc->desc);
	if (TST_RET >= 0) {
		mq_close(TST_RET);
		mq_unlink(tc->name);
	}
}

static void cleanup(void)
{
	if (q != (mqd_t)-1) {
		mq_close(q);
		mq_unlink(name);
	}
}

static struct tst_test test = {
	.test = run, .tcnt = ARRAY_SIZE(cases) + 1, .setup = setup, .cleanup = cleanup,
};
TST_MAIN(test)
