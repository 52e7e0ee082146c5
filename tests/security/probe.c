/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Hostile probes, one per argument: each prints what the kernel answered
 * ("errno ENOSYS", "ok 3") so the calling script can check the sandbox's
 * verdict; probes that must be killed simply never print.
 *   probe x32          an x32 syscall number (bit 30): must be killed
 *   probe int80        i386 getpid through int 0x80: must be killed
 *   probe tiocsti      TIOCSTI on stdin, plain and with high bits set
 *   probe newuser      clone(CLONE_NEWUSER)
 *   probe unknown      syscall 500 and 400 (undefined numbers)
 *   probe io_uring     io_uring_setup
 *   probe handle       open_by_handle_at (shocker)
 *   probe module       init_module, kexec_load, reboot
 *   probe ptrace       ptrace(PTRACE_ATTACH, 1)
 *   probe socket       AF_PACKET and AF_VSOCK sockets
 *   probe bpf          bpf(2)
 *   probe madvise      MADV_HWPOISON
 *   probe keyctl       add_key
 *   probe sysinfo      sysinfo (answered by the sentry)
 *   probe garbage      hostile arguments to every sentry-handled call, from 8
 *                      threads at once: the sentry must answer each (EFAULT,
 *                      ENAMETOOLONG, ENOSYS...) and never crash or hang
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

static void *garbage_thread(void *arg)
{
	uintptr_t seed = (uintptr_t)arg;
	char *unmapped = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(unmapped + 4096, 4096);
	memset(unmapped, 'a', 4096); /* a string running into an unmapped page */
	char *longpath = malloc(70000);
	memset(longpath, '/', 69999);
	longpath[69999] = '\0';
	const uintptr_t ptrs[] = {0, 1, 4095, (uintptr_t)unmapped, (uintptr_t)(unmapped + 4096),
				  (uintptr_t)longpath, UINTPTR_MAX, UINTPTR_MAX - 7, 0x800000000000UL};
	long bad = 0;
	for (int round = 0; round < 200; round++) {
		uintptr_t p = ptrs[(seed + (uintptr_t)round) % (sizeof(ptrs) / sizeof(ptrs[0]))];
		long r1 = syscall(SYS_openat, AT_FDCWD, p, O_RDONLY, 0);
		long r2 = syscall(SYS_open, p, O_RDONLY);
		long r3 = syscall(SYS_openat2, -100, "/proc/uptime", p, 24);
		long r4 = syscall(SYS_sysinfo, p);
		long r5 = syscall(SYS_openat, (long)(seed * 7919 + (uintptr_t)round), "uptime", -1, -1);
		long r6 = syscall(400 + (round % 20), p, p, p, p, p, p);
		(void)r1; (void)r2; (void)r5;
		if (r3 >= 0)
			close((int)r3);
		if ((r4 == 0 && p < 4096) || r6 != -1)
			bad++;
		if (r1 >= 0)
			close((int)r1);
		if (r2 >= 0)
			close((int)r2);
		if (r5 >= 0)
			close((int)r5);
	}
	return (void *)bad;
}

static void report(const char *what, long r)
{
	if (r < 0)
		printf("%s: errno %s\n", what, strerrorname_np(errno));
	else
		printf("%s: ok %ld\n", what, r);
	fflush(stdout);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: probe NAME\n");
		return 2;
	}
	const char *p = argv[1];
	if (!strcmp(p, "x32")) {
		report("x32 getpid", syscall(39 | 0x40000000));
	} else if (!strcmp(p, "int80")) {
		long r;
		__asm__ volatile("int $0x80" : "=a"(r) : "a"(20L) : "memory"); /* i386 getpid */
		printf("int80: returned %ld\n", r);
	} else if (!strcmp(p, "tiocsti")) {
		char c = 'x';
		report("TIOCSTI", syscall(SYS_ioctl, 0, (unsigned long)TIOCSTI, &c));
		report("TIOCSTI|1<<32", syscall(SYS_ioctl, 0, (unsigned long)TIOCSTI | (1UL << 32), &c));
		report("TIOCLINUX", syscall(SYS_ioctl, 0, 0x541CUL, &c));
	} else if (!strcmp(p, "newuser")) {
		long r = syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0);
		if (r == 0)
			_exit(0);
		if (r > 0)
			waitpid((pid_t)r, NULL, 0);
		report("clone(CLONE_NEWUSER)", r);
		report("unshare(CLONE_NEWNS)", syscall(SYS_unshare, CLONE_NEWNS));
	} else if (!strcmp(p, "unknown")) {
		report("syscall 500", syscall(500));
		report("syscall 400", syscall(400));
	} else if (!strcmp(p, "io_uring")) {
		char params[120] = {0};
		report("io_uring_setup", syscall(425, 8, params));
	} else if (!strcmp(p, "handle")) {
		char h[136] = {0};
		report("open_by_handle_at", syscall(SYS_open_by_handle_at, -100, h, 0));
		report("name_to_handle_at", syscall(SYS_name_to_handle_at, -100, "/", h, h, 0));
	} else if (!strcmp(p, "module")) {
		report("init_module", syscall(SYS_init_module, NULL, 0, ""));
		report("kexec_load", syscall(SYS_kexec_load, 0, 0, NULL, 0));
		report("reboot", syscall(SYS_reboot, 0xfee1dead, 672274793, 0x4321fedc, NULL));
	} else if (!strcmp(p, "ptrace")) {
		report("ptrace attach", syscall(SYS_ptrace, 16, 1, 0, 0));
	} else if (!strcmp(p, "socket")) {
		report("AF_PACKET", syscall(SYS_socket, 17, SOCK_RAW, 0));
		report("AF_VSOCK", syscall(SYS_socket, 40, SOCK_STREAM, 0));
		report("AF_INET|1<<32", syscall(SYS_socket, (1UL << 32) | 2, SOCK_STREAM, 0));
	} else if (!strcmp(p, "bpf")) {
		report("bpf", syscall(SYS_bpf, 0, NULL, 0));
	} else if (!strcmp(p, "madvise")) {
		void *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		report("MADV_HWPOISON", syscall(SYS_madvise, m, 4096, 100));
	} else if (!strcmp(p, "keyctl")) {
		report("add_key", syscall(SYS_add_key, "user", "k", "v", 1, -2));
	} else if (!strcmp(p, "garbage")) {
		pthread_t th[8];
		for (uintptr_t i = 0; i < 8; i++)
			pthread_create(&th[i], NULL, garbage_thread, (void *)i);
		long bad = 0;
		for (int i = 0; i < 8; i++) {
			void *r;
			pthread_join(th[i], &r);
			bad += (long)r;
		}
		/* The sentry still answers after all of it. */
		struct sysinfo si;
		printf("garbage: %ld unexpected results; sentry %s\n", bad,
		       syscall(SYS_sysinfo, &si) == 0 ? "alive" : "dead");
	} else if (!strcmp(p, "sysinfo")) {
		struct sysinfo si;
		long r = syscall(SYS_sysinfo, &si);
		report("sysinfo", r);
		if (r == 0)
			printf("uptime %ld procs %u\n", si.uptime, si.procs);
	} else {
		fprintf(stderr, "probe: unknown probe '%s'\n", p);
		return 2;
	}
	return 0;
}
