#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Check syscalls.yaml and generate sbx's tables from it.

    sbxgen.py check    MANIFEST [--tests-dir DIR] [--cc CC] [--no-host-check]
    sbxgen.py generate MANIFEST --out DIR [--tests-dir DIR] [--cc CC]

`check` reports every problem as `FILE:LINE: ENTRY: message` and exits 1 if
there is any. `generate` checks first, then renders the templates in
codegen/templates into DIR, rewriting a file only when its content changes.
The schema is documented in docs/manifest.md.
"""

import argparse
import ctypes
import ctypes.util
import functools
import glob
import json
import operator
import os
import re
import subprocess
import sys

import yaml

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import write_file  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

GROUPS = ("fs", "file", "mm", "process", "signal", "time", "ipc", "net",
          "identity", "security", "sched", "misc")
SUPPORTS = ("full", "partial", "none", "denied")
VIAS = ("host", "sentry", "errno")
TOP_FIELDS = {"version", "kernel", "sets", "syscalls"}
ENTRY_FIELDS = {"nr", "group", "args", "support", "via", "errno", "validate",
                "tests", "notes"}
SET_FIELDS = {"kind", "width", "zero", "zero_mask", "values"}
CONSTRAINTS = {"in", "mask", "max"}

# Scalar shapes and whether the kernel reads them as a 32-bit int.
SCALARS = {
    "int": 32, "uint": 32, "long": 64, "ulong": 64, "size": 64, "off": 64,
    "fd": 32, "dirfd": 32, "pid": 32, "uid": 32, "gid": 32, "signal": 32,
    "mode": 32, "clockid": 32, "ptr": 64, "addr": 64,
}
MEMORY_SHAPES = {"path", "str", "strv", "buf_in", "buf_out", "struct_in",
                 "struct_out", "struct_inout", "array_in", "array_out"}

SHAPE_RE = re.compile(r"^(?P<kind>[a-z_]+)(?:\((?P<inner>[^()]*)\))?$")

ERRNOS = {
    "EPERM": 1, "ENOENT": 2, "ESRCH": 3, "EINTR": 4, "EIO": 5, "ENXIO": 6,
    "E2BIG": 7, "ENOEXEC": 8, "EBADF": 9, "ECHILD": 10, "EAGAIN": 11,
    "ENOMEM": 12, "EACCES": 13, "EFAULT": 14, "EBUSY": 16, "EEXIST": 17,
    "EXDEV": 18, "ENODEV": 19, "ENOTDIR": 20, "EISDIR": 21, "EINVAL": 22,
    "ENFILE": 23, "EMFILE": 24, "ENOTTY": 25, "EFBIG": 27, "ENOSPC": 28,
    "ESPIPE": 29, "EROFS": 30, "EMLINK": 31, "EPIPE": 32, "ERANGE": 34,
    "ENAMETOOLONG": 36, "ENOSYS": 38, "ENOTEMPTY": 39, "ELOOP": 40,
    "ENODATA": 61, "EOPNOTSUPP": 95, "EAFNOSUPPORT": 97, "ETIMEDOUT": 110,
    "EPROTONOSUPPORT": 93, "ESOCKTNOSUPPORT": 94,
}


class ManifestError(Exception):
    pass


class Node:
    """A loaded YAML value with the line it started on."""

    def __init__(self, value, line):
        self.value = value
        self.line = line


class Loader:
    """Builds plain Python values from YAML nodes, keeping lines and
    rejecting duplicate keys (PyYAML would silently keep the last one)."""

    def __init__(self, path):
        self.path = path
        self.errors = []
        self.lines = {}

    def load(self):
        with open(self.path, encoding="utf-8") as f:
            try:
                root = yaml.compose(f)
            except yaml.YAMLError as e:
                mark = getattr(e, "problem_mark", None)
                line = mark.line + 1 if mark else 0
                raise ManifestError(f"{self.path}:{line}: not valid YAML: "
                                    f"{getattr(e, 'problem', e)}")
        if root is None:
            raise ManifestError(f"{self.path}:1: empty manifest")
        return self.build(root, ())

    def build(self, node, keypath):
        self.lines[keypath] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            out = {}
            for knode, vnode in node.value:
                key = self.scalar(knode)
                if not isinstance(key, (str, int)):
                    key = str(key)
                if key in out:
                    self.errors.append((knode.start_mark.line + 1, key,
                                        f"duplicate key '{key}' (first at line "
                                        f"{self.lines[keypath + (key,)]})"))
                    continue
                self.lines[keypath + (key,)] = knode.start_mark.line + 1
                out[key] = self.build(vnode, keypath + (key,))
                self.lines[keypath + (key,)] = knode.start_mark.line + 1
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(v, keypath + (i,)) for i, v in enumerate(node.value)]
        return self.scalar(node)

    _constructor = yaml.SafeLoader("")

    @classmethod
    def scalar(cls, node):
        if not isinstance(node, yaml.ScalarNode):
            return str(node.start_mark)
        return cls._constructor.construct_object(node, deep=True)


class Checker:
    def __init__(self, path, tests_dir=None, cc=None, host_check=True):
        self.path = path
        self.tests_dir = tests_dir
        self.cc = cc or os.environ.get("CC") or "cc"
        self.host_check = host_check
        self.errors = []

    def err(self, line, entry, msg):
        self.errors.append(f"{self.path}:{line}: {entry}: {msg}")

    def line(self, *keypath):
        while keypath and keypath not in self.loader.lines:
            keypath = keypath[:-1]
        return self.loader.lines.get(keypath, 1)

    def run(self):
        self.loader = Loader(self.path)
        doc = self.loader.load()
        for line, key, msg in self.loader.errors:
            self.err(line, key, msg)
        if not isinstance(doc, dict):
            self.err(1, "manifest", "top level must be a mapping")
            return None
        for key in doc:
            if key not in TOP_FIELDS:
                self.err(self.line(key), "manifest", f"unknown top-level field '{key}'")
        sets = self.check_sets(doc.get("sets") or {})
        entries = doc.get("syscalls")
        if not isinstance(entries, dict) or not entries:
            self.err(self.line("syscalls"), "manifest", "'syscalls' must be a non-empty mapping")
            return None
        model = {"kernel": str(doc.get("kernel", "")), "sets": sets, "syscalls": []}
        seen_nr = {}
        for name, e in entries.items():
            ent = self.check_entry(name, e, sets)
            if ent is None:
                continue
            if ent["nr"] in seen_nr:
                self.err(self.line("syscalls", name, "nr"), name,
                         f"number {ent['nr']} already used by '{seen_nr[ent['nr']]}'")
            else:
                seen_nr[ent["nr"]] = name
            model["syscalls"].append(ent)
        model["syscalls"].sort(key=lambda s: s["nr"])
        if self.host_check:
            self.check_numbers(model["syscalls"])
        return model

    def check_sets(self, sets):
        out = {}
        if not isinstance(sets, dict):
            self.err(self.line("sets"), "sets", "'sets' must be a mapping")
            return out
        for name, s in sets.items():
            where = ("sets", name)
            if not isinstance(s, dict):
                self.err(self.line(*where), f"set {name}", "a set must be a mapping")
                continue
            for k in s:
                if k not in SET_FIELDS:
                    self.err(self.line(*where, k), f"set {name}", f"unknown field '{k}'")
            kind = s.get("kind")
            if kind not in ("flags", "enum"):
                self.err(self.line(*where, "kind"), f"set {name}",
                         f"kind must be 'flags' or 'enum', not '{kind}'")
                continue
            width = s.get("width", 32)
            if width not in (32, 64):
                self.err(self.line(*where, "width"), f"set {name}", "width must be 32 or 64")
                width = 64
            values = s.get("values")
            if not isinstance(values, dict) or not values:
                self.err(self.line(*where, "values"), f"set {name}",
                         "values must be a non-empty mapping of NAME: number")
                continue
            vals = []
            for vn, vv in values.items():
                if not isinstance(vv, int) or isinstance(vv, bool) or vv < 0 or vv >= 1 << 64:
                    self.err(self.line(*where, "values", vn), f"set {name}",
                             f"value of {vn} must be a non-negative number")
                    continue
                vals.append((str(vn), vv))
            zmask = s.get("zero_mask", (1 << width) - 1)
            if not isinstance(zmask, int) or zmask < 0:
                self.err(self.line(*where, "zero_mask"), f"set {name}", "zero_mask must be a number")
                zmask = 0
            out[name] = {"name": name, "kind": kind, "width": width,
                         "zero": s.get("zero"), "zero_mask": zmask, "values": vals,
                         "byname": dict(vals)}
        return out

    def parse_shape(self, text, argnames, sets, line, entry):
        """Returns a dict describing the shape, or None after reporting."""
        if not isinstance(text, str):
            self.err(line, entry, f"shape must be a string, not {text!r}")
            return None
        m = SHAPE_RE.match(text.replace(" ", ""))
        if not m:
            self.err(line, entry, f"unknown shape '{text}'")
            return None
        kind, inner = m.group("kind"), m.group("inner")
        shape = {"kind": kind, "text": text, "set": None, "type": None,
                 "len_arg": -1, "len_const": 0}
        if kind in SCALARS or kind in ("path", "str", "strv"):
            if inner is not None:
                self.err(line, entry, f"shape '{kind}' takes no parameters")
                return None
            return shape
        if kind in ("flags", "enum"):
            if not inner:
                self.err(line, entry, f"shape '{kind}' needs a set: {kind}(SET)")
                return None
            if inner not in sets:
                self.err(line, entry, f"reference to undeclared set '{inner}'")
                return None
            if (sets[inner]["kind"] == "flags") != (kind == "flags"):
                self.err(line, entry, f"set '{inner}' is a {sets[inner]['kind']} set, "
                         f"used as {kind}()")
                return None
            shape["set"] = inner
            return shape
        params = [p for p in (inner or "").split(",") if p]
        if kind in ("struct_in", "struct_out", "struct_inout"):
            if len(params) != 1 or "=" in params[0]:
                self.err(line, entry, f"shape '{kind}' needs one type: {kind}(TYPE)")
                return None
            shape["type"] = params[0]
            return shape
        if kind in ("buf_in", "buf_out", "array_in", "array_out"):
            want_type = kind.startswith("array")
            lens = [p for p in params if p.startswith("len=")]
            types = [p for p in params if "=" not in p]
            if len(lens) != 1 or len(types) != (1 if want_type else 0) \
                    or len(params) != len(lens) + len(types):
                form = f"{kind}(TYPE, len=ARG)" if want_type else f"{kind}(len=ARG)"
                self.err(line, entry, f"shape '{text}' must be written {form}")
                return None
            ln = lens[0][4:]
            if re.fullmatch(r"\d+", ln):
                shape["len_const"] = int(ln)
            elif ln in argnames:
                shape["len_arg"] = argnames.index(ln)
            else:
                self.err(line, entry, f"len={ln} refers to an undeclared argument")
                return None
            if want_type:
                shape["type"] = types[0]
            return shape
        self.err(line, entry, f"unknown shape '{kind}'")
        return None

    def check_entry(self, name, e, sets):
        where = ("syscalls", name)
        line0 = self.line(*where)
        if not isinstance(e, dict):
            self.err(line0, name, "an entry must be a mapping")
            return None
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", str(name)):
            self.err(line0, name, "a syscall name is lower case letters, digits and '_'")
        for k in e:
            if k not in ENTRY_FIELDS:
                self.err(self.line(*where, k), name, f"unknown field '{k}'")
        ok = True
        nr = e.get("nr")
        if not isinstance(nr, int) or isinstance(nr, bool) or not 0 <= nr < 1024:
            self.err(self.line(*where, "nr"), name, f"nr must be a number 0..1023, not {nr!r}")
            ok = False
        group = e.get("group")
        if group not in GROUPS:
            self.err(self.line(*where, "group"), name,
                     f"unknown group '{group}' (one of {', '.join(GROUPS)})")
        support = e.get("support")
        if support not in SUPPORTS:
            self.err(self.line(*where, "support"), name,
                     f"unknown support '{support}' (one of {', '.join(SUPPORTS)})")
            ok = False
        via = e.get("via")
        if via not in VIAS:
            self.err(self.line(*where, "via"), name,
                     f"unknown via '{via}' (one of {', '.join(VIAS)})")
            ok = False
        if not ok:
            return None
        args_in = e.get("args")
        args = []
        if not isinstance(args_in, list) or len(args_in) > 6:
            self.err(self.line(*where, "args"), name, "args must be a list of at most 6 {name: shape}")
            args_in = []
        argnames = []
        for i, a in enumerate(args_in):
            if not isinstance(a, dict) or len(a) != 1:
                self.err(self.line(*where, "args", i), name, "each argument is one {name: shape}")
                continue
            argnames.append(str(next(iter(a))))
        for i, a in enumerate(args_in):
            if not isinstance(a, dict) or len(a) != 1:
                continue
            an, text = next(iter(a.items()))
            shape = self.parse_shape(text, argnames, sets, self.line(*where, "args", i), name)
            if shape is not None:
                shape["name"] = str(an)
                args.append(shape)
        if len(set(argnames)) != len(argnames):
            self.err(self.line(*where, "args"), name, "duplicate argument names")
        errname = e.get("errno")
        if errname is not None and errname not in ERRNOS:
            self.err(self.line(*where, "errno"), name, f"unknown errno '{errname}'")
            errname = None
        if support in ("none", "denied") and via != "errno":
            self.err(self.line(*where, "via"), name,
                     f"support: {support} goes with via: errno, not via: {via}")
        if support in ("full", "partial") and via == "errno":
            self.err(self.line(*where, "via"), name,
                     f"support: {support} needs via: host or via: sentry")
        if errname is None:
            errname = {"none": "ENOSYS", "denied": "EPERM"}.get(support, "EINVAL")
        tests = e.get("tests") or []
        if not isinstance(tests, list) or not all(isinstance(t, str) for t in tests):
            self.err(self.line(*where, "tests"), name, "tests must be a list of test names")
            tests = []
        if support in ("full", "partial") and not tests:
            self.err(self.line(*where, "support"), name,
                     f"support: {support} claims need tests: [...] that prove them")
        if self.tests_dir is not None:
            for t in tests:
                if not glob.glob(os.path.join(self.tests_dir, "*", t + ".c")):
                    self.err(self.line(*where, "tests"), name,
                             f"test '{t}' does not exist (no {self.tests_dir}/*/{t}.c)")
        notes = e.get("notes") or ""
        if not isinstance(notes, str):
            self.err(self.line(*where, "notes"), name, "notes must be a string")
            notes = str(notes)
        validate = self.check_validate(name, e.get("validate") or {}, args, sets, via, where)
        return {"name": name, "nr": nr, "group": group, "args": args,
                "support": support, "via": via, "errno": errname,
                "validate": validate, "tests": tests, "notes": notes,
                "line": line0, "raw_validate": e.get("validate") or {}}

    def check_validate(self, name, v, args, sets, via, where):
        out = []
        if not isinstance(v, dict):
            self.err(self.line(*where, "validate"), name, "validate must be a mapping")
            return out
        if v and via == "errno":
            self.err(self.line(*where, "validate"), name,
                     "validate on a via: errno entry has no effect")
            return out
        byname = {a["name"]: (i, a) for i, a in enumerate(args)}
        for an, cons in v.items():
            line = self.line(*where, "validate", an)
            if an not in byname:
                self.err(line, name, f"validate refers to undeclared argument '{an}'")
                continue
            idx, arg = byname[an]
            if arg["kind"] in MEMORY_SHAPES and via == "host":
                self.err(line, name, f"validator on '{an}' ({arg['kind']}) constrains memory "
                         "contents, which BPF cannot check: use via: sentry")
                continue
            if not isinstance(cons, dict) or len(cons) != 1 or next(iter(cons)) not in CONSTRAINTS:
                self.err(line, name, f"constraint on '{an}' must be one of "
                         "{in: [...]}, {mask: [...]}, {max: N}")
                continue
            ckind, cval = next(iter(cons.items()))
            aset = sets.get(arg["set"]) if arg["set"] else None
            width = aset["width"] if aset else SCALARS.get(arg["kind"], 64)
            if ckind == "max":
                if not isinstance(cval, int) or cval < 0:
                    self.err(line, name, f"max on '{an}' must be a non-negative number")
                    continue
                out.append({"arg": idx, "name": an, "kind": "max", "values": [cval],
                            "width": width, "names": [str(cval)]})
                continue
            if not isinstance(cval, list) or not cval:
                self.err(line, name, f"{ckind} on '{an}' needs a non-empty list")
                continue
            values, names = [], []
            for item in cval:
                if isinstance(item, int) and not isinstance(item, bool):
                    values.append(item)
                    names.append(hex(item))
                elif isinstance(item, str) and aset and item in aset["byname"]:
                    values.append(aset["byname"][item])
                    names.append(item)
                else:
                    setname = arg["set"] or "(no set)"
                    self.err(line, name, f"'{item}' is not a value of set {setname} "
                             f"of argument '{an}'")
            if ckind == "mask" and aset is not None and aset["kind"] != "flags":
                self.err(line, name, f"mask on '{an}' needs a flags set")
            out.append({"arg": idx, "name": an, "kind": ckind, "values": values,
                        "width": width, "names": names})
        return out

    def host_numbers(self):
        try:
            p = subprocess.run([self.cc, "-E", "-dM", "-include", "asm/unistd_64.h", "-"],
                               input="", capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError) as e:
            print(f"sbxgen: warning: cannot read <asm/unistd_64.h> with {self.cc}: {e}",
                  file=sys.stderr)
            return {}
        nums = {}
        for m in re.finditer(r"^#define __NR_(\w+) (\d+)$", p.stdout, re.M):
            nums[m.group(1)] = int(m.group(2))
        return nums

    @staticmethod
    def seccomp_resolver():
        path = ctypes.util.find_library("seccomp") or "libseccomp.so.2"
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            return None
        fn = lib.seccomp_syscall_resolve_name_arch
        fn.argtypes = [ctypes.c_uint32, ctypes.c_char_p]
        fn.restype = ctypes.c_int
        arch_x86_64 = 0xC000003E
        return lambda name: fn(arch_x86_64, name.encode())

    def check_numbers(self, syscalls):
        header = {} if getattr(self, "skip_header", False) else self.host_numbers()
        resolve = self.seccomp_resolver()
        if resolve is None:
            print("sbxgen: warning: libseccomp not loadable; numbers checked against "
                  "the kernel headers only", file=sys.stderr)
        for s in syscalls:
            line = self.line("syscalls", s["name"], "nr")
            if s["name"] in header and header[s["name"]] != s["nr"]:
                self.err(line, s["name"], f"nr {s['nr']} disagrees with <asm/unistd_64.h> "
                         f"(__NR_{s['name']} is {header[s['name']]})")
            if resolve is not None:
                r = resolve(s["name"])
                if r >= 0 and r != s["nr"]:
                    self.err(line, s["name"], f"nr {s['nr']} disagrees with libseccomp, "
                             f"which resolves {s['name']} to {r}")


# ---------------------------------------------------------------- generation

def c_str(s):
    if s is None:
        return "NULL"
    return json.dumps(s, ensure_ascii=True)


def entry_json(s):
    return json.dumps({
        "name": s["name"], "nr": s["nr"], "group": s["group"],
        "args": [{"name": a["name"], "shape": a["text"]} for a in s["args"]],
        "support": s["support"], "via": s["via"], "errno": s["errno"],
        "validate": s["raw_validate"], "tests": s["tests"], "notes": s["notes"],
    }, sort_keys=True, separators=(",", ":"))


def rules_for(s):
    """The seccomp rules of one entry: a list of (action, err, [cmps])."""
    if s["via"] == "errno":
        return [("SBX_RULE_ERRNO", s["errno"], [])]
    if s["via"] == "sentry":
        return [("SBX_RULE_NOTIFY", None, [])]
    # via: host. No constraints: one unconditional allow, which the kernel can
    # cache per number. Otherwise allow only the product of the allowed values;
    # everything else falls to the default action (the sentry), whose
    # validator answers with the exact errno.
    alts = [[]]
    for c in s["validate"]:
        m32 = 0xFFFFFFFF if c["width"] == 32 else 0xFFFFFFFFFFFFFFFF
        if c["kind"] == "in":
            opts = [[(c["arg"], "SBX_CMP_MASKED_EQ", m32, v & m32)] for v in c["values"]]
        elif c["kind"] == "mask":
            allowed = 0
            for v in c["values"]:
                allowed |= v
            opts = [[(c["arg"], "SBX_CMP_MASKED_EQ", m32 & ~allowed, 0)]]
        else:
            opts = [[(c["arg"], "SBX_CMP_LE", 0, c["values"][0])]]
        alts = [a + o for a in alts for o in opts]
    return [("SBX_RULE_ALLOW", None, a) for a in alts]


def validate_cases(s):
    """Inputs each validator must accept or reject, derived from its constraints."""
    if not s["validate"]:
        return []
    base = [0] * 6
    accept = []
    for c in s["validate"]:
        if c["kind"] == "in":
            base[c["arg"]] = c["values"][0]
        elif c["kind"] == "mask":
            base[c["arg"]] = 0
        else:
            base[c["arg"]] = c["values"][0]
    cases = []
    for c in s["validate"]:
        m = 0xFFFFFFFF if c["width"] == 32 else 0xFFFFFFFFFFFFFFFF
        if c["kind"] == "in":
            for v, n in zip(c["values"], c["names"]):
                v6 = list(base)
                v6[c["arg"]] = v
                cases.append((v6, "0", f"{c['name']}={n} allowed"))
            bad = next(x for x in range(1, 1 << 20) if all((x & m) != (v & m) for v in c["values"]) and x not in c["values"])
            big = max(c["values"]) + 1
            if all((big & m) != (v & m) for v in c["values"]):
                bad = big
            v6 = list(base)
            v6[c["arg"]] = bad
            cases.append((v6, f"-{s['errno']}", f"{c['name']}={bad:#x} rejected"))
            if c["width"] == 32:
                v6 = list(base)
                v6[c["arg"]] = c["values"][0] | (1 << 32)
                cases.append((v6, "0", f"{c['name']} high bits ignored (int argument)"))
        elif c["kind"] == "mask":
            allowed = 0
            for v in c["values"]:
                allowed |= v
            v6 = list(base)
            v6[c["arg"]] = allowed
            cases.append((v6, "0", f"{c['name']}=all allowed bits"))
            outside = m & ~allowed
            if outside:
                bit = outside & -outside
                v6 = list(base)
                v6[c["arg"]] = bit
                cases.append((v6, f"-{s['errno']}", f"{c['name']} bit {bit:#x} rejected"))
        else:
            v6 = list(base)
            v6[c["arg"]] = c["values"][0]
            cases.append((v6, "0", f"{c['name']}=max allowed"))
            v6 = list(base)
            v6[c["arg"]] = c["values"][0] + 1
            cases.append((v6, f"-{s['errno']}", f"{c['name']}=max+1 rejected"))
    return cases


def handler_kind(s):
    if s["via"] == "sentry" and s["support"] in ("full", "partial"):
        return "handler"
    if s["via"] == "errno":
        return "stub"
    return "host"


def generate(model, outdir, manifest_name):
    import jinja2
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(os.path.join(HERE, "templates")),
                             keep_trailing_newline=True, trim_blocks=True,
                             lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["c_str"] = c_str
    env.filters["sum_or"] = lambda vals: functools.reduce(operator.or_, vals, 0)
    syscalls = model["syscalls"]
    for s in syscalls:
        s["json"] = entry_json(s)
        s["rules"] = rules_for(s)
        s["cases"] = validate_cases(s)
        s["kind"] = handler_kind(s)
    by_nr = {s["nr"]: s for s in syscalls}
    nr_max = max(by_nr)
    gaps = []
    n = 0
    while n <= nr_max:
        if n not in by_nr:
            start = n
            while n <= nr_max and n not in by_nr:
                n += 1
            gaps.append((start, n - 1))
        n += 1
    ctx = {"syscalls": syscalls, "sets": sorted(model["sets"].values(), key=lambda s: s["name"]),
           "nr_max": nr_max, "gaps": gaps, "kernel": model["kernel"],
           "groups": GROUPS, "errnos": ERRNOS}
    outputs = {
        "syscall_list.gen.h": "syscall_list.h.j2",
        "handlers.gen.h": "handlers.h.j2",
        "dispatch.gen.c": "dispatch.c.j2",
        "validate.gen.c": "validate.c.j2",
        "stubs.gen.c": "stubs.c.j2",
        "seccomp.gen.c": "seccomp.c.j2",
        "syscalls.md": "syscalls.md.j2",
    }
    os.makedirs(outdir, exist_ok=True)
    for out, tmpl in outputs.items():
        banner_c = (f"/* Generated by codegen/sbxgen.py from {manifest_name} ({tmpl}). "
                    "Do not edit. */\n")
        banner_md = (f"<!-- Generated by codegen/sbxgen.py from {manifest_name} ({tmpl}). "
                     "Do not edit. -->\n")
        text = env.get_template(tmpl).render(banner=banner_md if out.endswith(".md") else banner_c,
                                             **ctx)
        dest = os.path.join(outdir, out)
        try:
            with open(dest, encoding="utf-8") as f:
                if f.read() == text:
                    # Unchanged: keep the content but refresh the time, so
                    # every output stays newer than gen/stamp (make's
                    # multiple-outputs idiom, and VPATH builds from a tarball).
                    os.utime(dest)
                    continue
        except OSError:
            pass
        write_file(dest, text)


def main(argv):
    ap = argparse.ArgumentParser(prog="sbxgen.py", description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("check", "generate"))
    ap.add_argument("manifest")
    ap.add_argument("--out", help="output directory for generate")
    ap.add_argument("--tests-dir", help="tests/ltp-subset: test names must exist there")
    ap.add_argument("--cc", help="C compiler used to read <asm/unistd_64.h>")
    ap.add_argument("--no-host-check", action="store_true",
                    help="skip the comparison with kernel headers and libseccomp")
    ap.add_argument("--skip-header", action="store_true",
                    help="compare numbers with libseccomp only (for testing the checker)")
    opts = ap.parse_args(argv)
    if opts.command == "generate" and not opts.out:
        ap.error("generate needs --out DIR")
    checker = Checker(opts.manifest, opts.tests_dir, opts.cc, not opts.no_host_check)
    checker.skip_header = opts.skip_header
    try:
        model = checker.run()
    except ManifestError as e:
        print(e, file=sys.stderr)
        return 1
    except OSError as e:
        print(f"sbxgen: {opts.manifest}: {e.strerror}", file=sys.stderr)
        return 1
    if checker.errors:
        for e in checker.errors:
            print(e, file=sys.stderr)
        print(f"sbxgen: {len(checker.errors)} error(s) in {opts.manifest}", file=sys.stderr)
        return 1
    if opts.command == "generate":
        generate(model, opts.out, os.path.basename(opts.manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
