/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The notification loop. Every worker blocks in SECCOMP_IOCTL_NOTIF_RECV on
 * the one listener; the kernel hands each notification to one of them. A
 * reply that fails with ENOENT means the caller was interrupted or died: that
 * is normal and dropped silently.
 */
#include <errno.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "common/util.h"
#include "sentry/sentry.h"
#include "task/task.h"

#ifndef SECCOMP_IOCTL_NOTIF_SET_FLAGS
#define SECCOMP_IOCTL_NOTIF_SET_FLAGS SECCOMP_IOW(4, __u64)
#endif
#ifndef SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP
#define SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP (1UL << 0)
#endif

static struct sbx_sentry_opts opts;
/* Notifications being handled right now (for sbx_sentry_quiesce). */
static atomic_int busy;

static void reply(int listener, uint64_t id, long r)
{
	struct seccomp_notif_resp resp;
	memset(&resp, 0, sizeof(resp));
	resp.id = id;
	if (r == SBX_RET_CONTINUE) {
		resp.flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
	} else if (r < 0) {
		resp.error = (int32_t)r;
	} else {
		resp.val = r;
	}
	while (ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &resp) < 0) {
		if (errno != EINTR)
			break; /* ENOENT: the caller went away; nothing to do */
	}
}

/* Complete a formatted call ("name(args)") with its result and write the line. */
static void trace_call(long r, const char *pre, size_t prelen)
{
	char buf[1024];
	if (prelen >= sizeof(buf))
		prelen = sizeof(buf) - 1;
	memcpy(buf, pre, prelen);
	size_t n = prelen;
	n += sbx_trace_format_result(buf + n, sizeof(buf) - n, r);
	/* One write per line so that lines of concurrent workers never interleave. */
	(void)!write(opts.trace_fd, buf, n);
}

static void *worker(void *arg)
{
	(void)arg;
	/* A trace reader that went away (sbx trace ... | head) must not kill the sentry. */
	sigset_t pipe;
	sigemptyset(&pipe);
	sigaddset(&pipe, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe, NULL);
	struct seccomp_notif req;
	for (;;) {
		memset(&req, 0, sizeof(req)); /* RECV rejects a dirty buffer */
		if (ioctl(opts.listener, SECCOMP_IOCTL_NOTIF_RECV, &req) < 0) {
			if (errno == EINTR || errno == ENOENT)
				continue;
			/* The listener is gone: the sandbox has ended. */
			return NULL;
		}
		atomic_fetch_add(&busy, 1);
		struct sbx_task t = {
			.listener = opts.listener,
			.id = req.id,
			.tid = (pid_t)req.pid,
			.sandbox = opts.sandbox,
		};
		struct sbx_args a = {.nr = req.data.nr, .ip = req.data.instruction_pointer};
		memcpy(a.v, req.data.args, sizeof(a.v));
		char pre[768];
		size_t prelen = 0;
		if (opts.trace_fd >= 0)
			prelen = sbx_trace_format_call(pre, sizeof(pre), &t, &a);
		long r = sbx_dispatch(&t, &a);
		/*
		 * Trace before replying: once the caller runs again it may exit,
		 * and sbx with it, before a later write would happen.
		 */
		if (opts.trace_fd >= 0)
			trace_call(r, pre, prelen);
		if (!t.replied)
			reply(opts.listener, req.id, r);
		atomic_fetch_sub(&busy, 1);
	}
}

void sbx_sentry_quiesce(void)
{
	/* Bounded: a worker stuck on a dying caller must not hold sbx's exit. */
	for (int i = 0; i < 200 && atomic_load(&busy) > 0; i++) {
		struct timespec ms = {0, 1000000};
		nanosleep(&ms, NULL);
	}
}

int sbx_sentry_start(const struct sbx_sentry_opts *o)
{
	opts = *o;
	/*
	 * Wake the worker on the caller's CPU: the round trip is about twice as
	 * fast when both stay on one CPU. Kernels before 6.6 lack the flag.
	 */
	(void)ioctl(opts.listener, SECCOMP_IOCTL_NOTIF_SET_FLAGS, SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP,
		    0);
	/*
	 * One receiving worker by default. Measured with bench/syscall_bench on
	 * a 2-CPU machine, a notified call cost 1.4x the raw round trip with one
	 * worker, 1.9x with two and 3.1x with four: the kernel wakes waiters of
	 * the listener in turn, so more workers mostly add cross-CPU wake-ups.
	 * Every handler is short and non-blocking; one that could block must
	 * hand its work to a thread of its own (DESIGN.md, "The sentry").
	 */
	int n = opts.nworkers > 0 ? opts.nworkers : 1;
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 256 * 1024);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	for (int i = 0; i < n; i++) {
		pthread_t th;
		int e = pthread_create(&th, &attr, worker, NULL);
		if (e) {
			pthread_attr_destroy(&attr);
			return i > 0 ? 0 : -e;
		}
	}
	pthread_attr_destroy(&attr);
	return 0;
}
