/* SPDX-License-Identifier: Apache-2.0 */
/* Installing a file the sentry opened into the caller's file table. */
#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "task/task.h"

long sbx_task_inject_fd_reply(struct sbx_task *t, int fd, bool cloexec)
{
	struct seccomp_notif_addfd add;
	memset(&add, 0, sizeof(add));
	add.id = t->id;
	add.flags = SECCOMP_ADDFD_FLAG_SEND;
	add.srcfd = (uint32_t)fd;
	add.newfd_flags = cloexec ? O_CLOEXEC : 0;
	int r;
	do
		r = ioctl(t->listener, SECCOMP_IOCTL_NOTIF_ADDFD, &add);
	while (r < 0 && errno == EINTR);
	int err = errno;
	close(fd);
	if (r >= 0) {
		t->replied = true;
		return r;
	}
	if (err == ENOENT) {
		/* The caller is gone; there is nobody left to answer. */
		t->replied = true;
		return -ENOENT;
	}
	return -err; /* EMFILE and friends: the dispatcher replies with it */
}
