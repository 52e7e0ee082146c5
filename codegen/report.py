#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Syscall coverage report for sbx.

Joins the manifest (`sbx syscalls --json`, or `--manifest-json FILE`) with
the conformance results written by tests/ltp-subset/run.py and writes
reports/coverage.json, reports/coverage.md and a self-contained
reports/coverage.html.  A full/partial claim counts as verified only when
every test it names passes both natively and under sbx; anything else
(failing, missing, skipped, or failing natively too) is an unverified claim.
It can also append a line to a history CSV and compare against an older
coverage.json to catch regressions.  Standard library only.
"""

import argparse
import collections
import datetime
import html
import json
import os
import subprocess
import sys
import tempfile

STATUSES = ("verified-full", "verified-partial", "unverified", "none", "denied")
STATUS_LABEL = {
    "verified-full": "verified full",
    "verified-partial": "verified partial",
    "unverified": "claimed but unverified",
    "none": "none",
    "denied": "denied",
}
GROUP_ORDER = ("fs", "file", "mm", "process", "signal", "time", "ipc", "net",
               "identity", "security", "sched", "misc")
HISTORY_FIELDS = ("date", "commit", "kernel", "verified_full", "verified_partial",
                  "unverified", "none", "denied", "host", "host_validated")
SUMMARY_ROWS = (
    ("verified_full", "summary-verified-full", "verified full"),
    ("verified_partial", "summary-verified-partial", "verified partial"),
    ("unverified", "summary-unverified", "claimed but unverified"),
    ("none", "summary-none", "not supported (none)"),
    ("denied", "summary-denied", "denied"),
    ("total", "summary-total", "total"),
    ("host", "summary-host", "via host (reachable in-kernel)"),
    ("host_validated", "summary-host-validated", "via host with argument validators"),
)


class UsageError(Exception):
    pass


# --------------------------------------------------------------------------
# Inputs


def load_json(path, what):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except OSError as e:
        raise UsageError("cannot read %s %s: %s" % (what, path, e.strerror))
    except ValueError as e:
        raise UsageError("%s %s is not JSON: %s" % (what, path, e))


def load_manifest(args):
    if args.manifest_json:
        data = load_json(args.manifest_json, "manifest")
        origin = args.manifest_json
    elif args.sbx:
        try:
            out = subprocess.run([args.sbx, "syscalls", "--json"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, timeout=60, check=False)
        except OSError as e:
            raise UsageError("cannot run %s: %s" % (args.sbx, e.strerror))
        if out.returncode != 0:
            raise UsageError("%s syscalls --json failed with exit %d" % (args.sbx, out.returncode))
        try:
            data = json.loads(out.stdout.decode("utf-8", "replace"))
        except ValueError as e:
            raise UsageError("%s syscalls --json printed invalid JSON: %s" % (args.sbx, e))
        origin = args.sbx + " syscalls --json"
    else:
        raise UsageError("give the manifest: --manifest-json FILE or --sbx PATH")
    if isinstance(data, dict) and isinstance(data.get("syscalls"), list):
        data = data["syscalls"]
    if not isinstance(data, list) or not all(isinstance(e, dict) and isinstance(e.get("name"), str)
                                             for e in data):
        raise UsageError("manifest from %s is not a JSON array of objects with a name" % origin)
    return data


def load_results(path):
    data = load_json(path, "results")
    if not isinstance(data, dict) or not isinstance(data.get("tests"), dict):
        raise UsageError("results %s has no \"tests\" object (written by run.py?)" % path)
    return data


def git_commit():
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        out = subprocess.run(["git", "-C", here, "rev-parse", "--short", "HEAD"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    c = out.stdout.decode().strip()
    return c if out.returncode == 0 and c else "unknown"


# --------------------------------------------------------------------------
# Classification


def verdict_of(result_entry, mode):
    if not result_entry:
        return None
    r = result_entry.get(mode)
    if isinstance(r, dict):
        return r.get("verdict")
    return None


def test_state(native, sbx):
    """One word for a test: pass, fail, broken, conf, missing, not-run."""
    if native is None and sbx is None:
        return "not-run"
    if native == "MISSING" or sbx == "MISSING":
        return "missing"
    if native is not None and native not in ("PASS", "CONF"):
        return "broken"          # fails on the host kernel: the test proves nothing
    if native is None or sbx is None:
        return "not-run"
    if native == "CONF" or sbx == "CONF":
        return "conf"            # skipped somewhere: not a pass
    if native == "PASS" and sbx == "PASS":
        return "pass"
    return "fail"


STATE_REASON = {
    "fail": "fails under sbx",
    "broken": "fails natively too (broken test)",
    "conf": "skipped (TCONF)",
    "missing": "not built",
    "not-run": "not run",
}


def nr_key(e):
    nr = e.get("nr")
    return (nr if isinstance(nr, int) else 1 << 30, e.get("name", ""))


def classify(manifest, results):
    tests_res = results.get("tests", {})
    rows = []
    for e in sorted(manifest, key=nr_key):
        support = e.get("support")
        via = e.get("via")
        tests = []
        for t in e.get("tests") or []:
            entry = tests_res.get(t) or tests_res.get("%s/%s" % (e["name"], t))
            n, s = verdict_of(entry, "native"), verdict_of(entry, "sbx")
            tests.append({"name": t, "native": n, "sbx": s, "state": test_state(n, s)})
        reason = ""
        if support in ("none", "denied"):
            status, verified = support, False
        elif support in ("full", "partial"):
            bad = [t for t in tests if t["state"] != "pass"]
            verified = bool(tests) and not bad
            if verified:
                status = "verified-" + support
            else:
                status = "unverified"
                if not tests:
                    reason = "no tests named"
                else:
                    reason = "; ".join("%s %s" % (t["name"], STATE_REASON[t["state"]])
                                       for t in bad)
        else:
            status, verified = "unverified", False
            reason = "unknown support value %r" % (support,)
        rows.append({
            "name": e["name"],
            "nr": e.get("nr"),
            "group": e.get("group") or "misc",
            "support": support,
            "via": via,
            "validated": bool(e.get("validate")),
            "tests": tests,
            "verified": verified,
            "status": status,
            "reason": reason,
            "notes": e.get("notes") or "",
        })
    return rows


def summarize(rows):
    c = collections.Counter(r["status"] for r in rows)
    return {
        "verified_full": c["verified-full"],
        "verified_partial": c["verified-partial"],
        "unverified": c["unverified"],
        "none": c["none"],
        "denied": c["denied"],
        "total": len(rows),
        "host": sum(1 for r in rows if r["via"] == "host"),
        "host_validated": sum(1 for r in rows if r["via"] == "host" and r["validated"]),
    }


def ordered_groups(rows):
    present = {r["group"] for r in rows}
    return [g for g in GROUP_ORDER if g in present] + sorted(present - set(GROUP_ORDER))


def group_counts(rows, group):
    c = collections.Counter(r["status"] for r in rows if r["group"] == group)
    return {s: c[s] for s in STATUSES}


# --------------------------------------------------------------------------
# Writers


def current_umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_file(path, text):
    """Replace PATH with TEXT atomically: a reader sees the old file or the
    whole new one, never a part (also used by sbxgen.py, readiness.py,
    compat/record.py and the conformance runner)."""
    d = os.path.dirname(os.path.abspath(path))
    os.makedirs(d, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=d)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~current_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def render_json(header, summary, rows):
    doc = {
        "format": "sbx-coverage-1",
        "commit": header["commit"],
        "kernel": header["kernel"],
        "date": header["date"],
        "summary": summary,
        "syscalls": rows,
    }
    return json.dumps(doc, indent=1, sort_keys=True) + "\n"


def md_cell(text):
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def tests_cell(tests):
    if not tests:
        return "-"
    return ", ".join("%s (native %s, sbx %s)" % (t["name"], t["native"] or "-", t["sbx"] or "-")
                     for t in tests)


def render_md(header, summary, rows):
    out = ["# sbx syscall coverage", "",
           "- commit: `%s`" % header["commit"],
           "- kernel: `%s`" % header["kernel"],
           "- date: %s" % header["date"], "",
           "A claim (`full`/`partial`) is *verified* only when every test it names "
           "passes both natively and under `sbx run`.", "",
           "## Summary", "", "| | syscalls |", "|---|---:|"]
    for key, _id, label in SUMMARY_ROWS:
        out.append("| %s | %d |" % (label, summary[key]))
    out += ["", "## By group", "",
            "| group | verified full | verified partial | unverified | none | denied |",
            "|---|---:|---:|---:|---:|---:|"]
    groups = ordered_groups(rows)
    for g in groups:
        c = group_counts(rows, g)
        out.append("| %s | %s |" % (md_cell(g), " | ".join(str(c[s]) for s in STATUSES)))
    for g in groups:
        out += ["", "## %s" % g, "",
                "| nr | syscall | support | via | status | tests | notes |",
                "|---:|---|---|---|---|---|---|"]
        for r in rows:
            if r["group"] != g:
                continue
            status = r["status"]
            if status == "unverified":
                status = "**UNVERIFIED**"
            notes = r["reason"] if r["status"] == "unverified" else r["notes"]
            if r["status"] == "unverified" and r["notes"]:
                notes = "%s; %s" % (r["reason"], r["notes"])
            via = r["via"] or "-"
            if r["via"] == "host" and r["validated"]:
                via += " (validated)"
            out.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                "" if r["nr"] is None else r["nr"], md_cell(r["name"]),
                md_cell(r["support"]), md_cell(via), status,
                md_cell(tests_cell(r["tests"])), md_cell(notes)))
    return "\n".join(out) + "\n"


CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222;background:#fff}
h1{font-size:1.5em;margin:0 0 .3em}
.meta{color:#555;margin-bottom:1em}
.meta code{background:#f3f3f3;padding:0 .3em}
table{border-collapse:collapse}
th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f5f5f5}
td.num{text-align:right;font-variant-numeric:tabular-nums}
#summary td.num{font-weight:bold}
.groups{margin:1em 0;max-width:60em}
.grow{display:flex;align-items:center;margin:.2em 0}
.glabel{width:6em;font-weight:bold}
.bar{flex:1;display:flex;height:1.1em;border:1px solid #ccc;background:#fafafa}
.bar span{display:block;height:100%}
.gcount{width:22em;padding-left:.6em;color:#555;font-size:.9em}
.s-verified{background:#2e9d4c}.s-unverified{background:#d7263d}
.s-none{background:#b8b8b8}.s-denied{background:#5b4b8a}
.legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:middle}
.filters{margin:1em 0}
.filters input,.filters select{font:inherit;padding:.2em}
tr.unverified td{background:#fde8ea;color:#a1001a}
tr.unverified td.status{font-weight:bold}
td.status{white-space:nowrap}
.t-pass{color:#1f7a3a}.t-bad{color:#c0001a;font-weight:bold}
.reason{color:#a1001a;font-size:.9em}
.notes{color:#555;font-size:.9em}
"""

