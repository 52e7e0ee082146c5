// SPDX-License-Identifier: Apache-2.0
/*
 * name_to_handle_at01 - name_to_handle_at(2).
 *
 * Checks:
 *  - handle_bytes 0 fails with EOVERFLOW and reports the size needed;
 *  - with that size it returns a handle and a mount id, and the same file
 *    reached through another path (a hard link; dirfd + name; AT_EMPTY_PATH
 *    on an fd) yields the same handle;
 *  - a symlink is not followed by default (different handle) and is with
 *    AT_SYMLINK_FOLLOW;
 *  - errors: EINVAL (unknown flag; handle_bytes > MAX_HANDLE_SZ), ENOENT,
 *    ENOTDIR, EBADF, EFAULT (bad handle pointer).
 * TCONF when the tmpdir's filesystem cannot export handles (EOPNOTSUPP) or
 * the call is refused (EPERM).
 */
#include "tst.h"

struct fh {
	struct file_handle h;
	unsigned char bytes[MAX_HANDLE_SZ];
};

static unsigned int hsize;

/* Returns 0 and fills *out, or -1 with errno. */
static int get(int dfd, const char *path, int flags, struct fh *out)
{
	int mnt;

	memset(out, 0, sizeof(*out));
	out->h.handle_bytes = hsize;
	return name_to_handle_at(dfd, path, &out->h, &mnt, flags);
}

static int same(const struct fh *a, const struct fh *b)
{
	return a->h.handle_type == b->h.handle_type && a->h.handle_bytes == b->h.handle_bytes &&
	       !memcmp(a->h.f_handle, b->h.f_handle, a->h.handle_bytes);
}

static void run(void)
{
	struct fh a, b;
	int mnt, dfd, fd;

	SAFE_MKDIR("d", 0755);
	tst_write_file("d/f", "x");
	if (link("d/f", "hard") < 0)
		tst_brk(TBROK | TERRNO, "link");
	SAFE_SYMLINK("d/f", "sl");

	memset(&a, 0, sizeof(a));
	a.h.handle_bytes = 0;
	if (name_to_handle_at(AT_FDCWD, "d/f", &a.h, &mnt, 0) == 0)
		tst_brk(TBROK, "name_to_handle_at(handle_bytes 0) succeeded");
	if (errno == EOPNOTSUPP || errno == EPERM || errno == ENOSYS)
		tst_brk(TCONF | TERRNO, "file handles not available here");
	TST_EXP_EXPR(errno == EOVERFLOW && a.h.handle_bytes > 0 && a.h.handle_bytes <= MAX_HANDLE_SZ,
		     "handle_bytes 0 -> EOVERFLOW, size needed %u", a.h.handle_bytes);
	hsize = a.h.handle_bytes;

	mnt = -1;
	memset(&a, 0, sizeof(a));
	a.h.handle_bytes = hsize;
	TST_EXP_PASS(name_to_handle_at(AT_FDCWD, "d/f", &a.h, &mnt, 0), "name_to_handle_at(\"d/f\")");
	TST_EXP_EXPR(mnt >= 0, "mount id %d", mnt);
	TST_EXP_PASS(get(AT_FDCWD, "hard", 0, &b), "name_to_handle_at(hard link)");
	TST_EXP_EXPR(same(&a, &b), "hard link has the same handle");
	dfd = SAFE_OPEN("d", O_RDONLY | O_DIRECTORY);
	TST_EXP_PASS(get(dfd, "f", 0, &b), "name_to_handle_at(dfd, \"f\")");
	TST_EXP_EXPR(same(&a, &b), "dirfd + name gives the same handle");
	fd = SAFE_OPEN("d/f", O_RDONLY);
	TST_EXP_PASS(get(fd, "", AT_EMPTY_PATH, &b), "name_to_handle_at(fd, \"\", AT_EMPTY_PATH)");
	TST_EXP_EXPR(same(&a, &b), "AT_EMPTY_PATH gives the same handle");
	if (get(AT_FDCWD, "sl", 0, &b) == 0)
		TST_EXP_EXPR(!same(&a, &b), "symlink not followed by default");
	else
		tst_res(TINFO | TERRNO, "no handle for the symlink itself");
	TST_EXP_PASS(get(AT_FDCWD, "sl", AT_SYMLINK_FOLLOW, &b), "name_to_handle_at(sl, AT_SYMLINK_FOLLOW)");
	TST_EXP_EXPR(same(&a, &b), "AT_SYMLINK_FOLLOW reaches the file");

	TST_EXP_FAIL(get(AT_FDCWD, "d/f", 0x40000000, &b), EINVAL, "unknown flag 0x40000000");
	b.h.handle_bytes = MAX_HANDLE_SZ + 1;
	TST_EXP_FAIL(name_to_handle_at(AT_FDCWD, "d/f", &b.h, &mnt, 0), EINVAL, "handle_bytes > MAX_HANDLE_SZ");
	TST_EXP_FAIL(get(AT_FDCWD, "missing", 0, &b), ENOENT, "missing file");
	TST_EXP_FAIL(get(fd, "x", 0, &b), ENOTDIR, "dirfd is a file");
	TST_EXP_FAIL(get(-1, "f", 0, &b), EBADF, "dirfd -1");
	TST_EXP_FAIL(name_to_handle_at(AT_FDCWD, "d/f", tst_bad_addr(), &mnt, 0), EFAULT, "bad handle pointer");
	SAFE_CLOSE(fd);
	SAFE_CLOSE(dfd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
