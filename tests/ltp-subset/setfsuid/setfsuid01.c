// SPDX-License-Identifier: Apache-2.0
/*
 * setfsuid01 - setfsuid(2).
 *
 * Checks:
 *  - setfsuid(-1) changes nothing and returns the current fsuid, which
 *    equals the effective uid;
 *  - setfsuid(current) returns the current value;
 *  - as root (in a child): setfsuid(65534) returns the old value, a file
 *    created afterwards (in a 0777 directory) is owned by uid 65534, and
 *    the effective uid is unchanged;
 *  - unprivileged: setfsuid(0) (a value we do not hold) changes nothing:
 *    the next query still returns our uid.  setfsuid() reports no errors,
 *    so there are no error cases.
 */
#include "tst.h"
#include <sys/fsuid.h>

static const struct tst_fsid_call call = {
	.name = "setfsuid",
	.id = "uid",
	.set = setfsuid,
	.effective = geteuid,
	.is_gid = 0,
};

static void run(void)
{
	tst_fsid_setter(&call);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
