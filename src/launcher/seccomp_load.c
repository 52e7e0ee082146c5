/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Installing the guest filter: the program compiled at build time from the
 * generated rules (gen/bpf.gen.c, see seccomp_build.c) is loaded with
 * seccomp(2) directly, so that no time is spent compiling and flags newer
 * than libseccomp (WAIT_KILLABLE_RECV) can be used.
 */
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "launcher/seccomp_load.h"

#ifndef SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV
#define SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV (1UL << 5)
#endif

int sbx_seccomp_install_guest(bool trace)
{
	struct sock_fprog prog = {
		.len = (unsigned short)(trace ? sbx_gen_bpf_guest_trace_len : sbx_gen_bpf_guest_len),
		.filter = (struct sock_filter *)(trace ? sbx_gen_bpf_guest_trace : sbx_gen_bpf_guest),
	};
	long fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
			  SECCOMP_FILTER_FLAG_NEW_LISTENER | SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV,
			  &prog);
	if (fd < 0 && errno == EINVAL) /* kernels before 5.19 */
		fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER,
			     &prog);
	return fd < 0 ? -errno : (int)fd;
}
