// SPDX-License-Identifier: Apache-2.0
/*
 * openat201 - openat2(2) and its RESOLVE_* flags.
 *
 * Layout under the tmpdir:  root/file, root/sub/, root/abs -> /file,
 * root/up -> ../outside, root/rel -> file, root/sdir -> sub, outside.
 *
 * Checks:
 *  - a plain open_how opens root/file; how.mode with O_CREAT applies;
 *  - RESOLVE_BENEATH: "sub/../file" works; "../outside", "/etc/passwd" and
 *    a symlink escaping dirfd fail with EXDEV;
 *  - RESOLVE_NO_SYMLINKS: a symlink anywhere in the path gives ELOOP, but
 *    O_PATH|O_NOFOLLOW still opens a trailing symlink itself;
 *  - RESOLVE_IN_ROOT: "/file", "../../file" and the absolute symlink
 *    root/abs all resolve inside dirfd (to root/file);
 *  - EINVAL: unknown resolve bits; unknown open flags; how.mode without
 *    O_CREAT/O_TMPFILE; RESOLVE_BENEATH|RESOLVE_IN_ROOT; size smaller than
 *    the first published struct (24 bytes);
 *  - a larger struct with zero tail bytes is accepted; a non-zero tail
 *    byte gives E2BIG;
 *  - EFAULT for a bad open_how pointer, EBADF for a bad dirfd.
 * TCONF if the kernel has no openat2 (ENOSYS).
 */
#include "tst.h"
#include <linux/openat2.h>

#ifndef OPEN_HOW_SIZE_VER0
# define OPEN_HOW_SIZE_VER0 24
#endif

#ifndef SYS_openat2
# define SYS_openat2 437
#endif

static int rootfd;

static long sys_openat2(int dfd, const char *path, void *how, size_t size)
{
	/*
	 * openat2(2): with RESOLVE_BENEATH or RESOLVE_IN_ROOT a ".." may fail
	 * with EAGAIN when a rename or mount ran anywhere meanwhile; callers
	 * are told to retry.
	 */
	long r;
	int tries = 0;
	do
		r = syscall(SYS_openat2, dfd, path, how, size);
	while (r < 0 && errno == EAGAIN && ++tries < 1000);
	return r;
}

/* Opens path with how and checks it is root/file (contents "in-root"). */
static void check_opens_file(const char *path, unsigned long long resolve,
			     const char *desc)
{
	struct open_how how = { .flags = O_RDONLY, .resolve = resolve };
	char buf[16] = "";
	long fd;

	TST_EXP_FD(fd = sys_openat2(rootfd, path, &how, sizeof(how)), "%s", desc);
	if (fd < 0)
		return;
	SAFE_READ(fd, buf, sizeof(buf) - 1);
	TST_EXP_EXPR(!strcmp(buf, "in-root"), "%s: opened root/file", desc);
	SAFE_CLOSE(fd);
}

static const struct ecase {
	const char *path;
	unsigned long long flags, mode, resolve;
	int exp_errno;
	const char *desc;
} ecases[] = {
	{ "../outside", O_RDONLY, 0, RESOLVE_BENEATH, EXDEV, "RESOLVE_BENEATH \"../outside\"" },
	{ "/etc/passwd", O_RDONLY, 0, RESOLVE_BENEATH, EXDEV, "RESOLVE_BENEATH absolute path" },
	{ "up", O_RDONLY, 0, RESOLVE_BENEATH, EXDEV, "RESOLVE_BENEATH symlink to ../outside" },
	{ "rel", O_RDONLY, 0, RESOLVE_NO_SYMLINKS, ELOOP, "RESOLVE_NO_SYMLINKS final symlink" },
	{ "sdir/x", O_RDONLY, 0, RESOLVE_NO_SYMLINKS, ELOOP, "RESOLVE_NO_SYMLINKS inner symlink" },
	{ "file", O_RDONLY, 0, 1ULL << 40, EINVAL, "unknown resolve bit 1<<40" },
	{ "file", O_RDONLY, 0, 0x80, EINVAL, "unknown resolve bit 0x80" },
	{ "file", O_RDONLY | (1ULL << 40), 0, 0, EINVAL, "unknown open flag 1<<40" },
	{ "file", O_RDONLY, 0600, 0, EINVAL, "mode without O_CREAT" },
	{ "file", O_RDONLY, 0, RESOLVE_BENEATH | RESOLVE_IN_ROOT, EINVAL,
	  "RESOLVE_BENEATH|RESOLVE_IN_ROOT" },
	{ "missing", O_RDONLY, 0, RESOLVE_BENEATH, ENOENT, "missing file" },
};

