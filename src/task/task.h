/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The caller of a notified syscall, as the sentry sees it: its registers, its
 * notification id, and the one audited module for reaching its memory and
 * file table (process_vm_readv/writev with bounded lengths, NOTIF_ID_VALID
 * after every read, fd injection with ADDFD_FLAG_SEND). Handlers never touch
 * the caller any other way.
 */
#ifndef SBX_TASK_H
#define SBX_TASK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

/* Sentinels a handler may return instead of a result. */
/* A handler returns this to let the kernel run the call (each use says why it is safe). */
#define SBX_RET_CONTINUE (-100000L)

/* Longest string copied from the caller (PATH_MAX, as the kernel limits paths). */
#define SBX_STR_MAX 4096

struct sbx_args {
	int nr;
	uint64_t v[6];
	uint64_t ip;
};

/* What handlers may know about the sandbox they serve. */
struct sbx_sandbox {
	const char *hostname;
	struct timespec start; /* CLOCK_BOOTTIME when the sandbox started */
	pid_t init_pid;        /* host pid of the sandbox's PID 1 */
};

struct sbx_task {
	int listener;     /* seccomp listener fd */
	uint64_t id;      /* notification cookie */
	pid_t tid;        /* caller's thread id, as the host sees it */
	const struct sbx_sandbox *sandbox;
	bool replied;     /* set once the notification has been answered (fd injection) */
};

/* Is the notification still pending (the caller alive and waiting)? */
bool sbx_task_valid(struct sbx_task *t);

/*
 * Copy len bytes from the caller's address addr into buf. Returns 0, -EFAULT
 * for an unmapped range, or -ESRCH if the caller is gone (checked with
 * NOTIF_ID_VALID after the read, so the bytes are known to be the caller's).
 */
int sbx_task_read(struct sbx_task *t, uint64_t addr, void *buf, size_t len);

/* Copy buf into the caller's memory at addr. 0, -EFAULT or -ESRCH. */
int sbx_task_write(struct sbx_task *t, uint64_t addr, const void *buf, size_t len);

/*
 * Copy a NUL-terminated string of at most max-1 bytes from the caller into
 * buf (always NUL-terminated). Returns its length, -EFAULT, -ENAMETOOLONG
 * when no NUL was found within max bytes, or -ESRCH.
 */
long sbx_task_read_str(struct sbx_task *t, uint64_t addr, char *buf, size_t max);

/*
 * Install fd in the caller's file table and answer the notification with the
 * new fd number in one step (SECCOMP_ADDFD_FLAG_SEND), so no fd can leak if
 * the caller dies in between. Closes fd. Returns the caller's new fd number
 * (and marks the task replied), or -errno if it could not be installed.
 */
long sbx_task_inject_fd_reply(struct sbx_task *t, int fd, bool cloexec);

#endif
