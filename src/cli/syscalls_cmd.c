/* SPDX-License-Identifier: Apache-2.0 */
/*
 * `sbx syscalls`: the generated table as text or JSON, filtered by group,
 * support or route, or one entry in full. It reads only the table compiled
 * into sbx, so what it prints is what the sandbox enforces.
 */
#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "common/syscall_table.h"

void sbx_usage_syscalls(void)
{
	printf("Usage: sbx syscalls [--group G] [--support S] [--via V] [--json] [NAME|NR]\n"
	       "\n"
	       "Show the syscall table compiled into sbx (from syscalls.yaml).\n"
	       "\n"
	       "  --group G    only group G (fs file mm process signal time ipc net identity\n"
	       "               security sched misc)\n"
	       "  --support S  only support S (full partial none denied)\n"
	       "  --via V      only route V (host sentry errno)\n"
	       "  --json       one JSON object per syscall with every manifest field\n"
	       "  NAME|NR      show one syscall in full\n");
}

static const char *const groups[] = {"fs",  "file",     "mm",       "process", "signal", "time",
				     "ipc", "net",      "identity", "security", "sched", "misc"};
static const char *const supports[] = {"full", "partial", "none", "denied"};
static const char *const vias[] = {"host", "sentry", "errno"};

static int one_of(const char *v, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v, list[i]) == 0)
			return 1;
	return 0;
}

static int check_value(const char *opt, const char *v, const char *const *list, size_t n)
{
	if (one_of(v, list, n))
		return 0;
	fprintf(stderr, "sbx: syscalls: unknown %s '%s' (one of:", opt, v);
	for (size_t i = 0; i < n; i++)
		fprintf(stderr, " %s", list[i]);
	fprintf(stderr, ")\n");
	return -1;
}

static const struct sbx_syscall_desc *lookup(const char *s)
{
	if (isdigit((unsigned char)s[0])) {
		char *end;
		long nr = strtol(s, &end, 10);
		return *end ? NULL : sbx_syscall_by_nr(nr);
	}
	return sbx_syscall_by_name(s);
}

/* Print the value of "key" in an entry's JSON text (a small object or list). */
static void print_json_field(const char *json, const char *key)
{
	char pat[64];
	snprintf(pat, sizeof(pat), "\"%s\":", key);
	const char *p = strstr(json, pat);
	if (!p) {
		printf("-");
		return;
	}
	p += strlen(pat);
	int depth = 0, in_str = 0;
	for (const char *q = p; *q; q++) {
		if (in_str) {
			if (*q == '\\' && q[1])
				putchar(*q++);
			else if (*q == '"')
				in_str = 0;
		} else if (*q == '"') {
			in_str = 1;
		} else if (*q == '{' || *q == '[') {
			depth++;
		} else if (*q == '}' || *q == ']') {
			if (depth == 0)
				break;
			depth--;
		} else if (*q == ',' && depth == 0) {
			break;
		}
		putchar(*q);
	}
}

static void show_one(const struct sbx_syscall_desc *d)
{
	printf("name:     %s\n", d->name);
	printf("nr:       %d\n", d->nr);
	printf("group:    %s\n", d->group);
	printf("support:  %s\n", sbx_support_name(d->support));
	printf("via:      %s\n", sbx_via_name(d->via));
	const char *en = strerrorname_np(d->err);
	printf("errno:    %s\n", en ? en : "?");
	printf("args:    ");
	if (d->nargs == 0)
		printf(" (none)");
	for (unsigned i = 0; i < d->nargs; i++)
		printf("%s %s: %s", i ? "," : "", d->args[i].name, d->args[i].text);
	printf("\nvalidate: ");
	print_json_field(d->json, "validate");
	printf("\ntests:   ");
	if (!d->tests[0])
		printf(" (none)");
	for (const char *const *t = d->tests; *t; t++)
		printf(" %s", *t);
	printf("\nnotes:    %s\n", d->notes[0] ? d->notes : "-");
}

int sbx_cmd_syscalls(int argc, char **argv)
{
	static const struct option opts[] = {
		{"group", required_argument, NULL, 'g'}, {"support", required_argument, NULL, 's'},
		{"via", required_argument, NULL, 'v'},   {"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},        {NULL, 0, NULL, 0},
	};
	const char *group = NULL, *support = NULL, *via = NULL;
	int json = 0, c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (c) {
		case 'g':
			group = optarg;
			if (check_value("group", group, groups, 12))
				return SBX_EXIT_USAGE;
			break;
		case 's':
			support = optarg;
			if (check_value("support", support, supports, 4))
				return SBX_EXIT_USAGE;
			break;
		case 'v':
			via = optarg;
			if (check_value("via", via, vias, 3))
				return SBX_EXIT_USAGE;
			break;
		case 'j':
			json = 1;
			break;
		case 'h':
			sbx_usage_syscalls();
			return 0;
		default:
			if (optopt == 'g' || optopt == 's' || optopt == 'v')
				fprintf(stderr, "sbx: syscalls: option '%s' needs a value\n", argv[optind - 1]);
			else
				fprintf(stderr, "sbx: syscalls: unknown option '%s' (try 'sbx help syscalls')\n",
					argv[optind - 1]);
			return SBX_EXIT_USAGE;
		}
	}
	if (optind < argc) {
		if (optind + 1 < argc) {
			fprintf(stderr, "sbx: syscalls: takes at most one NAME or NR\n");
			return SBX_EXIT_USAGE;
		}
		const struct sbx_syscall_desc *d = lookup(argv[optind]);
		if (!d) {
			fprintf(stderr, "sbx: syscalls: unknown syscall '%s'\n", argv[optind]);
			return SBX_EXIT_USAGE;
		}
		if (json)
			printf("%s\n", d->json);
		else
			show_one(d);
		return 0;
	}
	int first = 1, count = 0;
	if (json)
		printf("[");
	else
		printf("%-4s %-24s %-9s %-8s %-7s %s\n", "NR", "NAME", "GROUP", "SUPPORT", "VIA",
		       "NOTES");
	for (int nr = 0; nr <= sbx_gen_nr_max; nr++) {
		const struct sbx_syscall_desc *d = sbx_syscall_by_nr(nr);
		if (!d)
			continue;
		if (group && strcmp(d->group, group) != 0)
			continue;
		if (support && strcmp(sbx_support_name(d->support), support) != 0)
			continue;
		if (via && strcmp(sbx_via_name(d->via), via) != 0)
			continue;
		count++;
		if (json) {
			printf("%s\n%s", first ? "" : ",", d->json);
			first = 0;
		} else {
			printf("%-4d %-24s %-9s %-8s %-7s %s\n", d->nr, d->name, d->group,
			       sbx_support_name(d->support), sbx_via_name(d->via), d->notes);
		}
	}
	if (json)
		printf("\n]\n");
	else
		printf("%d syscalls\n", count);
	return 0;
}
