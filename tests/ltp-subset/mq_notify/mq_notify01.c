// SPDX-License-Identifier: Apache-2.0
/*
 * mq_notify01 - mq_notify(2).
 *
 * Checks (TCONF if POSIX message queues are missing):
 *  - SIGEV_SIGNAL: a message arriving on the empty queue delivers the
 *    signal with si_code SI_MESGQ and our sigev_value;
 *  - the registration is removed after one notification (a second message
 *    delivers nothing);
 *  - while one process is registered, another gets EBUSY; after
 *    mq_notify(NULL) unregisters, it can register;
 *  - SIGEV_NONE registration succeeds;
 *  - errors: EINVAL (bad sigev_notify; bad signal number), EBADF.
 */
#include "tst.h"
#include <mqueue.h>

static char name[64];
static mqd_t q = (mqd_t)-1;
static volatile sig_atomic_t got, code, val;

static void handler(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	got++;
	code = si->si_code;
	val = si->si_value.sival_int;
}

static void run(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1 };
	struct sigaction sa = { .sa_sigaction = handler, .sa_flags = SA_SIGINFO };
	char buf[64];
	int status;
	pid_t pid;

	snprintf(name, sizeof(name), "/sbx-mq_notify01-%d", getpid());
	q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, NULL);
	if (q == (mqd_t)-1 && errno == ENOSYS)
		tst_brk(TCONF, "POSIX message queues not supported");
	if (q == (mqd_t)-1)
		tst_brk(TBROK | TERRNO, "mq_open");
	SAFE_SIGACTION(SIGUSR1, &sa, NULL);
	sev.sigev_value.sival_int = 4242;
	TST_EXP_PASS(mq_notify(q, &sev), "mq_notify(SIGEV_SIGNAL SIGUSR1)");
	mq_send(q, "m", 1, 0);
	for (int i = 0; i < 100 && !got; i++)
		usleep(5000);
	TST_EXP_EXPR(got == 1 && code == SI_MESGQ && val == 4242,
		     "signal delivered: count %d si_code %d (SI_MESGQ %d) value %d", (int)got,
		     (int)code, SI_MESGQ, (int)val);
	mq_receive(q, buf, sizeof(buf), NULL);
	mq_send(q, "m", 1, 0);
	usleep(20000);
	TST_EXP_EQ(got, 1);
	mq_receive(q, buf, sizeof(buf), NULL);

	TST_EXP_PASS(mq_notify(q, &sev), "register again");
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(mq_notify(q, &sev) == -1 && errno == EBUSY ? 0 : 1);
	tst_check_child_exit(pid, 0, "another process registering -> EBUSY");
	TST_EXP_PASS(mq_notify(q, NULL), "mq_notify(NULL) unregisters");
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(mq_notify(q, &sev) == 0 ? 0 : 1);
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		     "after unregistering, another process can register");

	sev.sigev_notify = SIGEV_NONE;
	TST_EXP_PASS(mq_notify(q, &sev), "mq_notify(SIGEV_NONE)");
	mq_notify(q, NULL);
	sev.sigev_notify = 12345;
	TST_EXP_FAIL(mq_notify(q, &sev), EINVAL, "mq_notify(sigev_notify 12345)");
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = 999;
	TST_EXP_FAIL(mq_notify(q, &sev), EINVAL, "mq_notify(signal 999)");
	sev.sigev_signo = SIGUSR1;
	TST_EXP_FAIL(mq_notify((mqd_t)1000, &sev), EBADF, "mq_notify(descriptor 1000)");
}

static void cleanup(void)
{
	if (q != (mqd_t)-1) {
		mq_close(q);
		mq_unlink(name);
	}
}

static struct tst_test test = { .test_all = run, .cleanup = cleanup };
TST_MAIN(test)
