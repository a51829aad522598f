#!/usr/bin/env python3
"""Hot spots of a `perf record --call-graph dwarf` profile, charged to our own functions.

Usage: perf script -F comm,tid,ip,sym -i perf.data | perf_attribute.py [TOP] [--callers FUNCTION]

A flat profile of the extractor is dominated by malloc, free, SipHash and memcmp, which says
nothing about what to change. Here every sample is charged to the innermost frame that belongs
to one of our crates (a symbol containing "chronicle"), so allocation and hashing time lands on
the function that asked for it. With --callers FUNCTION, the samples charged to FUNCTION are
split by its nearest own caller and by the leaf symbol that was running.
"""

import collections
import sys


def samples(lines):
    """Yields each sample's stack, innermost frame first."""
    stack = []
    for line in lines:
        if not line.strip():
            if stack:
                yield stack
            stack = []
        elif line[0] in " \t":
            parts = line.strip().split(None, 1)
            stack.append(parts[1] if len(parts) > 1 else "?")
    if stack:
        yield stack


def own_frames(stack):
    return [f for f in stack if "chronicle" in f]


def main():
    args = sys.argv[1:]
    callers_of = None
    if "--callers" in args:
        i = args.index("--callers")
        callers_of = args[i + 1]
        del args[i : i + 2]
    top = int(args[0]) if args else 30

    charged = collections.Counter()
    callers, leaves = collections.Counter(), collections.Counter()
    total = unwound = 0
    for stack in samples(sys.stdin):
        total += 1
        unwound += len(stack) > 1
        own = own_frames(stack)
        owner = own[0] if own else f"(outside our crates) {stack[0][:70]}"
        charged[owner] += 1
        if callers_of and owner == callers_of:
            callers[next((f for f in own[1:] if f != owner), "?")] += 1
            leaves[stack[0][:90]] += 1
    if total == 0:
        sys.exit("no samples on standard input; pipe `perf script -F comm,tid,ip,sym` into this")
    print(f"{total} samples, {unwound} with a call stack")
    if callers_of:
        n = charged[callers_of]
        print(f"{100 * n / total:6.2f}%  {callers_of}\ncalled from:")
        for f, c in callers.most_common(top):
            print(f"  {100 * c / total:6.2f}%  {f}")
        print("running:")
        for f, c in leaves.most_common(top):
            print(f"  {100 * c / total:6.2f}%  {f}")
        return
    for f, c in charged.most_common(top):
        print(f"{100 * c / total:6.2f}%  {f}")


if __name__ == "__main__":
    main()
