/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The types of the generated syscall table (gen/dispatch.gen.c), seccomp rule
 * list (gen/seccomp.gen.c) and argument descriptors used by the trace printer.
 * Everything here is produced from syscalls.yaml by codegen/sbxgen.py; this
 * header is the hand-written contract the generated code compiles against.
 */
#ifndef SBX_SYSCALL_TABLE_H
#define SBX_SYSCALL_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct sbx_task;
struct sbx_args;

enum sbx_support {
	SBX_SUPPORT_NONE,
	SBX_SUPPORT_PARTIAL,
	SBX_SUPPORT_FULL,
	SBX_SUPPORT_DENIED,
};

enum sbx_via {
	SBX_VIA_ERRNO,
	SBX_VIA_HOST,
	SBX_VIA_SENTRY,
};

enum sbx_shape {
	SBX_SHAPE_INT,
	SBX_SHAPE_UINT,
	SBX_SHAPE_LONG,
	SBX_SHAPE_ULONG,
	SBX_SHAPE_SIZE,
	SBX_SHAPE_OFF,
	SBX_SHAPE_FD,
	SBX_SHAPE_DIRFD,
	SBX_SHAPE_PID,
	SBX_SHAPE_UID,
	SBX_SHAPE_GID,
	SBX_SHAPE_SIGNAL,
	SBX_SHAPE_MODE,
	SBX_SHAPE_CLOCKID,
	SBX_SHAPE_PTR,
	SBX_SHAPE_ADDR,
	SBX_SHAPE_FLAGS,
	SBX_SHAPE_ENUM,
	SBX_SHAPE_PATH,
	SBX_SHAPE_STR,
	SBX_SHAPE_STRV,
	SBX_SHAPE_BUF_IN,
	SBX_SHAPE_BUF_OUT,
	SBX_SHAPE_STRUCT_IN,
	SBX_SHAPE_STRUCT_OUT,
	SBX_SHAPE_STRUCT_INOUT,
	SBX_SHAPE_ARRAY_IN,
	SBX_SHAPE_ARRAY_OUT,
};

/* One named value of a flag or enum set. */
struct sbx_setval {
	const char *name;
	uint64_t value;
};

struct sbx_set {
	const char *name;
	bool is_flags;    /* a bit mask (flags) or one value (enum) */
	uint8_t width;    /* 32: the kernel reads an int; 64: a long */
	const char *zero; /* name printed when the bits of zero_mask are clear, or NULL */
	uint64_t zero_mask;
	const struct sbx_setval *values;
	size_t nvalues;
};

struct sbx_argdesc {
	const char *name;
	enum sbx_shape shape;
	const struct sbx_set *set; /* flags/enum shapes */
	const char *type;          /* struct/array element type, or NULL */
	int len_arg;               /* buffer length: index of the argument giving it, or -1 */
	long len_const;            /* buffer length when it is a constant */
	const char *text;          /* the shape as written in the manifest */
};

typedef long (*sbx_handler_fn)(struct sbx_task *t, const struct sbx_args *a);
typedef long (*sbx_validator_fn)(const struct sbx_args *a);

struct sbx_syscall_desc {
	const char *name; /* NULL for numbers Linux does not define */
	int nr;
	const char *group;
	enum sbx_support support;
	enum sbx_via via;
	int err; /* errno for none/denied entries and for validator failures */
	unsigned nargs;
	const struct sbx_argdesc *args;
	sbx_handler_fn handler;    /* sys_<name>, a generated stub, or NULL for via: host */
	sbx_validator_fn validate; /* NULL when the entry has no constraints */
	const char *notes;
	const char *const *tests; /* NULL-terminated */
	const char *json;         /* the whole manifest entry as one JSON object */
};

/* Generated: one slot per number 0..SBX_GEN_NR_MAX; name is NULL in gaps. */
extern const struct sbx_syscall_desc sbx_gen_table[];
extern const int sbx_gen_nr_max;
extern const char *const sbx_gen_kernel;
/* Every declared flag and value set, NULL-terminated. */
extern const struct sbx_set *const sbx_gen_sets[];

/* Lookups over the generated table; NULL when unknown. */
const struct sbx_syscall_desc *sbx_syscall_by_nr(long nr);
const struct sbx_syscall_desc *sbx_syscall_by_name(const char *name);
const char *sbx_support_name(enum sbx_support s);
const char *sbx_via_name(enum sbx_via v);

/* The seccomp rule list the launcher compiles with libseccomp. */
enum sbx_rule_action {
	SBX_RULE_ALLOW,
	SBX_RULE_ERRNO,
	SBX_RULE_NOTIFY,
};

enum sbx_cmp_op {
	SBX_CMP_MASKED_EQ, /* (arg & mask) == value */
	SBX_CMP_LE,        /* arg <= value, unsigned 64-bit */
};

struct sbx_rule_cmp {
	uint8_t arg;
	uint8_t op;
	uint64_t mask;
	uint64_t value;
};

struct sbx_rule {
	int nr;
	enum sbx_rule_action action;
	int err;
	unsigned ncmp;
	struct sbx_rule_cmp cmp[6];
};

extern const struct sbx_rule sbx_gen_rules[];
extern const size_t sbx_gen_nrules;

/* Test vectors for the validators, generated from the manifest's constraints. */
struct sbx_validate_case {
	int nr;
	uint64_t v[6];
	long expect; /* 0 or -errno */
	const char *what;
};
extern const struct sbx_validate_case sbx_gen_validate_cases[];
extern const size_t sbx_gen_nvalidate_cases;

#endif
