/* SPDX-License-Identifier: Apache-2.0 */
/* The sbx subcommands. Each returns the process exit status. */
#ifndef SBX_CLI_H
#define SBX_CLI_H

/* Exit status for a usage error (unknown option, name or value). */
#define SBX_EXIT_USAGE 2

int sbx_cmd_syscalls(int argc, char **argv);
int sbx_cmd_run(int argc, char **argv, int trace_default);
void sbx_usage_syscalls(void);
void sbx_usage_run(void);
void sbx_usage_trace(void);

#endif
