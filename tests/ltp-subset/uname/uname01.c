// SPDX-License-Identifier: Apache-2.0
/*
 * uname01 - uname(2) through the raw syscall.
 *
 * Checks:
 *  - sysname is "Linux", machine is "x86_64";
 *  - nodename equals what gethostname() returns;
 *  - release starts with a digit and every field is NUL-terminated;
 *  - EFAULT for a bad pointer.
 */
#include "tst.h"
#include <sys/utsname.h>
#include <limits.h>

static void run(void)
{
	struct utsname u;
	char host[HOST_NAME_MAX + 1] = "";

	memset(&u, 'x', sizeof(u));
	TST_EXP_PASS(syscall(SYS_uname, &u), "uname(&u)");
	TST_EXP_EXPR(!strcmp(u.sysname, "Linux"), "sysname \"%s\"", u.sysname);
	TST_EXP_EXPR(!strcmp(u.machine, "x86_64"), "machine \"%s\"", u.machine);
	gethostname(host, sizeof(host));
	TST_EXP_EXPR(!strcmp(u.nodename, host), "nodename \"%s\" == gethostname \"%s\"",
		     u.nodename, host);
	TST_EXP_EXPR(u.release[0] >= '0' && u.release[0] <= '9', "release \"%s\"", u.release);
	TST_EXP_EXPR(memchr(u.version, 0, sizeof(u.version)) &&
		     memchr(u.domainname, 0, sizeof(u.domainname)),
		     "version and domainname NUL-terminated");
	TST_EXP_FAIL(syscall(SYS_uname, tst_bad_addr()), EFAULT, "uname(bad pointer)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
