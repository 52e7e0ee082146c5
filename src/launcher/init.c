/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The sandbox's PID 1 (unless --as-pid-1): a minimal init in the spirit of
 * tini. It forks the program as PID 2, forwards the signals sbx forwards to
 * it, reaps every child including orphans reparented to it, and exits with
 * the program's status (128+N if a signal N killed it) as soon as the program
 * is gone; the kernel then kills whatever is left in the pid namespace.
 */
#include "launcher/internal.h"

#include <errno.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/util.h"

static const int forwarded[] = { SIGINT,  SIGTERM,  SIGHUP,   SIGQUIT,
				 SIGUSR1, SIGUSR2, SIGWINCH, SIGCONT };

static int status_of(int wstatus)
{
	if (WIFEXITED(wstatus))
		return WEXITSTATUS(wstatus);
	if (WIFSIGNALED(wstatus))
		return 128 + WTERMSIG(wstatus);
	return SBX_EXIT_FAILURE;
}

void sbx_init_main(const struct sbx_launch_ctx *ctx)
{
	/*
	 * Only processes of the namespace are dumpable by the program's uid;
	 * a non-dumpable PID 1 (whose mm belongs to the host's user namespace)
	 * cannot be ptraced or have its fds taken by the program, which
	 * matters because PID 1 runs without the seccomp filter (ptrace(2),
	 * "Ptrace access mode checking").
	 */
	if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0)
		sbx_die_errno("prctl(PR_SET_DUMPABLE)");

	/*
	 * PID 1 only receives signals it handles or blocks: with SIG_DFL they
	 * are discarded (pid_namespaces(7), "The namespace init process").
	 * Block them all and take them with sigwaitinfo.
	 */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	for (size_t i = 0; i < SBX_ARRAY_SIZE(forwarded); i++)
		sigaddset(&set, forwarded[i]);
	if (sigprocmask(SIG_BLOCK, &set, NULL) < 0)
		sbx_die_errno("sigprocmask in the init");

	pid_t child = fork();
	if (child < 0)
		sbx_die_errno("fork of the program");
	if (child == 0)
		sbx_program_main(ctx);

	/* The sync socket was for the program; PID 1 keeps only 0, 1 and 2. */
	close_range(3, ~0U, 0);

	for (;;) {
		siginfo_t info;
		int sig = sigwaitinfo(&set, &info);
		if (sig < 0) {
			if (errno == EINTR)
				continue;
			sbx_die_errno("sigwaitinfo in the init");
		}
		if (sig != SIGCHLD) {
			/*
			 * Forward what was sent with kill(2) and friends (si_code
			 * <= 0: SI_USER, SI_QUEUE, SI_TKILL), that is from sbx.
			 * Signals the kernel sends (SI_KERNEL: a tty's ^C, hangup
			 * or resize) went to the whole foreground process group,
			 * which the program belongs to: it already has them.
			 */
			if (info.si_code <= 0)
				kill(child, sig);
			continue;
		}
		for (;;) {
			int wstatus;
			pid_t pid = waitpid(-1, &wstatus, WNOHANG);
			if (pid <= 0)
				break;
			if (pid == child)
				_exit(status_of(wstatus));
		}
	}
}
