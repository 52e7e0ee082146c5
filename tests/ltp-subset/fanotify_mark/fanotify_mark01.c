// SPDX-License-Identifier: Apache-2.0
/*
 * fanotify_mark01 - fanotify_mark(2) (nr 301) through the raw syscall, on
 * a group created in the unprivileged-capable mode (FAN_CLASS_NOTIF |
 * FAN_REPORT_FID), with an inode mark on a file in the temp dir.
 *
 * Checks:
 *  - fanotify_mark(FAN_MARK_ADD, FAN_MODIFY, AT_FDCWD, "file") returns 0;
 *  - after a write(2) to the file, one event can be read: version
 *    FANOTIFY_METADATA_VERSION, mask has FAN_MODIFY, fd is FAN_NOFD (a
 *    FID group reports file handles, not fds), pid is the caller, and
 *    event_len covers the metadata plus an info record of type
 *    FAN_EVENT_INFO_TYPE_FID;
 *  - FAN_MARK_REMOVE of the same mask returns 0 and a later write
 *    queues nothing (read fails with EAGAIN);
 *  - errors: EINVAL (unknown mark flag 0x80000000), EINVAL (FAN_MARK_ADD
 *    with mask 0), EBADF (fanotify fd 100, not open), EINVAL (a pipe fd,
 *    not a fanotify group), ENOENT (missing path), ENOENT (FAN_MARK_REMOVE
 *    of a mark that does not exist).
 * TCONF if fanotify is missing (ENOSYS) or the FID mode is refused (EPERM,
 * EINVAL), or the temp dir's filesystem cannot give file handles
 * (EOPNOTSUPP, ENODEV, EXDEV from the mark).
 */
#include "tst.h"

#define FAN_NONBLOCK_ 0x2
#define FAN_REPORT_FID_ 0x200
#define FAN_MARK_ADD_ 0x1
#define FAN_MARK_REMOVE_ 0x2
#define FAN_MODIFY_ 0x2ULL
#define FAN_NOFD_ -1
#define FAN_EVENT_INFO_TYPE_FID_ 1
#define FANOTIFY_METADATA_VERSION_ 3

struct fmeta {
	uint32_t event_len;
	uint8_t vers, reserved;
	uint16_t metadata_len;
	uint64_t mask __attribute__((aligned(8)));
	int32_t fd, pid;
};

struct finfo_hdr {
	uint8_t info_type, pad;
	uint16_t len;
};

static int gfd = -1, pfd[2];

static long fm(int fd, unsigned int fl, uint64_t mask, int dfd, const char *path)
{
	return syscall(__NR_fanotify_mark, fd, fl, mask, dfd, path);
}

static void setup(void)
{
	int fd = SAFE_OPEN("file", O_RDWR | O_CREAT | O_TRUNC, 0644);

	SAFE_CLOSE(fd);
	SAFE_PIPE(pfd);
	gfd = syscall(__NR_fanotify_init, FAN_REPORT_FID_ | FAN_NONBLOCK_, O_RDONLY);
	if (gfd < 0 && (errno == ENOSYS || errno == EPERM || errno == EINVAL))
		tst_brk(TCONF | TERRNO, "fanotify_init(FAN_CLASS_NOTIF | FAN_REPORT_FID)");
	if (gfd < 0)
		tst_brk(TBROK | TERRNO, "fanotify_init");
}

static void run(void)
{
	union {
		struct fmeta m;
		char raw[4096];
	} ev;
	struct finfo_hdr *h;
	long n;
	int fd;

	if (fm(gfd, FAN_MARK_ADD_, FAN_MODIFY_, AT_FDCWD, "file") == -1 &&
	    (errno == EOPNOTSUPP || errno == ENODEV || errno == EXDEV))
		tst_brk(TCONF | TERRNO, "no file handles for an inode mark on this filesystem");
	/* adding the same mark again is a no-op */
	TST_EXP_PASS(fm(gfd, FAN_MARK_ADD_, FAN_MODIFY_, AT_FDCWD, "file"),
		     "fanotify_mark(FAN_MARK_ADD, FAN_MODIFY, \"file\")");
	fd = SAFE_OPEN("file", O_WRONLY);
	SAFE_WRITE(fd, "x", 1);
	memset(&ev, 0, sizeof(ev));
	n = read(gfd, &ev, sizeof(ev));
	TST_EXP_EXPR(n >= (long)sizeof(struct fmeta), "read() returned %ld bytes of events", n);
	if (n >= (long)sizeof(struct fmeta)) {
		TST_EXP_EQ(ev.m.vers, FANOTIFY_METADATA_VERSION_);
		TST_EXP_EXPR(ev.m.mask & FAN_MODIFY_, "event mask 0x%llx has FAN_MODIFY",
			     (unsigned long long)ev.m.mask);
		TST_EXP_EQ(ev.m.fd, FAN_NOFD_);
		TST_EXP_EQ(ev.m.pid, getpid());
		h = (struct finfo_hdr *)(ev.raw + ev.m.metadata_len);
		TST_EXP_EXPR(ev.m.event_len >= ev.m.metadata_len + sizeof(*h) &&
			     ev.m.event_len <= n && h->info_type == FAN_EVENT_INFO_TYPE_FID_ &&
			     ev.m.metadata_len + h->len <= ev.m.event_len,
			     "event_len %u, metadata_len %u, info type %u len %u", ev.m.event_len,
			     ev.m.metadata_len, h->info_type, h->len);
	}

	TST_EXP_PASS(fm(gfd, FAN_MARK_REMOVE_, FAN_MODIFY_, AT_FDCWD, "file"),
		     "fanotify_mark(FAN_MARK_REMOVE, FAN_MODIFY)");
	SAFE_WRITE(fd, "y", 1);
	SAFE_CLOSE(fd);
	TST_EXP_FAIL(read(gfd, &ev, sizeof(ev)), EAGAIN, "read() after the mark was removed");

	TST_EXP_FAIL(fm(gfd, 0x80000000, FAN_MODIFY_, AT_FDCWD, "file"), EINVAL,
		     "fanotify_mark(flag 0x80000000)");
	TST_EXP_FAIL(fm(gfd, FAN_MARK_ADD_, 0, AT_FDCWD, "file"), EINVAL,
		     "fanotify_mark(FAN_MARK_ADD, mask 0)");
	TST_EXP_FAIL(fm(100, FAN_MARK_ADD_, FAN_MODIFY_, AT_FDCWD, "file"), EBADF,
		     "fanotify_mark(fd 100, not open)");
	TST_EXP_FAIL(fm(pfd[0], FAN_MARK_ADD_, FAN_MODIFY_, AT_FDCWD, "file"), EINVAL,
		     "fanotify_mark(pipe fd)");
	TST_EXP_FAIL(fm(gfd, FAN_MARK_ADD_, FAN_MODIFY_, AT_FDCWD, "missing"), ENOENT,
		     "fanotify_mark(missing path)");
	TST_EXP_FAIL(fm(gfd, FAN_MARK_REMOVE_, FAN_MODIFY_, AT_FDCWD, "file"), ENOENT,
		     "fanotify_mark(FAN_MARK_REMOVE, no such mark)");
}

static void cleanup(void)
{
	if (gfd >= 0)
		SAFE_CLOSE(gfd);
}

static struct tst_test test = {
	.setup = setup, .cleanup = cleanup, .test_all = run, .needs_tmpdir = 1,
};
TST_MAIN(test)
