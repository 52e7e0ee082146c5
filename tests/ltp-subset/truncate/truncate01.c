// SPDX-License-Identifier: Apache-2.0
/*
 * truncate01 - truncate(2).
 *
 * Checks, one row per length of a table (shrink, extend, to 0, no change):
 *  - st_size becomes the length; bytes kept are unchanged and an extension
 *    reads back as zeros;
 *  - truncate() follows a symlink;
 *  - errors: EISDIR, ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG, EFAULT, EINVAL
 *    (negative length), EACCES (uid 65534 on a foreign 0644 file; through a
 *    directory without search permission).
 */
#include "tst.h"
#include <grp.h>

static char longname[300];
static const off_t lengths[] = { 4, 100, 0, 10, 10 };

static const struct ecase {
	const char *path;
	off_t len;
	int exp_errno;
	const char *desc;
} ecases[] = {
	{ "dir", 0, EISDIR, "a directory" },
	{ "missing", 0, ENOENT, "missing file" },
	{ "f/x", 0, ENOTDIR, "file used as a directory" },
	{ "loop", 0, ELOOP, "symlink loop" },
	{ "L", 0, ENAMETOOLONG, "300-byte component" },
	{ NULL, 0, EFAULT, "bad path pointer" },
	{ "f", -1, EINVAL, "negative length" },
};

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_cases(void)
{
	struct stat st;

	if (stat("ro", &st) == 0 && st.st_uid != geteuid())
		TST_EXP_FAIL(truncate("ro", 0), EACCES, "uid 65534: truncate(foreign 0644 file)");
	else
		TST_EXP_FAIL(truncate("ro0", 0), EACCES, "uid 65534: truncate(own 0444 file)");
	TST_EXP_FAIL(truncate("nosearch/f", 0), EACCES, "uid 65534: truncate() through a dir without x");
}

static void run(void)
{
	char buf[128], exp[128];
	struct stat st;
	off_t prev = 10;
	int fd;

	tst_write_file("f", "0123456789");
	memcpy(exp, "0123456789", 10);
	for (unsigned int i = 0; i < ARRAY_SIZE(lengths); i++) {
		off_t len = lengths[i];

		TST_EXP_PASS(truncate("f", len), "truncate(\"f\", %ld)", (long)len);
		if (stat("f", &st) < 0)
			tst_brk(TBROK | TERRNO, "stat(f)");
		TST_EXP_EQ(st.st_size, len);
		if (len > prev)
			memset(exp + prev, 0, len - prev);
		prev = len;
		fd = SAFE_OPEN("f", O_RDONLY);
		memset(buf, 'X', sizeof(buf));
		SAFE_READ(fd, buf, sizeof(buf));
		SAFE_CLOSE(fd);
		TST_EXP_EXPR(!memcmp(buf, exp, len), "contents correct after truncate to %ld", (long)len);
	}

	SAFE_SYMLINK("f", "link");
	TST_EXP_PASS(truncate("link", 3), "truncate(symlink, 3)");
	if (stat("f", &st) < 0)
		tst_brk(TBROK | TERRNO, "stat(f)");
	TST_EXP_EQ(st.st_size, 3);

	SAFE_MKDIR("dir", 0755);
	SAFE_SYMLINK("loop", "loop");
	memset(longname, 'a', sizeof(longname) - 1);
	for (unsigned int i = 0; i < ARRAY_SIZE(ecases); i++) {
		const char *p = !ecases[i].path ? tst_bad_addr() :
				!strcmp(ecases[i].path, "L") ? longname : ecases[i].path;
		TST_EXP_FAIL(truncate(p, ecases[i].len), ecases[i].exp_errno, "truncate(%s)", ecases[i].desc);
	}

	tst_write_file("ro", "x");
	SAFE_CHMOD("ro", 0644);
	tst_write_file("ro0", "x");
	SAFE_CHMOD("ro0", 0444);
	SAFE_MKDIR("nosearch", 0755);
	tst_write_file("nosearch/f", "x");
	SAFE_CHMOD("nosearch", 0666);
	tst_as_nobody(nobody_cases);
	SAFE_CHMOD("nosearch", 0755);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