JS = """
(function(){
  var q=document.getElementById('filter-text'),
      st=document.getElementById('filter-status'),
      gr=document.getElementById('filter-group'),
      out=document.getElementById('filter-count'),
      rows=document.querySelectorAll('#syscalls tbody tr');
  function apply(){
    var text=q.value.trim().toLowerCase(), s=st.value, g=gr.value, n=0;
    for(var i=0;i<rows.length;i++){
      var r=rows[i];
      var ok=(!s||r.getAttribute('data-status')===s)&&(!g||r.getAttribute('data-group')===g)&&
             (!text||r.getAttribute('data-text').indexOf(text)>=0);
      r.style.display=ok?'':'none';
      if(ok)n++;
    }
    out.textContent=n+' of '+rows.length+' shown';
  }
  /* A hash like #status=unverified&group=fs&q=open presets the filters. */
  var h=(location.hash||'').replace(/^#/,'').split('&');
  for(var j=0;j<h.length;j++){
    var kv=h[j].split('='), v=decodeURIComponent(kv[1]||'');
    if(kv[0]==='status')st.value=v; else if(kv[0]==='group')gr.value=v; else if(kv[0]==='q')q.value=v;
  }
  q.addEventListener('input',apply);
  st.addEventListener('change',apply);
  gr.addEventListener('change',apply);
  apply();
  document.documentElement.setAttribute('data-js','ready');
})();
"""


