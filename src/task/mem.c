/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The audited module for the caller's memory. Every read goes through
 * process_vm_readv with a bounded length and is followed by
 * SECCOMP_IOCTL_NOTIF_ID_VALID, so the bytes are known to come from the
 * thread that made the call and not from a process that reused its pid.
 */
#include <errno.h>
#include <linux/seccomp.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/uio.h>
#include <unistd.h>

#include "task/task.h"

#define PAGE 4096UL

bool sbx_task_valid(struct sbx_task *t)
{
	uint64_t id = t->id;
	return ioctl(t->listener, SECCOMP_IOCTL_NOTIF_ID_VALID, &id) == 0;
}

/* Move len bytes between buf and the caller's addr: 0, -EFAULT or -ESRCH. */
static int vm_xfer(struct sbx_task *t, uint64_t addr, void *buf, size_t len, bool write)
{
	struct iovec local = {buf, len};
	struct iovec remote = {(void *)(uintptr_t)addr, len};
	ssize_t n = write ? process_vm_writev(t->tid, &local, 1, &remote, 1, 0)
			  : process_vm_readv(t->tid, &local, 1, &remote, 1, 0);
	if (n < 0)
		return errno == ESRCH ? -ESRCH : -EFAULT;
	return (size_t)n == len ? 0 : -EFAULT;
}

static int vm_read(struct sbx_task *t, uint64_t addr, void *buf, size_t len)
{
	return vm_xfer(t, addr, buf, len, false);
}

int sbx_task_read(struct sbx_task *t, uint64_t addr, void *buf, size_t len)
{
	if (len == 0)
		return 0;
	if (addr + len < addr)
		return -EFAULT;
	int r = vm_read(t, addr, buf, len);
	if (!sbx_task_valid(t))
		return -ESRCH;
	return r;
}

int sbx_task_write(struct sbx_task *t, uint64_t addr, const void *buf, size_t len)
{
	if (len == 0)
		return 0;
	if (addr + len < addr)
		return -EFAULT;
	/* Check first: never write into a process that merely reused the pid. */
	if (!sbx_task_valid(t))
		return -ESRCH;
	return vm_xfer(t, addr, (void *)buf, len, true);
}

long sbx_task_read_str(struct sbx_task *t, uint64_t addr, char *buf, size_t max)
{
	if (max == 0)
		return -ENAMETOOLONG;
	size_t got = 0;
	/*
	 * Read page by page: a string that ends just before an unmapped page is
	 * valid, so never ask for bytes past the page that holds its end.
	 */
	while (got < max) {
		uint64_t a = addr + got;
		if (a < addr) {
			buf[got] = '\0';
			return -EFAULT;
		}
		size_t chunk = PAGE - (a & (PAGE - 1));
		if (chunk > max - got)
			chunk = max - got;
		int r = vm_read(t, a, buf + got, chunk);
		if (r < 0) {
			buf[got] = '\0';
			return sbx_task_valid(t) ? r : -ESRCH;
		}
		char *nul = memchr(buf + got, '\0', chunk);
		if (nul) {
			if (!sbx_task_valid(t))
				return -ESRCH;
			return nul - buf;
		}
		got += chunk;
	}
	buf[max - 1] = '\0';
	return sbx_task_valid(t) ? -ENAMETOOLONG : -ESRCH;
}
