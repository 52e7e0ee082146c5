// SPDX-License-Identifier: Apache-2.0
/*
 * inotify_rm_watch01 - inotify_rm_watch(2).
 *
 * Checks:
 *  - removing a watch queues an IN_IGNORED event for its wd, and later
 *    file creation produces no IN_CREATE event;
 *  - errors: EINVAL (removing the same wd twice; an invalid wd; fd not an
 *    inotify fd), EBADF.
 */
#include "tst.h"
#include <sys/inotify.h>

static void run(void)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	struct inotify_event *ev = (struct inotify_event *)buf;
	int ifd, wd, nfd;
	long n;

	ifd = inotify_init1(IN_NONBLOCK);
	if (ifd < 0)
		tst_brk(TBROK | TERRNO, "inotify_init1");
	SAFE_MKDIR("d", 0755);
	wd = inotify_add_watch(ifd, "d", IN_CREATE);
	if (wd < 0)
		tst_brk(TBROK | TERRNO, "inotify_add_watch(d)");
	TST_EXP_PASS(inotify_rm_watch(ifd, wd), "inotify_rm_watch(ifd, wd)");
	TST_EXP_POSITIVE(n = read(ifd, buf, sizeof(buf)), "read() after removal");
	if (n >= (long)sizeof(*ev))
		TST_EXP_EXPR(ev->wd == wd && (ev->mask & IN_IGNORED), "IN_IGNORED for wd %d (mask 0x%x)",
			     ev->wd, ev->mask);
	tst_write_file("d/after", "x");
	TST_EXP_FAIL(read(ifd, buf, sizeof(buf)), EAGAIN, "no event after the watch is gone");
	TST_EXP_FAIL(inotify_rm_watch(ifd, wd), EINVAL, "removing the wd twice");
	TST_EXP_FAIL(inotify_rm_watch(ifd, 12345), EINVAL, "invalid wd");
	nfd = SAFE_OPEN("d/after", O_RDONLY);
	TST_EXP_FAIL(inotify_rm_watch(nfd, wd), EINVAL, "fd is not an inotify fd");
	SAFE_CLOSE(nfd);
	TST_EXP_FAIL(inotify_rm_watch(-1, wd), EBADF, "fd -1");
	SAFE_CLOSE(ifd);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
