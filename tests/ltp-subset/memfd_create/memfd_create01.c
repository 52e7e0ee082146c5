// SPDX-License-Identifier: Apache-2.0
/*
 * memfd_create01 - memfd_create(2) and file seals (fcntl F_ADD_SEALS /
 * F_GET_SEALS).
 *
 * Checks:
 *  - the fd is a read/write regular file of size 0 whose /proc/self/fd
 *    link reads "/memfd:<name> (deleted)"; data written is read back and
 *    can be mmap()ed;
 *  - MFD_CLOEXEC sets FD_CLOEXEC; without it the flag is clear;
 *  - without MFD_ALLOW_SEALING, F_GET_SEALS is F_SEAL_SEAL and adding a
 *    seal fails with EPERM;
 *  - with MFD_ALLOW_SEALING, seals start at 0 and: F_SEAL_SHRINK makes a
 *    smaller ftruncate fail with EPERM; F_SEAL_GROW makes a larger one and
 *    a write past the end fail with EPERM; F_SEAL_WRITE makes write() fail
 *    with EPERM and is refused with EBUSY while a shared writable mapping
 *    exists; F_SEAL_SEAL makes further F_ADD_SEALS fail with EPERM;
 *    an unknown seal bit or a non-memfd (pipe) gives EINVAL;
 *  - errors: EINVAL (unknown flag; name longer than 249 bytes), EFAULT
 *    (bad name).
 */
#include "tst.h"
#include <limits.h>
#include <sys/mman.h>

static int memfd(const char *name, unsigned int flags)
{
	return syscall(SYS_memfd_create, name, flags);
}

static void t_basic(void)
{
	char link[PATH_MAX], path[64], buf[8];
	struct stat st;
	ssize_t n;
	char *p;
	int fd = memfd("sbx-test", 0);

	if (fd < 0)
		tst_brk(TBROK | TERRNO, "memfd_create");
	TST_EXP_EXPR(fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0,
		     "regular file of size 0");
	TST_EXP_VAL(fcntl(fd, F_GETFD), 0, "FD_CLOEXEC clear without MFD_CLOEXEC");
	TST_EXP_EXPR((fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR, "opened O_RDWR");
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	n = readlink(path, link, sizeof(link) - 1);
	link[n > 0 ? n : 0] = 0;
	TST_EXP_EXPR(!strcmp(link, "/memfd:sbx-test (deleted)"), "link is \"%s\"", link);
	SAFE_WRITE(fd, "memfd", 5);
	TST_EXP_VAL(pread(fd, buf, 5, 0), 5, "pread() back");
	TST_EXP_EXPR(!memcmp(buf, "memfd", 5), "data intact");
	p = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	TST_EXP_EXPR(p != MAP_FAILED && !memcmp(p, "memfd", 5), "mmap() sees the data");
	if (p != MAP_FAILED)
		munmap(p, 4096);
	TST_EXP_VAL(fcntl(fd, F_GET_SEALS), F_SEAL_SEAL, "sealing not allowed: F_SEAL_SEAL");
	TST_EXP_FAIL(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE), EPERM, "F_ADD_SEALS without MFD_ALLOW_SEALING");
	SAFE_CLOSE(fd);

	fd = memfd("cloexec", MFD_CLOEXEC);
	TST_EXP_VAL(fcntl(fd, F_GETFD), FD_CLOEXEC, "MFD_CLOEXEC sets FD_CLOEXEC");
	SAFE_CLOSE(fd);
}

static void t_seals(void)
{
	int fd = memfd("seals", MFD_ALLOW_SEALING);
	char *p;

	if (fd < 0)
		tst_brk(TBROK | TERRNO, "memfd_create(MFD_ALLOW_SEALING)");
	SAFE_FTRUNCATE(fd, 8192);
	TST_EXP_VAL(fcntl(fd, F_GET_SEALS), 0, "no seals initially");
	TST_EXP_PASS(fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK), "F_ADD_SEALS(F_SEAL_SHRINK)");
	TST_EXP_FAIL(ftruncate(fd, 4096), EPERM, "shrinking ftruncate with F_SEAL_SHRINK");
	TST_EXP_PASS(ftruncate(fd, 12288), "growing is still allowed");
	TST_EXP_PASS(fcntl(fd, F_ADD_SEALS, F_SEAL_GROW), "F_ADD_SEALS(F_SEAL_GROW)");
	TST_EXP_FAIL(ftruncate(fd, 16384), EPERM, "growing ftruncate with F_SEAL_GROW");
	TST_EXP_FAIL(pwrite(fd, "x", 1, 12288), EPERM, "write past the end with F_SEAL_GROW");
	TST_EXP_VAL(pwrite(fd, "x", 1, 0), 1, "write inside the file still allowed");

	p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED)
		tst_brk(TBROK | TERRNO, "mmap");
	TST_EXP_FAIL(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE), EBUSY,
		     "F_SEAL_WRITE with a shared writable mapping");
	munmap(p, 4096);
	TST_EXP_PASS(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE), "F_ADD_SEALS(F_SEAL_WRITE) after munmap");
	TST_EXP_FAIL(pwrite(fd, "x", 1, 0), EPERM, "write with F_SEAL_WRITE");
	TST_EXP_EXPR(mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) == MAP_FAILED &&
		     errno == EPERM, "shared writable mmap with F_SEAL_WRITE -> EPERM");
	TST_EXP_PASS(fcntl(fd, F_ADD_SEALS, F_SEAL_SEAL), "F_ADD_SEALS(F_SEAL_SEAL)");
	TST_EXP_VAL(fcntl(fd, F_GET_SEALS), F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL,
		    "F_GET_SEALS lists all four");
	TST_EXP_FAIL(fcntl(fd, F_ADD_SEALS, 0), EPERM, "F_ADD_SEALS after F_SEAL_SEAL");
	TST_EXP_FAIL(fcntl(fd, F_ADD_SEALS, 0x8000), EINVAL, "F_ADD_SEALS(unknown seal)");
	SAFE_CLOSE(fd);
	{
		int pf[2];

		SAFE_PIPE(pf);
		TST_EXP_FAIL(fcntl(pf[1], F_ADD_SEALS, F_SEAL_SEAL), EINVAL,
			     "F_ADD_SEALS on a pipe");
		SAFE_CLOSE(pf[0]);
		SAFE_CLOSE(pf[1]);
	}
}

static void t_errors(void)
{
	char longname[300];

	memset(longname, 'n', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = 0;
	TST_EXP_FAIL(memfd("x", 0x80000000U), EINVAL, "memfd_create(unknown flag)");
	TST_EXP_FAIL(memfd(longname, 0), EINVAL, "memfd_create(299-byte name)");
	TST_EXP_FAIL(memfd(tst_bad_addr(), 0), EFAULT, "memfd_create(bad name)");
}

static void (*const steps[])(void) = { t_basic, t_seals, t_errors };
static void run(unsigned int n) { steps[n](); }
static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(steps) };
TST_MAIN(test)
