// SPDX-License-Identifier: Apache-2.0
/*
 * open01 - open(2), via the raw syscall (libc routes open() to openat):
 * creation and access-mode behaviour.
 *
 * Checks:
 *  - O_CREAT creates a regular file with mode & ~umask, owned by the caller;
 *  - O_CREAT on an existing file opens it, O_CREAT|O_EXCL fails with EEXIST;
 *  - O_TRUNC empties the file; O_APPEND writes go to the end;
 *  - O_RDONLY fds reject write (EBADF), O_WRONLY fds reject read (EBADF);
 *  - O_DIRECTORY opens a directory, O_CLOEXEC sets FD_CLOEXEC;
 *  - O_CREAT|O_EXCL does not follow a (dangling) symlink: EEXIST.
 */
#include "tst.h"

/* The open(2) syscall itself: libc may route open() through a newer call. */
static long sys_open(const char *path, int flags, mode_t mode)
{
	return syscall(SYS_open, path, flags, mode);
}

static void run(void)
{
	struct stat st;
	char buf[16];
	int fd;

	umask(022);
	TST_EXP_FD(fd = sys_open("f", O_RDWR | O_CREAT, 0777), "open(\"f\", O_RDWR|O_CREAT, 0777)");
	if (fd < 0)
		return;
	SAFE_WRITE(fd, "hello", 5);
	TST_EXP_PASS(fstat(fd, &st), "fstat(fd)");
	TST_EXP_EXPR(S_ISREG(st.st_mode) && (st.st_mode & 07777) == 0755,
		     "new file is regular with mode 0755 (0777 & ~022), got 0%o",
		     st.st_mode & 07777);
	TST_EXP_EXPR(st.st_uid == geteuid(), "new file owned by euid %d", (int)st.st_uid);
	SAFE_CLOSE(fd);
	umask(0);

	TST_EXP_FD(fd = sys_open("f", O_RDONLY | O_CREAT, 0600), "O_CREAT on an existing file");
	TST_EXP_VAL(read(fd, buf, sizeof(buf)), 5, "existing contents kept");
	TST_EXP_FAIL(write(fd, "x", 1), EBADF, "write() on an O_RDONLY fd");
	SAFE_CLOSE(fd);

	TST_EXP_FAIL(sys_open("f", O_RDWR | O_CREAT | O_EXCL, 0600), EEXIST, "O_CREAT|O_EXCL on an existing file");
	SAFE_SYMLINK("nowhere", "dangling");
	TST_EXP_FAIL(sys_open("dangling", O_RDWR | O_CREAT | O_EXCL, 0600), EEXIST,
		     "O_CREAT|O_EXCL on a dangling symlink");
	TST_EXP_FAIL(access("nowhere", F_OK), ENOENT, "symlink target was not created");

	fd = SAFE_OPEN("f", O_WRONLY | O_APPEND);
	SAFE_WRITE(fd, "!", 1);
	TST_EXP_FAIL(read(fd, buf, 1), EBADF, "read() on an O_WRONLY fd");
	SAFE_CLOSE(fd);
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_VAL(read(fd, buf, sizeof(buf)), 6, "O_APPEND write went to the end");
	TST_EXP_EXPR(!memcmp(buf, "hello!", 6), "file reads \"hello!\"");
	SAFE_CLOSE(fd);

	fd = SAFE_OPEN("f", O_WRONLY | O_TRUNC);
	TST_EXP_PASS(fstat(fd, &st), "fstat(fd)");
	TST_EXP_EQ(st.st_size, 0);
	SAFE_CLOSE(fd);

	TST_EXP_FD(fd = sys_open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0), "open(\".\", O_DIRECTORY|O_CLOEXEC)");
	if (fd >= 0) {
		TST_EXP_VAL(fcntl(fd, F_GETFD), FD_CLOEXEC, "FD_CLOEXEC is set");
		SAFE_CLOSE(fd);
	}
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
