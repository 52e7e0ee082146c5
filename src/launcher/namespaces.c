/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Namespaces: the clone of the sandbox's PID 1 into new user, mount, pid, ipc,
 * uts, cgroup and (unless --net=host) net namespaces, the id maps the sbx
 * process writes for it, the child's switch to uid/gid 0 of its namespace,
 * its time namespace, and the hostname and loopback set-up inside.
 */
#include "launcher/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <net/if.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "common/util.h"

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000
#endif
#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif

pid_t sbx_ns_clone(bool net_host, int *pidfd)
{
	unsigned long flags = CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC |
			      CLONE_NEWUTS | CLONE_NEWCGROUP | CLONE_PIDFD | SIGCHLD;
	if (!net_host)
		flags |= CLONE_NEWNET;

	/*
	 * The raw syscall with a NULL stack behaves like fork(2): the child runs
	 * on a copy of our stack and returns 0 here. glibc's clone() wrapper
	 * would need a separate stack and a function. On x86_64 the argument
	 * order is (flags, stack, parent_tid, child_tid, tls), and with
	 * CLONE_PIDFD the pidfd is stored through parent_tid (clone(2)).
	 */
	int fd = -1;
	long r = syscall(SYS_clone, flags, NULL, &fd, NULL, NULL);
	if (r < 0)
		return -errno;
	if (r > 0)
		*pidfd = fd;
	return (pid_t)r;
}

static int write_map(pid_t pid, const char *file, const char *content)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, file);
	int r = sbx_write_file(path, content);
	if (r < 0) {
		fprintf(stderr, "sbx: writing %s: %s\n", path, strerror(-r));
		return -1;
	}
	return 0;
}

int sbx_ns_write_idmaps(pid_t pid, bool privileged)
{
	char uid_map[64], gid_map[64];

	if (privileged) {
		/*
		 * Sandbox root must not be host root: 0..65535 inside is
		 * 100000..165535 outside, so host files owned by root (and every
		 * other unmapped id) are reached with "other" permissions.
		 */
		snprintf(uid_map, sizeof(uid_map), "0 %d %d\n", SBX_IDMAP_HOST_BASE,
			 SBX_IDMAP_COUNT);
		snprintf(gid_map, sizeof(gid_map), "0 %d %d\n", SBX_IDMAP_HOST_BASE,
			 SBX_IDMAP_COUNT);
	} else {
		/*
		 * An unprivileged process may map only its own ids, and may write
		 * gid_map only after denying setgroups(2) (user_namespaces(7),
		 * "The /proc/[pid]/setgroups file").
		 */
		snprintf(uid_map, sizeof(uid_map), "0 %u 1\n", (unsigned)geteuid());
		snprintf(gid_map, sizeof(gid_map), "0 %u 1\n", (unsigned)getegid());
		if (write_map(pid, "setgroups", "deny") < 0)
			return -1;
	}
	if (write_map(pid, "uid_map", uid_map) < 0 || write_map(pid, "gid_map", gid_map) < 0)
		return -1;
	return 0;
}

void sbx_ns_become_root(bool privileged)
{
	/* With setgroups denied (unprivileged), the host groups stay, unmapped. */
	if (privileged && setgroups(0, NULL) < 0)
		sbx_die_errno("setgroups in the sandbox");
	if (setresgid(0, 0, 0) < 0)
		sbx_die_errno("setresgid(0) in the sandbox");
	/*
	 * Going from the unmapped host uid to 0 keeps the capabilities the new
	 * user namespace gave us (capabilities(7), "Effect of user ID changes
	 * on capabilities": only a change away from 0 clears them).
	 */
	if (setresuid(0, 0, 0) < 0)
		sbx_die_errno("setresuid(0) in the sandbox");
}

void sbx_ns_enter_time(void)
{
	/*
	 * CLOCK_BOOTTIME, and with it /proc/uptime, sysinfo(2)'s uptime, the
	 * btime of /proc/stat and every process's start time in
	 * /proc/<pid>/stat, counts from now: the sandbox looks freshly booted
	 * and the host's uptime stays its own, with no call intercepted.
	 * CLOCK_MONOTONIC keeps the host's value, because programs do
	 * arithmetic on it ("now - 60 s") that a value near 0 would break.
	 *
	 * A time namespace can only be unshared (its flag is one of clone(2)'s
	 * signal bits) and takes in the caller's later children, not the
	 * caller; its offsets can be written until a process is in it
	 * (time_namespaces(7)). So: unshare, write the offset, then join it
	 * ourselves, before anything of the sandbox is forked.
	 */
	struct timespec now;
	if (clock_gettime(CLOCK_BOOTTIME, &now) < 0)
		sbx_die_errno("clock_gettime(CLOCK_BOOTTIME)");
	if (unshare(CLONE_NEWTIME) < 0) {
		/* A kernel without CONFIG_TIME_NS: uptime stays the host's. */
		if (errno == EINVAL)
			return;
		sbx_die_errno("unshare(CLONE_NEWTIME)");
	}
	/* The kernel refuses an offset that would make the clock negative now. */
	char offsets[64];
	snprintf(offsets, sizeof(offsets), "boottime %lld 0\n", -(long long)now.tv_sec);
	int r = sbx_write_file("/proc/self/timens_offsets", offsets);
	if (r < 0) {
		errno = -r;
		sbx_die_errno("writing the sandbox's boot time offset");
	}
	int fd = open("/proc/self/ns/time_for_children", O_RDONLY | O_CLOEXEC);
	if (fd < 0 || setns(fd, CLONE_NEWTIME) < 0)
		sbx_die_errno("entering the sandbox's time namespace");
	close(fd);
}

void sbx_ns_setup_uts_net(const struct sbx_config *cfg)
{
	const char *name = cfg->hostname ? cfg->hostname : "sbx";
	if (sethostname(name, strlen(name)) < 0)
		sbx_die_errno("sethostname %s", name);

	if (cfg->net_host)
		return;

	/* A new net namespace has only lo, and it is down (network_namespaces(7)). */
	_cleanup_fd_ int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (s < 0)
		sbx_die_errno("socket for bringing up lo");
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
	if (ioctl(s, SIOCGIFFLAGS, &ifr) < 0)
		sbx_die_errno("getting the flags of lo");
	ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
	if (ioctl(s, SIOCSIFFLAGS, &ifr) < 0)
		sbx_die_errno("bringing up lo");
}
