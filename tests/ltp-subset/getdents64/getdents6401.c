// SPDX-License-Identifier: Apache-2.0
/*
 * getdents6401 - getdents64(2), via the raw syscall.
 *
 * Checks:
 *  - a directory holding a file, a subdirectory, a symlink and a FIFO lists
 *    exactly ".", "..", and those four, each once, with the matching d_type
 *    (DT_UNKNOWN accepted) and d_ino equal to lstat()'s st_ino;
 *  - a second call at the end returns 0; lseek(fd, 0, SEEK_SET) rewinds;
 *  - a 1-byte buffer gives EINVAL;
 *  - errors: EBADF (closed fd; O_PATH fd), ENOTDIR (regular file fd),
 *    EFAULT (bad buffer), ENOENT (directory removed while open).
 */
#include "tst.h"
#include <dirent.h>

struct ent64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

static long sys_getdents64(int fd, void *buf, size_t n)
{
	return syscall(SYS_getdents64, fd, buf, n);
}

static const struct { const char *name; unsigned char type; } expected[] = {
	{ ".", DT_DIR }, { "..", DT_DIR }, { "file", DT_REG }, { "sub", DT_DIR },
	{ "link", DT_LNK }, { "fifo", DT_FIFO },
};

static void run(void)
{
	static char buf[8192];
	int seen[ARRAY_SIZE(expected)] = { 0 };
	int fd, ffd, pfd, bad = 0, rd;
	long n;

	SAFE_MKDIR("d", 0755);
	tst_write_file("d/file", "x");
	SAFE_MKDIR("d/sub", 0755);
	SAFE_SYMLINK("file", "d/link");
	if (mkfifo("d/fifo", 0600) < 0)
		tst_brk(TBROK | TERRNO, "mkfifo(d/fifo)");
	fd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);

	TST_EXP_POSITIVE(n = sys_getdents64(fd, buf, sizeof(buf)), "getdents64(dir fd)");
	for (long off = 0; n > 0 && off < n;) {
		struct ent64 *e = (struct ent64 *)(buf + off);
		unsigned int i;

		for (i = 0; i < ARRAY_SIZE(expected); i++)
			if (!strcmp(e->d_name, expected[i].name))
				break;
		if (i == ARRAY_SIZE(expected)) {
			tst_res(TFAIL, "unexpected entry \"%s\"", e->d_name);
			bad = 1;
		} else {
			char path[64];
			struct stat st;

			seen[i]++;
			snprintf(path, sizeof(path), "d/%s", e->d_name);
			if (e->d_type != expected[i].type && e->d_type != DT_UNKNOWN) {
				tst_res(TFAIL, "\"%s\": d_type %d, expected %d", e->d_name,
					e->d_type, expected[i].type);
				bad = 1;
			}
			if (strcmp(e->d_name, "..") && lstat(path, &st) == 0 && st.st_ino != e->d_ino) {
				tst_res(TFAIL, "\"%s\": d_ino %llu != st_ino %llu", e->d_name,
					(unsigned long long)e->d_ino, (unsigned long long)st.st_ino);
				bad = 1;
			}
		}
		if (e->d_reclen == 0)
			break;
		off += e->d_reclen;
	}
	for (unsigned int i = 0; i < ARRAY_SIZE(expected); i++) {
		if (seen[i] != 1) {
			tst_res(TFAIL, "\"%s\" seen %d times", expected[i].name, seen[i]);
			bad = 1;
		}
	}
	if (!bad)
		tst_res(TPASS, "listed exactly the 6 entries with the right d_type and d_ino");
	TST_EXP_VAL(sys_getdents64(fd, buf, sizeof(buf)), 0, "getdents64() at the end");
	SAFE_LSEEK(fd, 0, SEEK_SET);
	TST_EXP_POSITIVE(sys_getdents64(fd, buf, sizeof(buf)), "getdents64() after rewinding");
	SAFE_LSEEK(fd, 0, SEEK_SET);
	TST_EXP_FAIL(sys_getdents64(fd, buf, 1), EINVAL, "getdents64(1-byte buffer)");
	TST_EXP_FAIL(sys_getdents64(fd, tst_bad_addr(), sizeof(buf)), EFAULT, "getdents64(bad buffer)");
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(sys_getdents64(fd, buf, sizeof(buf)), EBADF, "getdents64(closed fd)");

	ffd = SAFE_OPEN("d/file", O_RDONLY);
	TST_EXP_FAIL(sys_getdents64(ffd, buf, sizeof(buf)), ENOTDIR, "getdents64(regular file)");
	SAFE_CLOSE(ffd);
	pfd = SAFE_OPEN("d", O_PATH);
	TST_EXP_FAIL(sys_getdents64(pfd, buf, sizeof(buf)), EBADF, "getdents64(O_PATH fd)");
	SAFE_CLOSE(pfd);

	SAFE_MKDIR("gone", 0755);
	rd = SAFE_OPEN("gone", O_RDONLY | O_DIRECTORY);
	if (rmdir("gone") < 0)
		tst_brk(TBROK | TERRNO, "rmdir(gone)");
	TST_EXP_FAIL(sys_getdents64(rd, buf, sizeof(buf)), ENOENT, "getdents64(removed directory)");
	SAFE_CLOSE(rd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
