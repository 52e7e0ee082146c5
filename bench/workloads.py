#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Whole workloads natively and under `sbx run`, in one run, as ratios:
tar of /usr/include, python3 start-up, a gcc+make build of a small C program.
Each figure is the median of 5 runs (after one warm-up), the native and
sbx runs alternating.

    workloads.py SBX
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPS = 5

BUILD = r'''
set -e
d=$(mktemp -d) && cd "$d"
for i in 1 2 3 4 5 6 7 8; do
  printf '#include <stdio.h>\n#include <string.h>\nint f%s(const char *s){return (int)strlen(s)+%s;}\n' $i $i > f$i.c
done
printf '#include <stdio.h>\nint f1(const char*);\nint main(void){printf("%%d\\n", f1("x"));return 0;}\n' > main.c
printf 'OBJS = main.o f1.o f2.o f3.o f4.o f5.o f6.o f7.o f8.o\nprog: $(OBJS)\n\t$(CC) -o $@ $(OBJS)\n' > Makefile
make -s -j2 CC=gcc >/dev/null && ./prog >/dev/null
cd / && rm -rf "$d"
'''

WORKLOADS = [
    ("tar cf /dev/null /usr/include", ["/bin/tar", "cf", "/dev/null", "/usr/include"]),
    ("python3 -c 'import json, os'", ["/usr/bin/python3", "-c", "import json, os"]),
    ("gcc+make of 9 files", ["/bin/sh", "-c", BUILD]),
]


def timed(argv):
    t0 = time.perf_counter()
    r = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    if r.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(argv[:4]), r.returncode,
                                                   r.stderr.decode(errors="replace")[-300:]))
    return dt


def medians(native_argv, sbx_argv):
    """Median times of both, their runs interleaved so that the machine's
    drift (other load, frequency changes) reaches both alike."""
    timed(native_argv)
    timed(sbx_argv)
    native, under = [], []
    for _ in range(REPS):
        native.append(timed(native_argv))
        under.append(timed(sbx_argv))
    return statistics.median(native), statistics.median(under)


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    sbx = sys.argv[1]
    print("sbx workloads: median of %d runs each" % REPS)
    print("%-34s %10s %10s %8s" % ("workload", "native", "sbx", "ratio"))
    for name, argv in WORKLOADS:
        native, under = medians(argv, [sbx, "run", "--"] + argv)
        print("%-34s %8.1f ms %8.1f ms %7.2fx" % (name, native * 1e3, under * 1e3, under / native))
    return 0


if __name__ == "__main__":
    sys.exit(main())