static void setup(void)
{
	struct open_how how = { .flags = O_RDONLY };

	SAFE_MKDIR("root", 0755);
	SAFE_MKDIR("root/sub", 0755);
	tst_write_file("root/file", "in-root");
	tst_write_file("outside", "outside");
	SAFE_SYMLINK("/file", "root/abs");
	SAFE_SYMLINK("../outside", "root/up");
	SAFE_SYMLINK("file", "root/rel");
	SAFE_SYMLINK("sub", "root/sdir");
	rootfd = SAFE_OPEN("root", O_RDONLY | O_DIRECTORY);
	if (sys_openat2(rootfd, "file", &how, sizeof(how)) < 0 && errno == ENOSYS)
		tst_brk(TCONF, "openat2() not supported (ENOSYS)");
}

static void run(void)
{
	struct open_how how = { .flags = O_RDWR | O_CREAT | O_EXCL, .mode = 0640 };
	struct { struct open_how how; char tail[16]; } big;
	struct stat st;
	long fd;

	check_opens_file("file", 0, "openat2(root, \"file\")");
	umask(0);
	TST_EXP_FD(fd = sys_openat2(rootfd, "new", &how, sizeof(how)), "openat2(O_CREAT, mode 0640)");
	if (fd >= 0) {
		TST_EXP_PASS(fstat(fd, &st), "fstat(new)");
		TST_EXP_EQ(st.st_mode & 07777, 0640);
		SAFE_CLOSE(fd);
	}

	check_opens_file("sub/../file", RESOLVE_BENEATH, "RESOLVE_BENEATH \"sub/../file\"");
	check_opens_file("/file", RESOLVE_IN_ROOT, "RESOLVE_IN_ROOT \"/file\"");
	check_opens_file("../../file", RESOLVE_IN_ROOT, "RESOLVE_IN_ROOT \"../../file\"");
	check_opens_file("abs", RESOLVE_IN_ROOT, "RESOLVE_IN_ROOT symlink -> /file");
	check_opens_file("file", RESOLVE_NO_SYMLINKS, "RESOLVE_NO_SYMLINKS without symlinks");

	how.flags = O_PATH | O_NOFOLLOW;
	how.mode = 0;
	how.resolve = RESOLVE_NO_SYMLINKS;
	TST_EXP_FD(fd = sys_openat2(rootfd, "rel", &how, sizeof(how)),
		   "RESOLVE_NO_SYMLINKS, O_PATH|O_NOFOLLOW on a trailing symlink");
	if (fd >= 0) {
		TST_EXP_PASS(fstat(fd, &st), "fstat(symlink O_PATH fd)");
		TST_EXP_EXPR(S_ISLNK(st.st_mode), "fd refers to the symlink");
		SAFE_CLOSE(fd);
	}
	how.resolve = 0;

	for (unsigned int i = 0; i < ARRAY_SIZE(ecases); i++) {
		struct open_how h = {
			.flags = ecases[i].flags, .mode = ecases[i].mode,
			.resolve = ecases[i].resolve,
		};
		TST_EXP_FAIL(sys_openat2(rootfd, ecases[i].path, &h, sizeof(h)),
			     ecases[i].exp_errno, "openat2(%s)", ecases[i].desc);
	}

	memset(&big, 0, sizeof(big));
	big.how.flags = O_RDONLY;
	TST_EXP_FAIL(sys_openat2(rootfd, "file", &big, OPEN_HOW_SIZE_VER0 - 1), EINVAL,
		     "openat2(size %d)", OPEN_HOW_SIZE_VER0 - 1);
	TST_EXP_FAIL(sys_openat2(rootfd, "file", &big, 0), EINVAL, "openat2(size 0)");
	TST_EXP_FD(fd = sys_openat2(rootfd, "file", &big, sizeof(big)),
		   "openat2(size %zu, zero tail)", sizeof(big));
	if (fd >= 0)
		SAFE_CLOSE(fd);
	big.tail[5] = 1;
	TST_EXP_FAIL(sys_openat2(rootfd, "file", &big, sizeof(big)), E2BIG,
		     "openat2(size %zu, non-zero tail)", sizeof(big));
	TST_EXP_FAIL(sys_openat2(rootfd, "file", tst_bad_addr(), sizeof(struct open_how)),
		     EFAULT, "openat2(bad open_how pointer)");
	how.flags = O_RDONLY;
	how.mode = 0;
	TST_EXP_FAIL(sys_openat2(-1, "file", &how, sizeof(how)), EBADF, "openat2(dirfd -1)");
}

static struct tst_test test = { .test_all = run, .setup = setup, .needs_tmpdir = 1 };
TST_MAIN(test)