def esc(x):
    return html.escape("" if x is None else str(x), quote=True)


def render_html(header, summary, rows):
    groups = ordered_groups(rows)
    h = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width,initial-scale=1">',
         '<title>sbx syscall coverage</title>', '<style>%s</style>' % CSS, '</head><body>',
         '<h1>sbx syscall coverage</h1>',
         '<div class="meta">commit <code id="meta-commit">%s</code> &middot; kernel '
         '<code id="meta-kernel">%s</code> &middot; <span id="meta-date">%s</span></div>'
         % (esc(header["commit"]), esc(header["kernel"]), esc(header["date"])),
         '<p>A claim is <b>verified</b> only when every test it names passes both natively '
         'and under <code>sbx run</code>. Claims whose tests fail, are missing, are skipped '
         'or fail natively too are shown <span style="color:#c0001a">in red</span>.</p>',
         '<table id="summary"><tbody>']
    for key, ident, label in SUMMARY_ROWS:
        h.append('<tr><th>%s</th><td class="num" id="%s">%d</td></tr>' % (esc(label), ident,
                                                                         summary[key]))
    h.append('</tbody></table>')

    h.append('<div class="groups" id="groups"><div class="legend">'
             '<span class="s-verified"></span>verified<span class="s-unverified"></span>'
             'unverified<span class="s-none"></span>none<span class="s-denied"></span>denied'
             '</div>')
    for g in groups:
        c = group_counts(rows, g)
        ver = c["verified-full"] + c["verified-partial"]
        total = sum(c.values()) or 1
        segs = [("verified", ver), ("unverified", c["unverified"]), ("none", c["none"]),
                ("denied", c["denied"])]
        bar = "".join('<span class="s-%s" style="width:%.3f%%" title="%s: %d"></span>'
                      % (k, 100.0 * v / total, k, v) for k, v in segs if v)
        h.append('<div class="grow" id="group-%s"><div class="glabel">%s</div>'
                 '<div class="bar">%s</div><div class="gcount">%d verified, %d unverified, '
                 '%d none, %d denied</div></div>' % (esc(g), esc(g), bar, ver, c["unverified"],
                                                    c["none"], c["denied"]))
    h.append('</div>')

    h.append('<div class="filters"><input id="filter-text" type="search" '
             'placeholder="filter by name, group, test..." size="30"> '
             '<select id="filter-status"><option value="">all statuses</option>')
    for s in STATUSES:
        h.append('<option value="%s">%s</option>' % (s, esc(STATUS_LABEL[s])))
    h.append('</select> <select id="filter-group"><option value="">all groups</option>')
    for g in groups:
        h.append('<option value="%s">%s</option>' % (esc(g), esc(g)))
    h.append('</select> <span id="filter-count"></span></div>')

    h.append('<table id="syscalls"><thead><tr><th>nr</th><th>syscall</th><th>group</th>'
             '<th>support</th><th>via</th><th>status</th><th>tests</th><th>notes</th>'
             '</tr></thead><tbody>')
    for r in rows:
        tcells = []
        for t in r["tests"]:
            cls = "t-pass" if t["state"] == "pass" else "t-bad"
            tcells.append('<span class="%s" title="%s">%s: native %s, sbx %s</span>' % (
                cls, esc(t["state"]), esc(t["name"]), esc(t["native"] or "-"),
                esc(t["sbx"] or "-")))
        text = " ".join([r["name"], r["group"], str(r["support"]), str(r["via"]),
                         r["status"]] + [t["name"] for t in r["tests"]]).lower()
        via = esc(r["via"])
        if r["via"] == "host" and r["validated"]:
            via += ' <span class="notes">(validated)</span>'
        notes = ""
        if r["reason"]:
            notes += '<div class="reason">%s</div>' % esc(r["reason"])
        if r["notes"]:
            notes += '<div class="notes">%s</div>' % esc(r["notes"])
        h.append('<tr class="%s" data-status="%s" data-group="%s" data-text="%s">'
                 '<td class="num">%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>'
                 '<td class="status">%s</td><td>%s</td><td>%s</td></tr>' % (
                     esc(r["status"]), esc(r["status"]), esc(r["group"]), esc(text),
                     esc(r["nr"]), esc(r["name"]), esc(r["group"]), esc(r["support"]), via,
                     esc(r["status"]), "<br>".join(tcells) or "-", notes))
    h.append('</tbody></table>')
    h.append('<script>%s</script>' % JS)
    h.append('</body></html>')
    return "\n".join(h) + "\n"


