/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The symlink-swap race: one thread keeps swapping the component "x" of the
 * path "x/hostname" between a directory holding a harmless file and a symlink
 * to an absolute directory, while another opens and reads "x/hostname" and
 * "WORKDIR/x/hostname". Under sbx every successful read must come from inside
 * the sandbox's view: the file in the directory, or a "hostname" inside the
 * sandbox's own copy of the symlink target. Prints "swaprace: ok N reads" or
 * the first foreign content seen. Statically linked, to run in a bare rootfs.
 *   swaprace WORKDIR TARGET SECONDS
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static atomic_int stop;
static const char *target;

static void *swapper(void *arg)
{
	(void)arg;
	while (!atomic_load(&stop)) {
		/* x as a directory with the harmless file... */
		rename("x", "x.link");
		rename("x.dir", "x");
		/* ...then x as a symlink to the absolute target. */
		rename("x", "x.dir");
		rename("x.link", "x");
	}
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: swaprace WORKDIR TARGET SECONDS\n");
		return 2;
	}
	target = argv[2];
	if (chdir(argv[1]) < 0) {
		perror("swaprace: chdir");
		return 2;
	}
	mkdir("x.dir", 0755);
	int fd = open("x.dir/hostname", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write(fd, "harmless\n", 9) != 9) {
		perror("swaprace: setup");
		return 2;
	}
	close(fd);
	unlink("x");
	if (symlink(target, "x") < 0) {
		perror("swaprace: symlink");
		return 2;
	}
	pthread_t th;
	pthread_create(&th, NULL, swapper, NULL);
	time_t end = time(NULL) + atoi(argv[3]);
	long reads = 0;
	char buf[256], abs[4200];
	snprintf(abs, sizeof(abs), "%s/x/hostname", argv[1]);
	int rc = 0;
	while (time(NULL) < end && rc == 0) {
		const char *paths[] = {"x/hostname", abs};
		for (int i = 0; i < 2; i++) {
			int f = open(paths[i], O_RDONLY);
			if (f < 0)
				continue;
			ssize_t n = read(f, buf, sizeof(buf) - 1);
			close(f);
			if (n < 0)
				continue;
			buf[n] = '\0';
			reads++;
			if (strcmp(buf, "harmless\n") != 0 && strcmp(buf, "inside\n") != 0) {
				printf("swaprace: foreign content through %s: %.40s\n", paths[i], buf);
				rc = 1;
				break;
			}
		}
	}
	atomic_store(&stop, 1);
	pthread_join(th, NULL);
	if (rc == 0)
		printf("swaprace: ok %ld reads\n", reads);
	return rc;
}
