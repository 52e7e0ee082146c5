// SPDX-License-Identifier: Apache-2.0
/*
 * setdomainname01 - setdomainname(2).
 *
 * The test never changes the domainname of the namespace it runs in: every
 * successful call is made in a child that first did unshare(CLONE_NEWUTS)
 * (TCONF if that fails).  Checks:
 *  - in a new UTS namespace, setdomainname("sbx-domainname-test") is read back
 *    by uname() (domainname); a 64-byte name (the maximum) works; the
 *    name is not NUL-terminated by the caller (len excludes the NUL);
 *  - the parent's domainname is unchanged afterwards;
 *  - errors (also inside the new namespace): EINVAL (len 65; negative
 *    len), EFAULT (bad name);
 *  - EPERM from a child that dropped to uid 65534 in our namespace (TCONF
 *    if the drop fails).
 */
#include "tst.h"
#include <stddef.h>
#include <sys/utsname.h>

static const struct tst_uts_call call = {
	.name = "setdomainname",
	.what = "domainname",
	.set = setdomainname,
	.nr = SYS_setdomainname,
	.field = offsetof(struct utsname, domainname),
};

static void run(void)
{
	tst_uts_setter(&call);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
