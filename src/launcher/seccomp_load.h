/* SPDX-License-Identifier: Apache-2.0 */
/* Compiling the generated rule list into the guest's seccomp filter. */
#ifndef SBX_SECCOMP_LOAD_H
#define SBX_SECCOMP_LOAD_H

#include <stdbool.h>

/*
 * Build the guest filter from sbx_gen_rules and install it on the calling
 * thread with a new listener (and WAIT_KILLABLE_RECV where the kernel has
 * it). With trace set, fixed-errno entries are routed to the sentry too, so
 * that refusals show in the trace (the generated stubs return the same errno).
 * Returns the listener fd or -errno. The caller must have set no_new_privs.
 */
int sbx_seccomp_install_guest(bool trace);

/*
 * Compile the guest filter into a BPF program without installing it (for
 * tests and benchmarks). Returns the number of instructions or -errno and
 * stores a malloc'ed program in *prog.
 */
int sbx_seccomp_build_guest(bool trace, void **prog);

#endif
