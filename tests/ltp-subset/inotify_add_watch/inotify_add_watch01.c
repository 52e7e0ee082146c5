// SPDX-License-Identifier: Apache-2.0
/*
 * inotify_add_watch01 - inotify_add_watch(2).
 *
 * Checks:
 *  - watching a directory for IN_CREATE reports a created file as one
 *    event with the watch descriptor, IN_CREATE in mask and the file's name;
 *  - watching the same path again returns the same wd; IN_MASK_ADD keeps it;
 *  - IN_ONLYDIR on a regular file: ENOTDIR;
 *  - errors: EINVAL (mask with no events; fd not an inotify fd), EBADF,
 *    ENOENT, EFAULT, EACCES (uid 65534 watching a 0600 file it cannot read;
 *    TCONF when it owns the file).
 */
#include "tst.h"
#include <grp.h>
#include <sys/inotify.h>

static int ifd;

/*
 * Runs fn() in a child whose uids and gids are 65534, so permission checks
 * apply even when the test runs as root; TCONF when the uid cannot change.
 */

static void nobody_case(void)
{
	struct stat st;

	if (stat("secret", &st) < 0 || st.st_uid == geteuid())
		tst_res(TCONF, "\"secret\" is owned by uid 65534: no foreign file");
	else
		TST_EXP_FAIL(inotify_add_watch(ifd, "secret", IN_MODIFY), EACCES,
			     "uid 65534: watch a foreign 0600 file");
}

static void run(void)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	struct inotify_event *ev = (struct inotify_event *)buf;
	int wd, nfd;
	long n;

	ifd = inotify_init1(IN_NONBLOCK);
	if (ifd < 0)
		tst_brk(TBROK | TERRNO, "inotify_init1");
	SAFE_MKDIR("d", 0755);
	TST_EXP_POSITIVE(wd = inotify_add_watch(ifd, "d", IN_CREATE), "inotify_add_watch(\"d\", IN_CREATE)");
	tst_write_file("d/created", "x");
	TST_EXP_POSITIVE(n = read(ifd, buf, sizeof(buf)), "read() an event");
	if (n >= (long)sizeof(*ev)) {
		TST_EXP_EXPR(ev->wd == wd && (ev->mask & IN_CREATE) && ev->len > 0 &&
			     !strcmp(ev->name, "created"),
			     "event: wd %d mask 0x%x name \"%s\"", ev->wd, ev->mask, ev->len ? ev->name : "");
		TST_EXP_EQ(n, (long)(sizeof(*ev) + ev->len));
	}
	TST_EXP_VAL(inotify_add_watch(ifd, "d", IN_DELETE), wd, "same path returns the same wd");
	TST_EXP_VAL(inotify_add_watch(ifd, "d", IN_CREATE | IN_MASK_ADD), wd, "IN_MASK_ADD keeps the wd");

	tst_write_file("secret", "x");
	SAFE_CHMOD("secret", 0600);
	TST_EXP_FAIL(inotify_add_watch(ifd, "secret", IN_MODIFY | IN_ONLYDIR), ENOTDIR, "IN_ONLYDIR on a file");
	TST_EXP_FAIL(inotify_add_watch(ifd, "d", 0), EINVAL, "mask 0");
	nfd = SAFE_OPEN("secret", O_RDONLY);
	TST_EXP_FAIL(inotify_add_watch(nfd, "d", IN_CREATE), EINVAL, "fd is not an inotify fd");
	SAFE_CLOSE(nfd);
	TST_EXP_FAIL(inotify_add_watch(-1, "d", IN_CREATE), EBADF, "fd -1");
	TST_EXP_FAIL(inotify_add_watch(ifd, "missing", IN_CREATE), ENOENT, "missing path");
	TST_EXP_FAIL(inotify_add_watch(ifd, tst_bad_addr(), IN_CREATE), EFAULT, "bad path pointer");
	tst_as_nobody(nobody_case);
	SAFE_CLOSE(ifd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
