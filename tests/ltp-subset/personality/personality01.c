// SPDX-License-Identifier: Apache-2.0
/*
 * personality01 - personality(2).
 *
 * Checks:
 *  - personality(0xffffffff) only queries: two queries agree and the
 *    persona's low byte is PER_LINUX;
 *  - in a child, setting PER_LINUX | ADDR_NO_RANDOMIZE returns the old
 *    value and a later query reports the new one; setting it back works;
 *  - the persona is inherited by a forked grandchild;
 *  - the persona of the parent is not changed by the child.
 */
#include "tst.h"
#include <sys/personality.h>

static void run(void)
{
	int cur = personality(0xffffffff);
	pid_t pid;

	TST_EXP_EXPR(cur >= 0 && (cur & PER_MASK) == PER_LINUX, "query: persona 0x%x", cur);
	TST_EXP_VAL(personality(0xffffffff), cur, "second query agrees");
	pid = SAFE_FORK();
	if (pid == 0) {
		int want = PER_LINUX | ADDR_NO_RANDOMIZE, st;
		pid_t gc;

		if (personality(want) != cur)
			_exit(1);
		if (personality(0xffffffff) != want)
			_exit(2);
		gc = fork();
		if (gc == 0)
			_exit(personality(0xffffffff) == want ? 0 : 1);
		waitpid(gc, &st, 0);
		if (!WIFEXITED(st) || WEXITSTATUS(st))
			_exit(3);
		if (personality(cur) != want || personality(0xffffffff) != cur)
			_exit(4);
		_exit(0);
	}
	tst_check_child_exit(pid, 0, "set ADDR_NO_RANDOMIZE, read back, inherited, restored");
	TST_EXP_VAL(personality(0xffffffff), cur, "parent's persona unchanged");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
