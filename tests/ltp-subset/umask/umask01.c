// SPDX-License-Identifier: Apache-2.0
/*
 * umask01 - umask(2).
 *
 * Checks, one case per mask:
 *  - umask() returns the previous mask;
 *  - a file created with mode 0666 and a directory created with 0777 get
 *    mode & ~mask (masks 000, 022, 027, 077, 777);
 *  - only the low 9 bits are kept (umask(0177777) then reads 0777);
 *  - the mask is inherited by a child and the child's change does not
 *    affect the parent.
 */
#include "tst.h"

static const mode_t masks[] = { 0, 022, 027, 077, 0777 };

static void run(unsigned int n)
{
	mode_t m = masks[n], old;
	struct stat st;
	char f[32], d[32];
	pid_t pid;
	int fd;

	old = umask(m);
	TST_EXP_VAL(umask(m), m, "umask(%03o) returns the mask just set", m);
	snprintf(f, sizeof(f), "f%u", n);
	snprintf(d, sizeof(d), "d%u", n);
	fd = SAFE_OPEN(f, O_CREAT | O_WRONLY, 0666);
	fstat(fd, &st);
	TST_EXP_EXPR((st.st_mode & 0777) == (0666 & ~m), "mask %03o: file mode %03o", m,
		     st.st_mode & 0777);
	SAFE_CLOSE(fd);
	SAFE_MKDIR(d, 0777);
	stat(d, &st);
	TST_EXP_EXPR((st.st_mode & 0777) == (0777 & ~m), "mask %03o: directory mode %03o", m,
		     st.st_mode & 0777);
	if (n == 0) {
		umask(0177777);
		TST_EXP_VAL(umask(022), 0777, "umask keeps only 9 bits");
		pid = SAFE_FORK();
		if (pid == 0)
			_exit(umask(0) == 022 ? 0 : 1);
		tst_check_child_exit(pid, 0, "child inherits umask 022");
		TST_EXP_VAL(umask(m), 022, "parent's mask unchanged by the child");
	}
	umask(old);
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(masks), .needs_tmpdir = 1 };
TST_MAIN(test)
