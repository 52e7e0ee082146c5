// SPDX-License-Identifier: Apache-2.0
/*
 * fstat01 - fstat(2) via the raw syscall (libc routes fstat() elsewhere).
 *
 * Checks:
 *  - fstat() of a file fd matches stat() of its path, and sees writes
 *    through the fd (st_size grows);
 *  - fstat() still works after the file is unlinked (st_nlink 0);
 *  - a pipe reports S_IFIFO, a directory fd S_IFDIR, /dev/null S_IFCHR;
 *  - an O_PATH fd can be fstat()ed;
 *  - errors: EBADF (closed fd, -1), EFAULT (bad buf).
 */
#include "tst.h"

/* The fstat(2) syscall itself: libc may route fstat() through a newer call. */
static long sys_fstat(int fd, struct stat *st)
{
	return syscall(SYS_fstat, fd, st);
}

static void run(void)
{
	struct stat st, st2;
	int fd, p[2];

	fd = SAFE_OPEN("file", O_RDWR | O_CREAT, 0600);
	TST_EXP_PASS(sys_fstat(fd, &st), "fstat(file fd)");
	TST_EXP_PASS(stat("file", &st2), "stat(\"file\")");
	TST_EXP_EXPR(st.st_ino == st2.st_ino && st.st_dev == st2.st_dev &&
		     st.st_mode == st2.st_mode, "fstat() matches stat()");
	SAFE_WRITE(fd, "abcdef", 6);
	TST_EXP_PASS(sys_fstat(fd, &st), "fstat() after write");
	TST_EXP_EQ(st.st_size, 6);
	SAFE_UNLINK("file");
	TST_EXP_PASS(sys_fstat(fd, &st), "fstat() of an unlinked file");
	TST_EXP_EQ(st.st_nlink, 0);
	TST_EXP_FAIL(sys_fstat(fd, tst_bad_addr()), EFAULT, "fstat(bad buf)");
	SAFE_CLOSE(fd);

	SAFE_PIPE(p);
	TST_EXP_PASS(sys_fstat(p[0], &st), "fstat(pipe)");
	TST_EXP_EXPR(S_ISFIFO(st.st_mode), "pipe is S_IFIFO");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);

	fd = SAFE_OPEN(".", O_RDONLY | O_DIRECTORY);
	TST_EXP_PASS(sys_fstat(fd, &st), "fstat(dir fd)");
	TST_EXP_EXPR(S_ISDIR(st.st_mode), "directory is S_IFDIR");
	SAFE_CLOSE(fd);

	fd = SAFE_OPEN("/dev/null", O_RDONLY);
	TST_EXP_PASS(sys_fstat(fd, &st), "fstat(/dev/null)");
	TST_EXP_EXPR(S_ISCHR(st.st_mode), "/dev/null is S_IFCHR");
	SAFE_CLOSE(fd);

	fd = SAFE_OPEN(".", O_PATH);
	TST_EXP_PASS(sys_fstat(fd, &st), "fstat(O_PATH fd)");
	TST_EXP_EXPR(S_ISDIR(st.st_mode), "O_PATH fd of \".\" is S_IFDIR");
	SAFE_CLOSE(fd);

	TST_EXP_FAIL(sys_fstat(fd, &st), EBADF, "fstat(closed fd)");
	TST_EXP_FAIL(sys_fstat(-1, &st), EBADF, "fstat(-1)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
