// SPDX-License-Identifier: Apache-2.0
/*
 * readlink01 - readlink(2).
 *
 * Checks:
 *  - returns the target's length and bytes, without a trailing NUL (the
 *    byte after the target is left untouched);
 *  - a buffer shorter than the target is filled and the count truncated;
 *  - a leading symlink component is followed, the last one is not;
 *  - /proc/self/cwd reads back the tmpdir;
 *  - errors: EINVAL (not a symlink; bufsiz 0), ENOENT, ENOTDIR, ELOOP,
 *    ENAMETOOLONG, EFAULT (bad path; bad buf), EACCES (uid 65534, dir
 *    without search permission).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];

static const struct tcase {
	const char *path;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "file", EINVAL, "a regular file" },
	{ "missing", ENOENT, "missing file" },
	{ "file/x", ENOTDIR, "file used as a directory" },
	{ "loop/x", ELOOP, "loop in a leading component" },
	{ "L", ENAMETOOLONG, "300-byte component" },
	{ NULL, EFAULT, "bad path pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	char buf[16];

	TST_EXP_FAIL(readlink("nosearch/l", buf, sizeof(buf)), EACCES,
		     "uid 65534: readlink() through a dir without x");
}

static void run(void)
{
	char buf[4200];

	tst_write_file("file", "x");
	SAFE_SYMLINK("some/target", "link");
	SAFE_SYMLINK("loop", "loop");
	SAFE_MKDIR("dir", 0755);
	SAFE_SYMLINK("dir", "dirlink");
	SAFE_SYMLINK("inner", "dir/l2");

	memset(buf, '#', sizeof(buf));
	TST_EXP_VAL(readlink("link", buf, sizeof(buf)), 11, "readlink(\"link\")");
	TST_EXP_EXPR(!memcmp(buf, "some/target#", 12), "target bytes, no NUL appended");
	memset(buf, '#', sizeof(buf));
	TST_EXP_VAL(readlink("link", buf, 4), 4, "readlink(\"link\", bufsiz 4)");
	TST_EXP_EXPR(!memcmp(buf, "some#", 5), "truncated to 4 bytes");
	TST_EXP_VAL(readlink("dirlink/l2", buf, sizeof(buf)), 5, "readlink(\"dirlink/l2\")");
	TST_EXP_EXPR(!memcmp(buf, "inner", 5), "leading symlink followed, last one read");
	TST_EXP_VAL(readlink("dirlink", buf, sizeof(buf)), 3, "readlink(\"dirlink\")");

	long n = readlink("/proc/self/cwd", buf, sizeof(buf) - 1);
	if (n < 0) {
		tst_res(TCONF | TERRNO, "readlink(/proc/self/cwd)");
	} else {
		buf[n] = '\0';
		TST_EXP_EXPR(!strcmp(buf, tst_tmpdir()), "/proc/self/cwd -> \"%s\"", buf);
	}

	memset(longname, 'a', sizeof(longname) - 1);
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(readlink(p, buf, sizeof(buf)), cases[i].exp_errno,
			     "readlink(%s)", cases[i].desc);
	}
	TST_EXP_FAIL(readlink("link", buf, 0), EINVAL, "readlink(bufsiz 0)");
	TST_EXP_FAIL(readlink("link", tst_bad_addr(), 16), EFAULT, "readlink(bad buf)");

	SAFE_MKDIR("nosearch", 0755);
	SAFE_SYMLINK("x", "nosearch/l");
	SAFE_CHMOD("nosearch", 0666);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("nosearch", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
