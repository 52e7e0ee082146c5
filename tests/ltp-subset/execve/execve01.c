// SPDX-License-Identifier: Apache-2.0
/*
 * execve01 - execve(2), re-executing this test binary as the new program.
 *
 * Checks:
 *  - argv and envp are passed to the new program exactly;
 *  - the pid is kept across execve;
 *  - an O_CLOEXEC fd is closed and a plain fd stays open in the new image;
 *  - a handled signal is reset to SIG_DFL, an ignored one stays ignored;
 *  - errors: ENOENT (missing file), EACCES (no execute bit; a directory),
 *    ENOTDIR (a path component is a file), ENOEXEC (executable file with
 *    an unknown format; TCONF if the filesystem is mounted noexec),
 *    EFAULT (bad filename pointer).
 */
#include "tst.h"
#include <sys/statvfs.h>

static void handler(int sig) { (void)sig; }

static int child_main(int argc, char **argv)
{
	/* argv: self, "execve01_child", pid, cloexec_fd, plain_fd */
	struct sigaction sa;
	const char *e = getenv("SBX_EXECVE");

	if (argc != 5 || strcmp(argv[1], "execve01_child"))
		return 10;
	if (!e || strcmp(e, "yes") || getenv("PATH"))
		return 11;
	if (atol(argv[2]) != getpid())
		return 12;
	if (fcntl(atoi(argv[3]), F_GETFD) != -1 || errno != EBADF)
		return 13;
	if (fcntl(atoi(argv[4]), F_GETFD) != 0)
		return 14;
	sigaction(SIGUSR1, NULL, &sa);
	if (sa.sa_handler != SIG_DFL)
		return 15;
	sigaction(SIGUSR2, NULL, &sa);
	if (sa.sa_handler != SIG_IGN)
		return 16;
	return 0;
}

static void run(void)
{
	char *envp[] = { "SBX_EXECVE=yes", NULL };
	char *argv[] = { "x", NULL };
	pid_t pid;
	struct statvfs sv;

	pid = SAFE_FORK();
	if (pid == 0) {
		char spid[32], s1[16], s2[16];
		int fd1 = SAFE_OPEN("/dev/null", O_RDONLY | O_CLOEXEC);
		int fd2 = SAFE_OPEN("/dev/null", O_RDONLY);
		char *cargv[] = { (char *)tst_exe_path, "execve01_child", spid, s1, s2, NULL };

		snprintf(spid, sizeof(spid), "%d", (int)getpid());
		snprintf(s1, sizeof(s1), "%d", fd1);
		snprintf(s2, sizeof(s2), "%d", fd2);
		SAFE_SIGNAL(SIGUSR1, handler);
		SAFE_SIGNAL(SIGUSR2, SIG_IGN);
		syscall(SYS_execve, tst_exe_path, cargv, envp);
		_exit(127);
	}
	tst_check_child_exit(pid, 0, "execve(self): argv/envp/pid/cloexec/signals");

	tst_write_file("noexec_file", "#!/bin/sh\nexit 0\n");
	tst_write_file("garbage", "\x01\x02\x03\x04 not a program\n");
	SAFE_CHMOD("garbage", 0755);
	SAFE_MKDIR("dir", 0755);

	TST_EXP_FAIL(syscall(SYS_execve, "missing", argv, envp), ENOENT,
		     "execve(\"missing\")");
	TST_EXP_FAIL(syscall(SYS_execve, "noexec_file", argv, envp), EACCES,
		     "execve(file mode 0644)");
	TST_EXP_FAIL(syscall(SYS_execve, "dir", argv, envp), EACCES,
		     "execve(directory)");
	TST_EXP_FAIL(syscall(SYS_execve, "noexec_file/x", argv, envp), ENOTDIR,
		     "execve(\"file/x\")");
	TST_EXP_FAIL(syscall(SYS_execve, tst_bad_addr(), argv, envp), EFAULT,
		     "execve(bad filename pointer)");
	if (statvfs(".", &sv) == 0 && (sv.f_flag & ST_NOEXEC))
		tst_res(TCONF, "tmpdir is mounted noexec, skipping ENOEXEC");
	else
		TST_EXP_FAIL(syscall(SYS_execve, "garbage", argv, envp), ENOEXEC,
			     "execve(unknown binary format)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "execve01_child"))
		return child_main(argc, argv);
	tst_main(&test, argc, argv);
}
