#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Application readiness dashboard: does each profiled application run under sbx?

    readiness.py [--manifest syscalls.yaml] [--coverage reports/coverage.json]
                 [--compat compat] [--out reports/readiness.md] [--check]

Joins every application profile in compat/ (the syscalls an application made
natively and the values it passed in validated arguments; compat/record.py
writes them) with the manifest and the coverage report, and writes one
Markdown page: per application a verdict, the calls sbx refuses and with
which error, the argument values a validator would refuse, the claims
without a passing test, and the partially supported calls it relies on.

Verdicts:
  ready                 every call it makes is supported and verified, and
                        every value it passes is allowed
  ready with fallbacks  as above, except calls sbx answers with ENOSYS (the
                        kernel's "not implemented"), which programs are
                        expected to fall back from (clone3 -> clone,
                        io_uring -> native AIO); the proof test shows it does
  at risk               a call refused with another error, a value a
                        validator refuses, a claim not verified, or a call
                        the manifest does not know

--check compares with the committed page instead of writing it, and exits 1
when the page is stale (the manifest, the coverage or a profile changed).
Bad input (a malformed profile, an unknown value form) exits 2 naming it.
"""
import argparse
import glob
import json
import os
import re
import signal
import sys

import yaml

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import write_file  # noqa: E402

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class InputError(Exception):
    pass


def load_yaml(path, what):
    try:
        with open(path) as f:
            return yaml.safe_load(f)
    except OSError as e:
        raise InputError("%s %s: %s" % (what, path, e.strerror))
    except yaml.YAMLError as e:
        raise InputError("%s %s: not valid YAML: %s" % (what, path, str(e).splitlines()[0]))


def load_profile(path):
    p = load_yaml(path, "profile")
    name = os.path.basename(path)
    if not isinstance(p, dict):
        raise InputError("profile %s: expected a mapping" % name)
    for key, kind in (("app", str), ("proof", str), ("syscalls", dict), ("values", dict)):
        if not isinstance(p.get(key), kind):
            raise InputError("profile %s: '%s' missing or not a %s" % (name, key, kind.__name__))
    for sc, n in p["syscalls"].items():
        if not isinstance(n, int) or n < 1:
            raise InputError("profile %s: syscalls.%s: expected a positive count" % (name, sc))
    for key, vals in p["values"].items():
        if not re.match(r"^[a-z_0-9]+\.[a-z_0-9]+$", str(key)) or not isinstance(vals, list):
            raise InputError("profile %s: values.%s: expected SYSCALL.ARG: [values]" % (name, key))
    return p


def set_of(entry, arg):
    """The set name of an argument's shape (flags(SET) or enum(SET)), or None."""
    for a in entry.get("args") or []:
        if arg in a:
            m = re.match(r"^(?:flags|enum)\((\w+)\)$", str(a[arg]))
            return m.group(1) if m else None
    return None


def to_number(token, names):
    """A value token as a number: a set name, a signal name or a literal; None if unknown."""
    token = token.strip()
    if token in names:
        return names[token]
    if token.startswith("SIG") and hasattr(signal, token):
        return int(getattr(signal, token))
    try:
        return int(token, 0)
    except ValueError:
        return None


def value_refusal(manifest, sc, arg, value):
    """Why the validator of sc's arg refuses value, or None when it allows it."""
    entry = manifest["syscalls"][sc]
    rule = (entry.get("validate") or {}).get(arg)
    if not rule:
        return None
    sname = set_of(entry, arg)
    names = manifest["sets"][sname]["values"] if sname else {}
    allowed = [v if isinstance(v, int) else names.get(v) for v in
               rule.get("in", rule.get("mask", []))]
    err = entry.get("errno", "EINVAL")
    if "in" in rule:
        v = to_number(value, names)
        if value.strip() in rule["in"] or (v is not None and v in allowed):
            return None
        return "%s=%s is not in the allowlist (%s)" % (arg, value, err)
    if "mask" in rule:
        mask = 0
        for v in allowed:
            mask |= v or 0
        bad = [t for t in value.split("|")
               if to_number(t, names) is None or to_number(t, names) & ~mask]
        if not bad:
            return None
        return "%s bits %s are refused (%s)" % (arg, "|".join(bad), err)
    if "max" in rule:
        v = to_number(value, names)
        if v is not None and v <= rule["max"]:
            return None
        return "%s=%s exceeds %s (%s)" % (arg, value, rule["max"], err)
    return None


def assess(profile, manifest, coverage):
    rows = {r["name"]: r for r in coverage["syscalls"]}
    a = {"refused_enosys": [], "refused": [], "values": [], "unverified": [], "unknown": [],
         "partial": []}
    for sc, count in sorted(profile["syscalls"].items()):
        r = rows.get(sc)
        if r is None or sc not in manifest["syscalls"]:
            a["unknown"].append((sc, count))
            continue
        entry = manifest["syscalls"][sc]
        status = r["status"]
        if status in ("none", "denied"):
            err = entry.get("errno", "ENOSYS" if status == "none" else "EPERM")
            key = "refused_enosys" if err == "ENOSYS" else "refused"
            a[key].append((sc, count, err, entry.get("notes", "")))
        elif status == "unverified":
            a["unverified"].append((sc, count))
        elif status == "verified-partial":
            a["partial"].append((sc, count, entry.get("notes", "")))
    for key, vals in sorted(profile["values"].items()):
        sc, arg = key.split(".")
        if sc not in manifest["syscalls"]:
            continue  # reported above as unknown
        for v in vals:
            why = value_refusal(manifest, sc, arg, str(v))
            if why:
                a["values"].append((sc, why))
    if a["refused"] or a["values"] or a["unverified"] or a["unknown"]:
        a["verdict"] = "at risk"
    elif a["refused_enosys"]:
        a["verdict"] = "ready with fallbacks"
    else:
        a["verdict"] = "ready"
    return a


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def render(apps, coverage):
    out = ["# Application readiness", "",
           "Generated by `codegen/readiness.py` from the profiles in `compat/` (recorded",
           "natively by `compat/record.py`), `syscalls.yaml` and `reports/coverage.json`",
           "(commit %s). Do not edit: `make readiness` rewrites it, `make check` fails" %
           coverage.get("commit", "?"),
           "when it is stale. The verdicts are explained in `compat/README.md`.", "",
           "| application | syscalls used | verdict | refused (ENOSYS) | refused (other) "
           "| values refused | unverified | runs under sbx in |",
           "|---|---:|---|---|---|---|---|---|"]
    for name, p, a in apps:
        out.append("| %s | %d | **%s** | %s | %s | %d | %d | `%s` |" % (
            cell(name), len(p["syscalls"]), a["verdict"],
            cell(", ".join(x[0] for x in a["refused_enosys"]) or "-"),
            cell(", ".join(x[0] for x in a["refused"]) or "-"),
            len(a["values"]), len(a["unverified"]) + len(a["unknown"]), cell(p["proof"])))
    for name, p, a in apps:
        out += ["", "## %s: %s" % (name, a["verdict"]), ""]
        out.append("%d distinct syscalls, %d calls, in the workload of `%s`." % (
            len(p["syscalls"]), sum(p["syscalls"].values()), p["proof"]))
        sections = (
            ("Refused with ENOSYS (the program is expected to fall back)", a["refused_enosys"],
             lambda x: "`%s` (%d calls): %s" % (x[0], x[1], x[3] or x[2])),
            ("Refused with another error", a["refused"],
             lambda x: "`%s` (%d calls): %s. %s" % (x[0], x[1], x[2], x[3])),
            ("Argument values a validator refuses", a["values"],
             lambda x: "`%s`: %s" % x),
            ("Claimed but not verified by a passing test", a["unverified"],
             lambda x: "`%s` (%d calls)" % x),
            ("Not in the manifest", a["unknown"], lambda x: "`%s` (%d calls)" % x),
            ("Partially supported calls it uses", a["partial"],
             lambda x: "`%s` (%d calls): %s" % (x[0], x[1], x[2] or "see docs/syscalls.md")),
        )
        for title, items, fmt in sections:
            if items:
                out += ["", "%s:" % title, ""] + ["- " + cell(fmt(x)) for x in items]
    return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(prog="readiness.py", description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", default=os.path.join(TOP, "syscalls.yaml"))
    ap.add_argument("--coverage", default=os.path.join(TOP, "reports", "coverage.json"))
    ap.add_argument("--compat", default=os.path.join(TOP, "compat"))
    ap.add_argument("--out", default=os.path.join(TOP, "reports", "readiness.md"))
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if --out differs from what would be written")
    opts = ap.parse_args(argv)
    try:
        manifest = load_yaml(opts.manifest, "manifest")
        try:
            with open(opts.coverage) as f:
                coverage = json.load(f)
        except (OSError, ValueError) as e:
            raise InputError("coverage %s: %s" % (opts.coverage, e))
        paths = sorted(glob.glob(os.path.join(opts.compat, "*.yaml")))
        if not paths:
            raise InputError("no profiles (*.yaml) in %s" % opts.compat)
        apps = []
        for path in paths:
            p = load_profile(path)
            apps.append((p["app"], p, assess(p, manifest, coverage)))
    except InputError as e:
        print("readiness.py: %s" % e, file=sys.stderr)
        return 2
    text = render(apps, coverage)
    if opts.check:
        try:
            with open(opts.out) as f:
                old = f.read()
        except OSError:
            old = None
        if old != text:
            print("readiness.py: %s is stale: run `make readiness` and commit it" % opts.out,
                  file=sys.stderr)
            return 1
        return 0
    write_file(opts.out, text)
    for name, p, a in apps:
        print("readiness: %s: %s" % (name, a["verdict"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
