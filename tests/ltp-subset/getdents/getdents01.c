// SPDX-License-Identifier: Apache-2.0
/*
 * getdents01 - the old getdents(2) (SYS_getdents, struct linux_dirent with
 * d_type in the last byte of each record).
 *
 * Checks:
 *  - reading the temp dir in which regular files "f1", "f2" and directory
 *    "sub" were created returns every one of ".", "..", "f1", "f2", "sub"
 *    exactly once, with d_type DT_REG for files and DT_DIR for "sub" and
 *    ".", and d_ino matching stat(2); records are 8-byte aligned and fit
 *    the returned length;
 *  - once the directory is exhausted the call returns 0;
 *  - errors: EBADF (closed fd), ENOTDIR (fd of a regular file), EINVAL
 *    (1-byte buffer, too small for any record), EFAULT (bad buffer).
 */
#include "tst.h"
#include <dirent.h>

struct linux_dirent {
	unsigned long d_ino;
	unsigned long d_off;
	unsigned short d_reclen;
	char d_name[];
};

static const struct {
	const char *name;
	int type;
} want[] = {
	{ ".", DT_DIR }, { "..", DT_DIR }, { "f1", DT_REG }, { "f2", DT_REG }, { "sub", DT_DIR },
};

static void setup(void)
{
	tst_write_file("f1", "one");
	tst_write_file("f2", "two");
	SAFE_MKDIR("sub", 0755);
}

static long gd(int fd, void *buf, unsigned int n)
{
	return syscall(SYS_getdents, fd, buf, n);
}

static void run(void)
{
	static char buf[4096] __attribute__((aligned(8)));
	int seen[ARRAY_SIZE(want)] = { 0 }, bad_type = 0, bad_ino = 0, bad_len = 0, other = 0;
	long n;
	int fd, ffd;

	fd = SAFE_OPEN(".", O_RDONLY | O_DIRECTORY);
	while ((n = gd(fd, buf, sizeof(buf))) > 0) {
		for (long off = 0; off < n;) {
			struct linux_dirent *d = (void *)(buf + off);
			int type = buf[off + d->d_reclen - 1];
			unsigned int i;
			struct stat st;

			if (d->d_reclen == 0 || d->d_reclen % 8 || off + d->d_reclen > n) {
				bad_len++;
				break;
			}
			for (i = 0; i < ARRAY_SIZE(want); i++)
				if (!strcmp(d->d_name, want[i].name))
					break;
			if (i == ARRAY_SIZE(want)) {
				other++;
			} else {
				seen[i]++;
				if (type != want[i].type)
					bad_type++;
				if (i != 1 && (stat(d->d_name, &st) || st.st_ino != d->d_ino))
					bad_ino++;
			}
			off += d->d_reclen;
		}
	}
	TST_EXP_EQ(n, 0);
	for (unsigned int i = 0; i < ARRAY_SIZE(want); i++)
		TST_EXP_EXPR(seen[i] == 1, "\"%s\" listed %d time(s)", want[i].name, seen[i]);
	TST_EXP_EXPR(!other && !bad_type && !bad_ino && !bad_len,
		     "records: %d unexpected, %d wrong d_type, %d wrong d_ino, %d bad d_reclen",
		     other, bad_type, bad_ino, bad_len);
	TST_EXP_VAL(gd(fd, buf, sizeof(buf)), 0, "getdents at end of directory");

	SAFE_LSEEK(fd, 0, SEEK_SET);
	TST_EXP_FAIL(gd(fd, buf, 1), EINVAL, "getdents(1-byte buffer)");
	TST_EXP_FAIL(gd(fd, tst_bad_addr(), sizeof(buf)), EFAULT, "getdents(bad buffer)");
	ffd = SAFE_OPEN("f1", O_RDONLY);
	TST_EXP_FAIL(gd(ffd, buf, sizeof(buf)), ENOTDIR, "getdents(regular file fd)");
	SAFE_CLOSE(ffd);
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(gd(100, buf, sizeof(buf)), EBADF, "getdents(closed fd 100)");
}

static struct tst_test test = { .setup = setup, .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
