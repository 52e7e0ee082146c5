// SPDX-License-Identifier: Apache-2.0
/*
 * openat02 - openat(2) with O_PATH and O_TMPFILE.
 *
 * Checks:
 *  - O_PATH opens a file with mode 0 (no read permission needed, checked as
 *    uid 65534), and the fd rejects read (EBADF) but works with fstat;
 *  - O_PATH|O_NOFOLLOW opens a symlink itself (fstat reports S_IFLNK);
 *  - O_TMPFILE creates an unnamed regular file in a directory: it is not
 *    listed, can be written and read back, and has st_nlink 0 (TCONF when
 *    the filesystem answers EOPNOTSUPP);
 *  - O_TMPFILE on a regular file's path: ENOTDIR.
 */
#include "tst.h"
#include <grp.h>
#include <dirent.h>

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void opath_as_nobody(void)
{
	struct stat st;
	char c;
	int fd;

	TST_EXP_FD(fd = openat(AT_FDCWD, "noperm", O_PATH), "uid 65534: O_PATH on a mode-0 file");
	if (fd < 0)
		return;
	TST_EXP_FAIL(read(fd, &c, 1), EBADF, "read() on an O_PATH fd");
	TST_EXP_PASS(fstat(fd, &st), "fstat() on an O_PATH fd");
	TST_EXP_EQ(st.st_size, 3);
	SAFE_CLOSE(fd);
}

static void run(void)
{
	struct stat st;
	char buf[8];
	int fd;

	tst_write_file("noperm", "abc");
	SAFE_CHMOD("noperm", 0);
	tst_as_nobody(opath_as_nobody);

	SAFE_SYMLINK("noperm", "sl");
	TST_EXP_FD(fd = openat(AT_FDCWD, "sl", O_PATH | O_NOFOLLOW), "O_PATH|O_NOFOLLOW on a symlink");
	if (fd >= 0) {
		TST_EXP_PASS(fstat(fd, &st), "fstat(O_PATH symlink fd)");
		TST_EXP_EXPR(S_ISLNK(st.st_mode), "fd refers to the symlink itself");
		SAFE_CLOSE(fd);
	}

	SAFE_MKDIR("d", 0755);
	fd = openat(AT_FDCWD, "d", O_TMPFILE | O_RDWR, 0600);
	if (fd < 0 && errno == EOPNOTSUPP) {
		tst_res(TCONF, "O_TMPFILE not supported by this filesystem");
	} else if (fd < 0) {
		tst_res(TFAIL | TERRNO, "openat(\"d\", O_TMPFILE|O_RDWR)");
	} else {
		DIR *d;
		struct dirent *de;
		int entries = 0;

		tst_res(TPASS, "openat(\"d\", O_TMPFILE|O_RDWR) returned fd %d", fd);
		SAFE_WRITE(fd, "tmp", 3);
		SAFE_LSEEK(fd, 0, SEEK_SET);
		TST_EXP_VAL(read(fd, buf, sizeof(buf)), 3, "read back the O_TMPFILE data");
		TST_EXP_PASS(fstat(fd, &st), "fstat(O_TMPFILE fd)");
		TST_EXP_EXPR(S_ISREG(st.st_mode) && st.st_nlink == 0,
			     "unnamed regular file with st_nlink 0 (got %lu)",
			     (unsigned long)st.st_nlink);
		d = opendir("d");
		if (!d)
			tst_brk(TBROK | TERRNO, "opendir(d)");
		while ((de = readdir(d)))
			if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
				entries++;
		closedir(d);
		TST_EXP_EQ(entries, 0);
		SAFE_CLOSE(fd);
	}
	TST_EXP_FAIL(openat(AT_FDCWD, "sl", O_TMPFILE | O_RDWR, 0600), ENOTDIR,
		     "O_TMPFILE on a regular file");
	chmod("noperm", 0600);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
