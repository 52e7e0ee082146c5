// SPDX-License-Identifier: Apache-2.0
/*
 * setfsgid01 - setfsgid(2).
 *
 * Checks:
 *  - setfsgid(-1) changes nothing and returns the current fsgid, which
 *    equals the effective gid;
 *  - setfsgid(current) returns the current value;
 *  - as root (in a child): setfsgid(65534) returns the old value, a file
 *    created afterwards (in a 0777 directory) is owned by gid 65534, and
 *    the effective gid is unchanged;
 *  - unprivileged: setfsgid(0) (a value we do not hold) changes nothing:
 *    the next query still returns our gid.  setfsgid() reports no errors,
 *    so there are no error cases.
 */
#include "tst.h"
#include <sys/fsuid.h>

static const struct tst_fsid_call call = {
	.name = "setfsgid",
	.id = "gid",
	.set = setfsgid,
	.effective = getegid,
	.is_gid = 1,
};

static void run(void)
{
	tst_fsid_setter(&call);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
