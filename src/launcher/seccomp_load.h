/* SPDX-License-Identifier: Apache-2.0 */
/* Compiling the generated rule list into the guest's seccomp filter. */
#ifndef SBX_SECCOMP_LOAD_H
#define SBX_SECCOMP_LOAD_H

#include <stdbool.h>
#include <stddef.h>

/* Programs compiled at build time (gen/bpf.gen.c, written by src/tools/bpfgen). */
#include <linux/filter.h>
extern const struct sock_filter sbx_gen_bpf_guest[], sbx_gen_bpf_guest_trace[], sbx_gen_bpf_host[];
extern const unsigned sbx_gen_bpf_guest_len, sbx_gen_bpf_guest_trace_len, sbx_gen_bpf_host_len;

/*
 * Install the guest filter (compiled from sbx_gen_rules) on the calling
 * thread with a new listener (and WAIT_KILLABLE_RECV where the kernel has
 * it). With trace set, fixed-errno entries are routed to the sentry too, so
 * that refusals show in the trace (the generated stubs return the same errno).
 * Returns the listener fd or -errno. The caller must have set no_new_privs.
 */
int sbx_seccomp_install_guest(bool trace);

/*
 * Compile the guest filter into a BPF program with libseccomp (at build time
 * and in tests). Returns the number of instructions or -errno and stores a
 * malloc'ed program in *prog.
 */
int sbx_seccomp_build_guest(bool trace, void **prog);

/* Compile an allowlist (everything else EPERM, foreign ABIs killed), as above. */
int sbx_seccomp_build_allowlist(const int *nrs, size_t n, void **prog);

#endif
