/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Small helpers shared by every part of sbx: fatal errors for the launcher and
 * CLI (the sentry never exits on an error), scope-bound cleanup of fds and heap
 * memory, and EINTR-safe wrappers.
 */
#ifndef SBX_COMMON_UTIL_H
#define SBX_COMMON_UTIL_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <stdlib.h>
#include <unistd.h>

/* Exit status of sbx itself failing, as docker and env use it. */
#define SBX_EXIT_FAILURE 125
#define SBX_EXIT_NOEXEC 126
#define SBX_EXIT_NOTFOUND 127

/* Print "sbx: <message>" on stderr and exit with SBX_EXIT_FAILURE. */
__attribute__((noreturn, format(printf, 1, 2))) void sbx_die(const char *fmt, ...);
/* As sbx_die(), appending ": strerror(errno)". */
__attribute__((noreturn, format(printf, 1, 2))) void sbx_die_errno(const char *fmt, ...);
/* Print "sbx: <message>" on stderr when verbosity >= level. */
__attribute__((format(printf, 2, 3))) void sbx_log(int level, const char *fmt, ...);
/* Global verbosity: 0 quiet, 1 default, 2 verbose (-v). */
extern int sbx_verbosity;

static inline void sbx_closep(int *fd)
{
	if (*fd >= 0) {
		int saved = errno;
		close(*fd);
		errno = saved;
	}
}
static inline void sbx_freep(void *p)
{
	free(*(void **)p);
}
#define _cleanup_fd_ __attribute__((cleanup(sbx_closep)))
#define _cleanup_free_ __attribute__((cleanup(sbx_freep)))

/* Take ownership of a pointer or fd out of a cleanup variable. */
#define steal_ptr(p) ({ __typeof__(p) _tmp = (p); (p) = NULL; _tmp; })
#define steal_fd(fd) ({ int _tmp = (fd); (fd) = -1; _tmp; })

#define SBX_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* write(2) all of buf, retrying on EINTR and short writes; 0 or -errno. */
int sbx_write_all(int fd, const void *buf, size_t len);
/* Write a small string to a file (for /proc/<pid>/uid_map and friends); 0 or -errno. */
int sbx_write_file(const char *path, const char *content);
/*
 * The cgroup of process PID (0: this one) in the hierarchy holding
 * CONTROLLER, or in the unified (v2) one for "", from /proc/<pid>/cgroup,
 * as a path below that hierarchy's root ("/" for the root). 0, or -1 when
 * there is none (or it does not fit in size).
 */
int sbx_proc_cgroup(pid_t pid, const char *controller, char *out, size_t size);

#endif
