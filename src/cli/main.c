/* SPDX-License-Identifier: Apache-2.0 */
/*
 * sbx: run a program under the sentry (`sbx run`), trace what it asks of the
 * kernel (`sbx trace`), or inspect the syscall table (`sbx syscalls`).
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "common/syscall_table.h"

static void usage(FILE *f)
{
	fprintf(f,
		"Usage: sbx COMMAND [OPTIONS] [ARGS]\n"
		"\n"
		"Run untrusted Linux programs behind a syscall-level sandbox.\n"
		"\n"
		"Commands:\n"
		"  run [OPTIONS] [--] PROG [ARGS...]   run PROG in a new sandbox\n"
		"  trace [OPTIONS] [--] PROG [ARGS...] run PROG and print the calls the sentry sees\n"
		"  syscalls [OPTIONS] [NAME|NR]        show the syscall table\n"
		"  help [COMMAND]                      show help for COMMAND\n"
		"\n"
		"Options:\n"
		"  -h, --help     show this help\n"
		"  -V, --version  show the version\n");
}

static int help(const char *cmd)
{
	if (!cmd) {
		usage(stdout);
		return 0;
	}
	if (strcmp(cmd, "run") == 0)
		sbx_usage_run();
	else if (strcmp(cmd, "trace") == 0)
		sbx_usage_trace();
	else if (strcmp(cmd, "syscalls") == 0)
		sbx_usage_syscalls();
	else if (strcmp(cmd, "help") == 0)
		usage(stdout);
	else {
		fprintf(stderr, "sbx: help: unknown command '%s' (try 'sbx --help')\n", cmd);
		return SBX_EXIT_USAGE;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return SBX_EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0)
		return help(NULL);
	if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
		printf("sbx %s (syscall table: x86_64, Linux %s)\n", PACKAGE_VERSION, sbx_gen_kernel);
		return 0;
	}
	if (strcmp(cmd, "help") == 0) {
		if (argc > 3) {
			fprintf(stderr, "sbx: help: takes at most one command name\n");
			return SBX_EXIT_USAGE;
		}
		return help(argc > 2 ? argv[2] : NULL);
	}
	if (strcmp(cmd, "syscalls") == 0)
		return sbx_cmd_syscalls(argc - 1, argv + 1);
	if (strcmp(cmd, "run") == 0)
		return sbx_cmd_run(argc - 1, argv + 1, 0);
	if (strcmp(cmd, "trace") == 0)
		return sbx_cmd_run(argc - 1, argv + 1, 1);
	if (cmd[0] == '-')
		fprintf(stderr, "sbx: unknown option '%s' (try 'sbx --help')\n", cmd);
	else
		fprintf(stderr, "sbx: unknown command '%s' (try 'sbx --help')\n", cmd);
	return SBX_EXIT_USAGE;
}
