// SPDX-License-Identifier: Apache-2.0
/*
 * readlinkat01 - readlinkat(2).
 *
 * Checks:
 *  - a relative path is resolved against dirfd; AT_FDCWD uses the cwd; an
 *    absolute path ignores dirfd;
 *  - "" with an O_PATH|O_NOFOLLOW fd of a symlink reads that symlink;
 *  - errors: EBADF (bad dirfd), ENOTDIR (dirfd is a file), EINVAL (not a
 *    symlink; bufsiz 0), ENOENT, EFAULT (bad path).
 */
#include "tst.h"

static void run(void)
{
	char buf[64], abs[4200];
	int dfd, ffd, lfd;

	SAFE_MKDIR("d", 0755);
	SAFE_SYMLINK("target-in-d", "d/l");
	SAFE_SYMLINK("target-top", "l");
	tst_write_file("f", "x");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	ffd = SAFE_OPEN("f", O_RDONLY);
	lfd = SAFE_OPEN("d/l", O_PATH | O_NOFOLLOW);
	snprintf(abs, sizeof(abs), "%s/l", tst_tmpdir());

	TST_EXP_VAL(readlinkat(dfd, "l", buf, sizeof(buf)), 11, "readlinkat(dfd, \"l\")");
	TST_EXP_EXPR(!memcmp(buf, "target-in-d", 11), "read d/l");
	TST_EXP_VAL(readlinkat(AT_FDCWD, "l", buf, sizeof(buf)), 10, "readlinkat(AT_FDCWD, \"l\")");
	TST_EXP_EXPR(!memcmp(buf, "target-top", 10), "read ./l");
	TST_EXP_VAL(readlinkat(dfd, abs, buf, sizeof(buf)), 10, "readlinkat(dfd, absolute)");
	TST_EXP_VAL(readlinkat(lfd, "", buf, sizeof(buf)), 11, "readlinkat(O_PATH symlink fd, \"\")");
	TST_EXP_EXPR(!memcmp(buf, "target-in-d", 11), "read the fd's symlink");

	TST_EXP_FAIL(readlinkat(-1, "l", buf, sizeof(buf)), EBADF, "readlinkat(-1, relative)");
	TST_EXP_FAIL(readlinkat(ffd, "l", buf, sizeof(buf)), ENOTDIR, "readlinkat(file fd, \"l\")");
	TST_EXP_FAIL(readlinkat(AT_FDCWD, "f", buf, sizeof(buf)), EINVAL, "readlinkat(regular file)");
	TST_EXP_FAIL(readlinkat(dfd, "missing", buf, sizeof(buf)), ENOENT, "readlinkat(missing)");
	TST_EXP_FAIL(readlinkat(dfd, tst_bad_addr(), buf, sizeof(buf)), EFAULT, "readlinkat(bad path)");
	TST_EXP_FAIL(readlinkat(dfd, "l", buf, 0), EINVAL, "readlinkat(bufsiz 0)");
	SAFE_CLOSE(dfd);
	SAFE_CLOSE(ffd);
	SAFE_CLOSE(lfd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
