// SPDX-License-Identifier: Apache-2.0
/*
 * ustat01 - the obsolete ustat(2) (nr 136) through the raw syscall.
 *
 * Checks, on the device of the temporary directory (st_dev of "."):
 *  - ustat() returns 0, f_tinode (which the kernel copies from statfs's
 *    f_ffree) is within 1024 of statfs(2)'s f_ffree taken just before
 *    (other processes may create files on a shared filesystem), and
 *    f_fname / f_fpack, which Linux never fills, come back zeroed;
 *  - errors: EINVAL (a device number with no mounted filesystem), EFAULT
 *    (bad buffer).
 * TCONF if the syscall is missing (ENOSYS), or if ustat() on the temp
 * dir's device fails with EINVAL (a filesystem whose st_dev is not its
 * superblock's device, e.g. btrfs subvolumes) or ENOSYS.
 */
#include <sys/statfs.h>
#include "tst.h"

/* the kernel's struct ustat (glibc no longer ships <ustat.h>) */
struct kustat {
	int f_tfree;			/* __kernel_daddr_t */
	unsigned long f_tinode;		/* __kernel_ino_t */
	char f_fname[6];
	char f_fpack[6];
};

static long ust(unsigned int dev, void *u)
{
	return syscall(__NR_ustat, dev, u);
}

static void run(void)
{
	struct kustat u;
	struct statfs sf;
	struct stat st;
	unsigned int dev;
	static const char zero[6];

	if (stat(".", &st))
		tst_brk(TBROK | TERRNO, "stat(.)");
	dev = (unsigned int)st.st_dev;
	memset(&u, 0xff, sizeof(u));
	if (ust(dev, &u) == -1) {
		if (errno == ENOSYS || errno == EINVAL)
			tst_brk(TCONF | TERRNO, "ustat() on the temp dir's device 0x%x", dev);
	}
	if (statfs(".", &sf))
		tst_brk(TBROK | TERRNO, "statfs(.)");
	memset(&u, 0xff, sizeof(u));
	TST_EXP_PASS(ust(dev, &u), "ustat(dev 0x%x of the temp dir)", dev);
	TST_EXP_EXPR(u.f_tinode + 1024 >= (unsigned long)sf.f_ffree &&
		     u.f_tinode <= (unsigned long)sf.f_ffree + 1024, "f_tinode %lu, statfs f_ffree %llu",
		     u.f_tinode, (unsigned long long)sf.f_ffree);
	TST_EXP_EXPR(!memcmp(u.f_fname, zero, 6) && !memcmp(u.f_fpack, zero, 6),
		     "f_fname and f_fpack are zeroed");

	/* major 4095 minor 1048575: nothing is mounted there */
	TST_EXP_FAIL(ust(0xffffffffu, &u), EINVAL, "ustat(unused device 0xffffffff)");
	TST_EXP_FAIL(ust(dev, tst_bad_addr()), EFAULT, "ustat(bad buffer)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
