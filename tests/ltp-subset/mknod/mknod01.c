// SPDX-License-Identifier: Apache-2.0
/*
 * mknod01 - mknod(2) via the raw syscall (libc routes mknod() elsewhere).
 *
 * Checks:
 *  - S_IFIFO creates a FIFO (mode & ~umask) that can be opened and passes
 *    data;
 *  - S_IFREG and a type of 0 create an empty regular file;
 *  - S_IFSOCK creates a socket inode;
 *  - errors: EEXIST, ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG, EFAULT, EINVAL
 *    (an unknown file type), EPERM (S_IFDIR), EACCES (uid 65534, parent not
 *    writable), EPERM (uid 65534 creating a character device).
 */
#include "tst.h"
#include <grp.h>
#include <sys/sysmacros.h>

/* The mknod(2) syscall itself: libc may route mknod() through a newer call. */
static long sys_mknod(const char *path, mode_t mode, dev_t dev)
{
	return syscall(SYS_mknod, path, mode, dev);
}

static char longname[300];

static const struct tcase {
	const char *path;
	mode_t mode;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "fifo", S_IFIFO | 0600, EEXIST, "existing path" },
	{ "nodir/x", S_IFIFO | 0600, ENOENT, "missing parent" },
	{ "reg/x", S_IFIFO | 0600, ENOTDIR, "file used as a directory" },
	{ "loop/x", S_IFIFO | 0600, ELOOP, "symlink loop" },
	{ "L", S_IFIFO | 0600, ENAMETOOLONG, "300-byte component" },
	{ NULL, S_IFIFO | 0600, EFAULT, "bad path pointer" },
	{ "bad", S_IFMT | 0600, EINVAL, "unknown file type S_IFMT" },
	{ "dir", S_IFDIR | 0700, EPERM, "S_IFDIR" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_cases(void)
{
	TST_EXP_FAIL(sys_mknod("ro/fifo", S_IFIFO | 0600, 0), EACCES, "uid 65534: FIFO in a 0555 dir");
	TST_EXP_FAIL(sys_mknod("w/null", S_IFCHR | 0600, makedev(1, 3)), EPERM,
		     "uid 65534: mknod(S_IFCHR 1:3)");
}

static void run(void)
{
	struct stat st;
	char buf[4];
	int rfd, wfd;

	umask(022);
	TST_EXP_PASS(sys_mknod("fifo", S_IFIFO | 0666, 0), "mknod(\"fifo\", S_IFIFO|0666)");
	umask(0);
	TST_EXP_PASS(stat("fifo", &st), "stat(\"fifo\")");
	TST_EXP_EXPR(S_ISFIFO(st.st_mode) && (st.st_mode & 0777) == 0644,
		     "FIFO with mode 0644, got 0%o", st.st_mode & 07777);
	rfd = SAFE_OPEN("fifo", O_RDONLY | O_NONBLOCK);
	wfd = SAFE_OPEN("fifo", O_WRONLY);
	SAFE_WRITE(wfd, "abc", 3);
	TST_EXP_VAL(read(rfd, buf, sizeof(buf)), 3, "data passes through the FIFO");
	SAFE_CLOSE(rfd);
	SAFE_CLOSE(wfd);

	TST_EXP_PASS(sys_mknod("reg", S_IFREG | 0640, 0), "mknod(\"reg\", S_IFREG|0640)");
	TST_EXP_PASS(stat("reg", &st), "stat(\"reg\")");
	TST_EXP_EXPR(S_ISREG(st.st_mode) && st.st_size == 0 && (st.st_mode & 0777) == 0640,
		     "empty regular file, mode 0640");
	TST_EXP_PASS(sys_mknod("reg0", 0600, 0), "mknod(\"reg0\", type 0)");
	TST_EXP_PASS(stat("reg0", &st), "stat(\"reg0\")");
	TST_EXP_EXPR(S_ISREG(st.st_mode), "type 0 makes a regular file");
	TST_EXP_PASS(sys_mknod("sock", S_IFSOCK | 0600, 0), "mknod(\"sock\", S_IFSOCK)");
	TST_EXP_PASS(stat("sock", &st), "stat(\"sock\")");
	TST_EXP_EXPR(S_ISSOCK(st.st_mode), "socket inode");

	memset(longname, 'a', sizeof(longname) - 1);
	SAFE_SYMLINK("loop", "loop");
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(sys_mknod(p, cases[i].mode, 0), cases[i].exp_errno, "mknod(%s)", cases[i].desc);
	}

	SAFE_MKDIR("ro", 0555);
	SAFE_MKDIR("w", 0777);
	SAFE_CHMOD("w", 0777);
	tst_as_nobody(nobody_cases);
	SAFE_CHMOD("ro", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
