/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The open family: open, creat, openat, openat2. The sentry reads the path
 * and answers the files it synthesizes (src/vfs) by injecting an fd; every
 * other open is continued for the kernel to perform.
 *
 * Why continuing is safe: the kernel then resolves the path again, in the
 * caller's mount namespace and with the caller's credentials, so a thread
 * that rewrites the path after the sentry read it reaches only what the
 * sandbox's own mounts show it. The real host files behind the synthesized
 * ones are masked in that namespace (src/launcher/mounts.c), so winning such
 * a race yields an empty file, never host information.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "handlers.gen.h"
#include "task/task.h"
#include "vfs/vfs.h"

/* Identities of the sandbox's / and /proc, looked up once. */
static struct stat sandbox_root, proc_root;
static bool roots_known;
static pthread_once_t roots_once = PTHREAD_ONCE_INIT;
static pid_t roots_init;

static void find_roots(void)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/root", (int)roots_init);
	roots_known = stat(path, &sandbox_root) == 0;
	snprintf(path, sizeof(path), "/proc/%d/root/proc", (int)roots_init);
	roots_known = roots_known && stat(path, &proc_root) == 0;
}

/*
 * The directory a relative path starts from, when it is the sandbox's / or
 * /proc: its absolute name, else NULL (no synthetic file can be reached).
 */
static const char *relative_base(struct sbx_task *t, int dirfd)
{
	roots_init = t->sandbox->init_pid;
	pthread_once(&roots_once, find_roots);
	if (!roots_known)
		return NULL;
	char path[64];
	if (dirfd == AT_FDCWD)
		snprintf(path, sizeof(path), "/proc/%d/cwd", (int)t->tid);
	else if (dirfd >= 0)
		snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)t->tid, dirfd);
	else
		return NULL;
	struct stat st;
	if (stat(path, &st) < 0)
		return NULL;
	if (st.st_dev == proc_root.st_dev && st.st_ino == proc_root.st_ino)
		return "/proc/";
	if (st.st_dev == sandbox_root.st_dev && st.st_ino == sandbox_root.st_ino)
		return "/";
	return NULL;
}

static long do_open(struct sbx_task *t, int dirfd, uint64_t upath, int flags)
{
	char path[SBX_STR_MAX];
	long n = sbx_task_read_str(t, upath, path, sizeof(path));
	if (n < 0)
		return n; /* EFAULT, ENAMETOOLONG: what the kernel would say */
	char abs[SBX_STR_MAX + 8];
	if (path[0] == '/') {
		memcpy(abs, path, (size_t)n + 1);
	} else {
		/*
		 * Only the sandbox's /proc holds synthetic files: look at the base
		 * directory only when the last component names one of them.
		 */
		const char *slash = strrchr(path, '/');
		const char *base;
		if (!sbx_vfs_is_synthetic_name(slash ? slash + 1 : path) ||
		    !(base = relative_base(t, dirfd)))
			return SBX_RET_CONTINUE;
		snprintf(abs, sizeof(abs), "%s%s", base, path);
	}
	char norm[SBX_STR_MAX];
	if (!sbx_vfs_normalize(abs, norm, sizeof(norm)) || !sbx_vfs_is_synthetic(norm))
		return SBX_RET_CONTINUE;
	/* Synthetic files are read-only regular files, as their /proc originals. */
	if ((flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC))
		return -EACCES;
	if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL))
		return -EEXIST;
	if (flags & O_DIRECTORY)
		return -ENOTDIR;
	int fd = sbx_vfs_open_synthetic(t->sandbox, norm);
	if (fd < 0)
		return fd;
	return sbx_task_inject_fd_reply(t, fd, (flags & O_CLOEXEC) != 0);
}

/* sys_open - open(2). */
long sys_open(struct sbx_task *t, const struct sbx_args *a)
{
	return do_open(t, AT_FDCWD, a->v[0], (int)a->v[1]);
}

/* sys_creat - creat(2): open(O_CREAT|O_WRONLY|O_TRUNC). */
long sys_creat(struct sbx_task *t, const struct sbx_args *a)
{
	return do_open(t, AT_FDCWD, a->v[0], O_CREAT | O_WRONLY | O_TRUNC);
}

/* sys_openat - openat(2). */
long sys_openat(struct sbx_task *t, const struct sbx_args *a)
{
	return do_open(t, (int)a->v[0], a->v[1], (int)a->v[2]);
}

/* sys_openat2 - openat2(2). The flags are in struct open_how. */
long sys_openat2(struct sbx_task *t, const struct sbx_args *a)
{
	/* struct open_how: u64 flags, u64 mode, u64 resolve (openat2(2)). */
	uint64_t how[3] = {0};
	/* A short or bad struct is the kernel's to reject. */
	if (a->v[3] < sizeof(how) || sbx_task_read(t, a->v[2], how, sizeof(how)) < 0)
		return SBX_RET_CONTINUE;
	/*
	 * RESOLVE_* flags change what an absolute path means (RESOLVE_BENEATH
	 * refuses it, RESOLVE_IN_ROOT roots it at dirfd): leave such opens to
	 * the kernel, which then meets only the masks of the synthetic files.
	 */
	if (how[2] != 0)
		return SBX_RET_CONTINUE;
	return do_open(t, (int)a->v[0], a->v[1], (int)how[0]);
}
