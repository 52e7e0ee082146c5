/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The trace printer formats each argument shape. The "caller" is this test
 * process itself: process_vm_readv on our own pid reads our memory, and
 * ioctl is wrapped (-Wl,--wrap=ioctl) so that NOTIF_ID_VALID succeeds.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cmocka.h>

#include "common/syscall_table.h"
#include "sentry/sentry.h"
#include "task/task.h"

#define FAKE_LISTENER 1000

int __wrap_ioctl(int fd, unsigned long req, ...);
int __real_ioctl(int fd, unsigned long req, ...);
int __wrap_ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	va_start(ap, req);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	if (fd == FAKE_LISTENER && req == SECCOMP_IOCTL_NOTIF_ID_VALID)
		return 0;
	return __real_ioctl(fd, req, arg);
}

static struct sbx_task self(void)
{
	struct sbx_task t = {.listener = FAKE_LISTENER, .id = 1, .tid = getpid()};
	return t;
}

static void check(int nr, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3, const char *want)
{
	struct sbx_task t = self();
	struct sbx_args a = {.nr = nr, .v = {a0, a1, a2, a3, 0, 0}};
	char buf[512];
	sbx_trace_format_call(buf, sizeof(buf), &t, &a);
	assert_string_equal(buf, want);
}

static void test_openat_path_and_flags(void **state)
{
	(void)state;
	static const char path[] = "/etc/passwd";
	check(SYS_openat, (uint64_t)AT_FDCWD, (uintptr_t)path, O_RDONLY | O_CLOEXEC, 0,
	      "openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC, 0)");
	check(SYS_openat, 3, (uintptr_t)path, O_WRONLY | O_CREAT | 0x40000000, 0644,
	      "openat(3, \"/etc/passwd\", O_WRONLY|O_CREAT|0x40000000, 0644)");
}

static void test_bad_pointer_printed_as_address(void **state)
{
	(void)state;
	void *page = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(page != MAP_FAILED);
	char want[128];
	snprintf(want, sizeof(want), "openat(AT_FDCWD, %p, O_RDONLY, 0)", page);
	check(SYS_openat, (uint64_t)AT_FDCWD, (uintptr_t)page, 0, 0, want);
	check(SYS_openat, (uint64_t)AT_FDCWD, 0, 0, 0, "openat(AT_FDCWD, NULL, O_RDONLY, 0)");
	munmap(page, 4096);
}

static void test_string_escaped_and_truncated(void **state)
{
	(void)state;
	static const char weird[] = "a\"b\n\x01";
	check(SYS_unlink, (uintptr_t)weird, 0, 0, 0, "unlink(\"a\\\"b\\n\\x01\")");
	char longp[200];
	memset(longp, 'x', sizeof(longp) - 1);
	longp[sizeof(longp) - 1] = '\0';
	struct sbx_task t = self();
	struct sbx_args a = {.nr = SYS_unlink, .v = {(uintptr_t)longp}};
	char buf[512];
	sbx_trace_format_call(buf, sizeof(buf), &t, &a);
	assert_non_null(strstr(buf, "\"...)"));
}

static void test_buffers_enums_signals(void **state)
{
	(void)state;
	static const char data[] = "hello";
	check(SYS_write, 1, (uintptr_t)data, 5, 0, "write(1, \"hello\", 5)");
	check(SYS_read, 0, 0x1000, 10, 0, "read(0, 0x1000, 10)");
	check(SYS_kill, 7, 9, 0, 0, "kill(7, SIGKILL)");
	check(SYS_lseek, 3, (uint64_t)-1, 2, 0, "lseek(3, -1, SEEK_END)");
	check(SYS_ioctl, 1, 0x5401, 0, 0, "ioctl(1, TCGETS, NULL)");
}

static void test_strv(void **state)
{
	(void)state;
	static const char a0[] = "/bin/sh", a1[] = "-c";
	const char *argv[] = {a0, a1, NULL};
	check(SYS_execve, (uintptr_t)a0, (uintptr_t)argv, 0, 0,
	      "execve(\"/bin/sh\", [\"/bin/sh\", \"-c\"], NULL)");
}

static void test_unknown_number_and_results(void **state)
{
	(void)state;
	check(500, 1, 2, 3, 4, "syscall_500(0x1, 0x2, 0x3, 0x4, 0, 0)");
	char buf[128];
	sbx_trace_format_result(buf, sizeof(buf), 3);
	assert_string_equal(buf, " = 3\n");
	sbx_trace_format_result(buf, sizeof(buf), -ENOENT);
	assert_string_equal(buf, " = -1 ENOENT (No such file or directory)\n");
	sbx_trace_format_result(buf, sizeof(buf), SBX_RET_CONTINUE);
	assert_string_equal(buf, " = ? (allowed, run by the kernel)\n");
}

static void test_remote_read_bounds(void **state)
{
	(void)state;
	struct sbx_task t = self();
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(page != MAP_FAILED);
	assert_int_equal(munmap(page + 4096, 4096), 0);
	/* A string ending right before an unmapped page is readable. */
	memset(page, 'y', 4096);
	page[4095] = '\0';
	char buf[SBX_STR_MAX];
	assert_int_equal(sbx_task_read_str(&t, (uintptr_t)page, buf, sizeof(buf)), 4095);
	/*
	 * One that runs into it before the limit is EFAULT; one longer than the
	 * limit is ENAMETOOLONG even when an unmapped page follows, as with the
	 * kernel's own path copies.
	 */
	page[4095] = 'y';
	assert_int_equal(sbx_task_read_str(&t, (uintptr_t)page + 100, buf, sizeof(buf)), -EFAULT);
	assert_int_equal(sbx_task_read_str(&t, (uintptr_t)page, buf, sizeof(buf)), -ENAMETOOLONG);
	assert_int_equal(sbx_task_read_str(&t, (uintptr_t)page, buf, 100), -ENAMETOOLONG);
	assert_int_equal(sbx_task_read(&t, (uintptr_t)page + 4000, buf, 200), -EFAULT);
	assert_int_equal(sbx_task_read(&t, UINT64_MAX - 2, buf, 8), -EFAULT);
	munmap(page, 4096);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_openat_path_and_flags),
		cmocka_unit_test(test_bad_pointer_printed_as_address),
		cmocka_unit_test(test_string_escaped_and_truncated),
		cmocka_unit_test(test_buffers_enums_signals),
		cmocka_unit_test(test_strv),
		cmocka_unit_test(test_unknown_number_and_results),
		cmocka_unit_test(test_remote_read_bounds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
