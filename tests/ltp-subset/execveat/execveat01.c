// SPDX-License-Identifier: Apache-2.0
/*
 * execveat01 - execveat(2), re-executing this test binary.
 *
 * Checks:
 *  - execveat(dirfd, "name", ...) resolves name relative to dirfd;
 *  - execveat(AT_FDCWD, absolute path, ...);
 *  - execveat(fd, "", ..., AT_EMPTY_PATH) executes the file fd refers to;
 *  - errors: EBADF (bad dirfd with a relative path), ENOTDIR (dirfd is a
 *    regular file and path is relative), ELOOP (AT_SYMLINK_NOFOLLOW on a
 *    symlink), EINVAL (unknown flag), ENOENT ("" without AT_EMPTY_PATH).
 */
#include "tst.h"
#include <libgen.h>

static char dir[4096], base[256];

static void setup(void)
{
	char tmp[4096];

	snprintf(tmp, sizeof(tmp), "%s", tst_exe_path);
	snprintf(dir, sizeof(dir), "%s", dirname(tmp));
	snprintf(tmp, sizeof(tmp), "%s", tst_exe_path);
	snprintf(base, sizeof(base), "%s", basename(tmp));
	SAFE_SYMLINK(tst_exe_path, "link");
}

static void try_exec(int dirfd, const char *path, int flags, int code,
		     const char *what)
{
	char *argv[] = { (char *)tst_exe_path, "execveat01_child", NULL };
	char *envp[] = { NULL };
	pid_t pid = SAFE_FORK();

	if (pid == 0) {
		syscall(SYS_execveat, dirfd, path, argv, envp, flags);
		_exit(100 + (errno & 0x3f));
	}
	tst_check_child_exit(pid, code, what);
}

static void run(void)
{
	char *argv[] = { "x", NULL }, *envp[] = { NULL };
	int dfd = SAFE_OPEN(dir, O_RDONLY | O_DIRECTORY);
	int efd = SAFE_OPEN(tst_exe_path, O_RDONLY);
	int ffd = SAFE_OPEN("link", O_RDONLY);

	try_exec(dfd, base, 0, 33, "execveat(dirfd, basename, 0)");
	try_exec(AT_FDCWD, tst_exe_path, 0, 33, "execveat(AT_FDCWD, abspath, 0)");
	try_exec(efd, "", AT_EMPTY_PATH, 33, "execveat(fd, \"\", AT_EMPTY_PATH)");
	try_exec(AT_FDCWD, "link", 0, 33, "execveat(AT_FDCWD, symlink, 0)");

	TST_EXP_FAIL(syscall(SYS_execveat, 9999, base, argv, envp, 0), EBADF,
		     "execveat(9999, relative)");
	TST_EXP_FAIL(syscall(SYS_execveat, ffd, "x", argv, envp, 0), ENOTDIR,
		     "execveat(regular file fd, relative)");
	TST_EXP_FAIL(syscall(SYS_execveat, AT_FDCWD, "link", argv, envp,
			     AT_SYMLINK_NOFOLLOW), ELOOP,
		     "execveat(symlink, AT_SYMLINK_NOFOLLOW)");
	TST_EXP_FAIL(syscall(SYS_execveat, dfd, base, argv, envp, 0x40000000),
		     EINVAL, "execveat(unknown flag)");
	TST_EXP_FAIL(syscall(SYS_execveat, efd, "", argv, envp, 0), ENOENT,
		     "execveat(fd, \"\", 0)");
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(efd);
	SAFE_CLOSE(ffd);
}

static struct tst_test test = { .setup = setup, .test_all = run,
				.needs_tmpdir = 1 };

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "execveat01_child"))
		return 33;
	tst_main(&test, argc, argv);
}
