// SPDX-License-Identifier: Apache-2.0
/*
 * chroot01 - chroot(2).
 *
 * Checks, each in a child so the test's own root is untouched:
 *  - after chroot(dir) and chdir("/"), "/" is dir: a file made in dir is
 *    seen as "/marker", and ".." of the new root is the new root;
 *  - ENOENT for a missing directory, ENOTDIR for a regular file, EFAULT for
 *    a bad pointer;
 *  - EPERM for an unprivileged caller (uid 65534; TCONF if the switch fails).
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tst.h"

static void in_chroot(void)
{
	if (chroot("newroot") < 0) {
		if (errno == EPERM) {
			tst_res(TCONF, "chroot needs CAP_SYS_CHROOT, which this process lacks");
			_exit(0);
		}
		tst_res(TFAIL | TERRNO, "chroot(newroot) failed");
		_exit(1);
	}
	TST_EXP_PASS(chdir("/"), "chdir(/) after chroot");
	TST_EXP_PASS(access("/marker", F_OK), "/marker is the file made in newroot");
	struct stat root, up;
	if (stat("/", &root) == 0 && stat("/..", &up) == 0 && root.st_ino == up.st_ino &&
	    root.st_dev == up.st_dev)
		tst_res(TPASS, "/.. is the new root itself");
	else
		tst_res(TFAIL, "/.. leaves the new root");
	_exit(0);
}

static void unprivileged(void)
{
	if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534)) {
		tst_res(TCONF | TERRNO, "cannot switch to uid 65534");
		_exit(0);
	}
	TST_EXP_FAIL(chroot("newroot"), EPERM, "chroot as uid 65534");
	_exit(0);
}

static void run(void)
{
	SAFE_MKDIR("newroot", 0755);
	int fd = SAFE_OPEN("newroot/marker", O_WRONLY | O_CREAT, 0644);
	SAFE_CLOSE(fd);
	fd = SAFE_OPEN("plainfile", O_WRONLY | O_CREAT, 0644);
	SAFE_CLOSE(fd);

	TST_EXP_FAIL(chroot("missing"), ENOENT, "chroot(missing)");
	TST_EXP_FAIL(chroot("plainfile"), ENOTDIR, "chroot(regular file)");
	TST_EXP_FAIL(chroot((const char *)1), EFAULT, "chroot(bad pointer)");

	pid_t pid = SAFE_FORK();
	if (pid == 0)
		in_chroot();
	tst_reap_children();
	/* Let uid 65534 reach newroot, so EPERM (not EACCES) is what it meets. */
	if (chmod(".", 0711) < 0)
		tst_brk(TBROK | TERRNO, "chmod of the temporary directory");
	pid = SAFE_FORK();
	if (pid == 0)
		unprivileged();
	tst_reap_children();
}

static struct tst_test test = {
	.test_all = run,
	.needs_tmpdir = 1,
};

TST_MAIN(test)
