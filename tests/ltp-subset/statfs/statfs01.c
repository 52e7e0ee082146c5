// SPDX-License-Identifier: Apache-2.0
/*
 * statfs01 - statfs(2).
 *
 * Checks:
 *  - statfs() of the tmpdir returns f_bsize > 0, f_blocks >= f_bfree >=
 *    f_bavail, f_namelen >= 255, and the same f_type and f_fsid as fstatfs()
 *    of an fd in that directory;
 *  - statfs() of /proc reports PROC_SUPER_MAGIC;
 *  - errors: ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG, EFAULT (bad path; bad
 *    buf), EACCES (uid 65534, directory without search permission).
 */
#include "tst.h"
#include <grp.h>
#include <sys/statfs.h>
#include <linux/magic.h>

static char longname[300];

static const struct tcase {
	const char *path;
	int exp_errno;
	const char *desc;
} cases[] = {
	{ "missing", ENOENT, "missing path" },
	{ "f/x", ENOTDIR, "file used as a directory" },
	{ "loop", ELOOP, "symlink loop" },
	{ "L", ENAMETOOLONG, "300-byte component" },
	{ NULL, EFAULT, "bad path pointer" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void eacces_case(void)
{
	struct statfs sf;

	TST_EXP_FAIL(statfs("nosearch/f", &sf), EACCES, "uid 65534: statfs() through a dir without x");
}

static void run(void)
{
	struct statfs sf, fsf;
	int fd;

	tst_write_file("f", "x");
	TST_EXP_PASS(statfs(".", &sf), "statfs(\".\")");
	TST_EXP_EXPR(sf.f_bsize > 0 && sf.f_blocks >= sf.f_bfree && sf.f_bfree >= sf.f_bavail,
		     "f_bsize %ld, f_blocks %lu >= f_bfree %lu >= f_bavail %lu", (long)sf.f_bsize,
		     (unsigned long)sf.f_blocks, (unsigned long)sf.f_bfree, (unsigned long)sf.f_bavail);
	TST_EXP_EXPR(sf.f_namelen >= 255, "f_namelen %ld >= 255", (long)sf.f_namelen);
	fd = SAFE_OPEN("f", O_RDONLY);
	TST_EXP_PASS(fstatfs(fd, &fsf), "fstatfs(fd)");
	TST_EXP_EXPR(sf.f_type == fsf.f_type && !memcmp(&sf.f_fsid, &fsf.f_fsid, sizeof(sf.f_fsid)),
		     "same f_type 0x%lx and f_fsid as fstatfs()", (long)sf.f_type);
	SAFE_CLOSE(fd);
	TST_EXP_PASS(statfs("/proc", &sf), "statfs(\"/proc\")");
	TST_EXP_EXPR(sf.f_type == PROC_SUPER_MAGIC, "/proc f_type 0x%lx", (long)sf.f_type);

	SAFE_SYMLINK("loop", "loop");
	memset(longname, 'a', sizeof(longname) - 1);
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *p = !cases[i].path ? tst_bad_addr() :
				!strcmp(cases[i].path, "L") ? longname : cases[i].path;
		TST_EXP_FAIL(statfs(p, &sf), cases[i].exp_errno, "statfs(%s)", cases[i].desc);
	}
	TST_EXP_FAIL(statfs(".", tst_bad_addr()), EFAULT, "statfs(bad buf)");

	SAFE_MKDIR("nosearch", 0755);
	tst_write_file("nosearch/f", "x");
	SAFE_CHMOD("nosearch", 0666);
	tst_as_nobody(eacces_case);
	SAFE_CHMOD("nosearch", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
