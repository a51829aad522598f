#!/usr/bin/env python3
"""Builds data/english/lemmas.tsv from lemminflect's lemma table.

    python3 scripts/build-english-lemmas.py ../shared/data/lemmas/lemma_lu.csv.gz data/english/lemmas.tsv

Source: the lemma lookup table of the PyPI package lemminflect 0.2.3 (MIT licence), as kept in
shared/data/lemmas. Only lower-case words are kept (proper nouns are the tagger's business); a word
with several lemmas lists them all, separated by '|', in a stable order. The output is sorted so
that a rebuild gives the same bytes.
"""
import csv
import gzip
import sys


def main(src, out):
    lemmas = {}
    with gzip.open(src, "rt", encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) < 3 or not row[0][:1].islower():
                continue
            word = row[0]
            for lemma in row[2].split("/"):
                lemma = lemma.strip()
                if lemma and lemma not in lemmas.setdefault(word, []):
                    lemmas[word].append(lemma)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# word<TAB>lemma[|lemma...] from lemminflect 0.2.3 (MIT); built by scripts/build-english-lemmas.py\n")
        for word in sorted(lemmas):
            f.write(f"{word}\t{'|'.join(lemmas[word])}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