def append_history(path, header, summary):
    new = not os.path.exists(path) or os.path.getsize(path) == 0
    d = os.path.dirname(os.path.abspath(path))
    os.makedirs(d, exist_ok=True)
    vals = dict(summary, date=header["date"], commit=header["commit"], kernel=header["kernel"])
    with open(path, "a", encoding="utf-8") as f:
        if new:
            f.write(",".join(HISTORY_FIELDS) + "\n")
        f.write(",".join(str(vals[k]).replace(",", ";") for k in HISTORY_FIELDS) + "\n")


def old_statuses(path):
    data = load_json(path, "old coverage")
    if isinstance(data, dict):
        data = data.get("syscalls")
    if not isinstance(data, list):
        raise UsageError("old coverage %s has no syscall list" % path)
    return {e["name"]: e.get("status") for e in data if isinstance(e, dict) and "name" in e}


def print_summary(summary, stream):
    stream.write("coverage: " + ", ".join("%s %d" % (label, summary[key])
                                          for key, _i, label in SUMMARY_ROWS) + "\n")


# --------------------------------------------------------------------------


def main(argv=None):
    p = argparse.ArgumentParser(description="Write the sbx syscall coverage report.")
    p.add_argument("--manifest-json", metavar="FILE", help="manifest JSON (sbx syscalls --json)")
    p.add_argument("--sbx", metavar="PATH", help="run PATH syscalls --json for the manifest")
    p.add_argument("--results", metavar="FILE",
                   help="run.py results (default: $builddir/coverage/results.json)")
    p.add_argument("--outdir", default="reports", metavar="DIR",
                   help="where coverage.{json,md,html} go (default: reports)")
    p.add_argument("--commit", help="commit shown in the header (default: git rev-parse --short HEAD)")
    p.add_argument("--date", help="date shown in the header (default: today, YYYY-MM-DD)")
    p.add_argument("--kernel", help="kernel shown in the header (default: uname -r)")
    p.add_argument("--history", metavar="CSV", help="append a line of counts to this CSV")
    p.add_argument("--check-regressions", metavar="OLD_COVERAGE_JSON",
                   help="exit 1 if a syscall verified in OLD is not verified now")
    args = p.parse_args(argv)

    try:
        manifest = load_manifest(args)
        results_path = args.results or os.path.join(os.environ.get("builddir") or ".",
                                                    "coverage", "results.json")
        results = load_results(results_path)
        old = old_statuses(args.check_regressions) if args.check_regressions else None
    except UsageError as e:
        sys.stderr.write("report.py: error: %s\n" % e)
        return 2

    header = {
        "commit": args.commit or git_commit(),
        "date": args.date or datetime.date.today().isoformat(),
        "kernel": args.kernel or os.uname().release,
    }
    rows = classify(manifest, results)
    summary = summarize(rows)
    write_file(os.path.join(args.outdir, "coverage.json"), render_json(header, summary, rows))
    write_file(os.path.join(args.outdir, "coverage.md"), render_md(header, summary, rows))
    write_file(os.path.join(args.outdir, "coverage.html"), render_html(header, summary, rows))
    if args.history:
        append_history(args.history, header, summary)

    print_summary(summary, sys.stdout)
    for r in rows:
        if r["status"] == "unverified":
            print("unverified: %s: %s" % (r["name"], r["reason"]))
    print("wrote %s/coverage.{json,md,html}" % args.outdir)

    if old is not None:
        now = {r["name"]: r["status"] for r in rows}
        nrs = {r["name"]: r["nr"] for r in rows if isinstance(r["nr"], int)}
        regressed = sorted((n for n, s in old.items()
                            if s and s.startswith("verified-")
                            and not (now.get(n) or "").startswith("verified-")),
                           key=lambda n: (nrs.get(n, 1 << 30), n))
        if regressed:
            for n in regressed:
                print("REGRESSION: %s was %s, now %s" % (n, old[n], now.get(n, "absent")))
            print("%d regression(s) against %s" % (len(regressed), args.check_regressions))
            return 1
        print("no regressions against %s" % args.check_regressions)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # stdout closed early (`report.py | head`): the files are written.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
