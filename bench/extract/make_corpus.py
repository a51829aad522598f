#!/usr/bin/env python3
"""Builds the extraction benchmark corpora from the development reports, deterministically.

Usage: make_corpus.py DEVSET_DIR OUT_DIR SIZE_MB [SIZE_MB ...]

Writes OUT_DIR/corpus-<N>mb.jsonl (one {"text", "source", "published"} object a line) and
OUT_DIR/corpus-<N>mb.stats.json ({"docs", "bytes", "tokens"}) for every size N. A corpus holds
at least N * 10^6 bytes of report text (UTF-8, the "text" fields only). Smaller corpora are
prefixes of larger ones: all are cut from one stream of copies.

Copy 0 of the development reports is verbatim. Every later copy k is the same reports, in an
order shuffled by k, with deterministic variations so no two copies are the same text:
  - people: the given names and surnames of the persons named in the gold files are replaced
    (everywhere in the report, also possessives and surname-only mentions) by names drawn from
    the pools below;
  - places: the cities named as event places in the gold files are replaced by other cities of
    the region;
  - dates: every year 1980-2039 in the text, and the publication date, move back k mod 6 years.
The reports are our own texts (devset/), so the corpus may be published with the benchmark.

Tokens are counted as in `count_tokens`: maximal runs of Unicode word characters (\\w+), plus
every other non-space character on its own ("Qorgau’s" is 3 tokens: Qorgau ’ s).
"""

import glob
import json
import os
import random
import re
import sys

TOKEN = re.compile(r"\w+|[^\w\s]")

GIVEN = """Aibek Aidana Akmal Alisher Altynai Anvar Arman Asel Aslan Azamat Bakhyt Bermet Daniyar
Dilnoza Elmira Farid Gulnara Ilyas Jamshid Kamila Kanat Laziz Madina Marat Nargiza Nodira Nurlan
Oksana Rustam Saida Sanjar Timur Ulugbek Yerzhan Zarina Zhibek Artyom Irina Sergei Tatiana Levan
Nino Tamar Davit Ani Hovhannes Leyla Rashad Gunel Reza Shirin Parisa Kian Aliaksei Volha Yury
Maryna""".split()

SURNAMES = """Abdullaev Akhmetov Alimova Bekov Dzhaksybekov Ermekov Isakova Jumabaev Kadyrova
Karimov Kasymov Mamedova Nazarova Nurmatov Omarova Rakhimov Safarova Sultanbekov Tashkentova
Usmanov Yusupova Zhakupov Ivanova Petrov Sokolova Volkov Beridze Kapanadze Lomidze Harutyunyan
Petrosyan Hakobyan Mammadli Huseynova Rahimi Moradi Tehrani Kazlouski Novikava Shevchuk
Bondarenko Orazgeldiyev Annayeva Kurbanov Saidov Hasanova""".split()

CITIES = """Almaty Astana Shymkent Karaganda Aktobe Pavlodar Bishkek Osh Karakol Naryn Tashkent
Samarkand Bukhara Namangan Andijan Fergana Nukus Dushanbe Khujand Kulob Ashgabat Mary Baku Ganja
Sumqayit Tbilisi Batumi Kutaisi Yerevan Gyumri Vanadzor Minsk Gomel Brest Vitebsk Mogilev Grodno
Kazan Samara Omsk Tomsk Perm Novosibirsk Krasnodar Tehran Tabriz Shiraz Mashhad Isfahan""".split()

# Words that mark a two-word gold name as an organisation, not a person.
ORG_WORDS = set("""Media Live Forum Monitor Contract Dream Council Ministry Agency Union
International Times Guard Duma Vestnik Online Habar Department Movement Group Nations Rights
Watch Party military Renaissance Solidarity Soz Without Tahrir State Committee""".split())

PERSON = re.compile(r"^[A-Z][a-z]+( [A-Z][\w-]+)+$")
YEAR = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")


def count_tokens(text):
    return len(TOKEN.findall(text))


def gold_names(gold):
    """The person names (each a list of spellings) and city places of one gold file."""
    persons, places = [], []
    for ev in gold.get("events", []):
        for name in ev.get("subjects", []) + ev.get("agents", []):
            spellings = name.split("|")
            if PERSON.match(spellings[0]) and not ORG_WORDS & set(spellings[0].split()):
                persons.append(spellings)
        if ev.get("place"):
            places.append(ev["place"].split("|"))
    return persons, places


def load_reports(devset):
    reports = []
    for path in sorted(glob.glob(os.path.join(devset, "*.txt"))):
        stem = path[: -len(".txt")]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        meta, gold = {}, {}
        if os.path.exists(stem + ".meta.json"):
            with open(stem + ".meta.json", encoding="utf-8") as f:
                meta = json.load(f)
        if os.path.exists(stem + ".gold.json"):
            with open(stem + ".gold.json", encoding="utf-8") as f:
                gold = json.load(f)
        persons, places = gold_names(gold)
        published = meta.get("published") or gold.get("published")
        reports.append(
            {
                "name": os.path.basename(stem),
                "text": text,
                "published": published,
                "source": meta.get("source") or os.path.basename(path),
                "persons": persons,
                "places": [p for p in places if p[0] in CITIES],
            }
        )
    return reports


def word_sub(text, old, new):
    return re.sub(r"(?<!\w)" + re.escape(old) + r"(?!\w)", new, text)


def vary(report, k):
    """Copy k of one report: (text, published)."""
    if k == 0:
        return report["text"], report["published"]
    rng = random.Random(f"{report['name']}/{k}")
    text = report["text"]
    # Longest spellings first, so "Ospanova-Reimer" is replaced before a shorter part of it.
    swaps = {}
    for spellings in report["persons"]:
        given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
        for spelling in spellings:
            words = spelling.split()
            if len(words) >= 2:
                swaps.setdefault(words[0], given)
                swaps.setdefault(" ".join(words[1:]), surname)
            else:
                swaps.setdefault(words[0], surname)
    for spellings in report["places"]:
        city = rng.choice([c for c in CITIES if c not in spellings])
        for spelling in spellings:
            swaps.setdefault(spelling, city)
    for old in sorted(swaps, key=len, reverse=True):
        text = word_sub(text, old, swaps[old])
    shift = k % 6
    text = YEAR.sub(lambda m: str(int(m.group(1)) - shift), text)
    published = report["published"]
    if published:
        y, m, d = (int(x) for x in published.split("-"))
        y -= shift
        if m == 2 and d == 29 and not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
            d = 28
        published = f"{y:04d}-{m:02d}-{d:02d}"
    return text, published


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: make_corpus.py DEVSET_DIR OUT_DIR SIZE_MB [SIZE_MB ...]")
    devset, out_dir = sys.argv[1], sys.argv[2]
    sizes = sorted(int(s) for s in sys.argv[3:])
    reports = load_reports(devset)
    if not reports:
        sys.exit(f"no *.txt reports in {devset}")
    os.makedirs(out_dir, exist_ok=True)
    outs = []
    for n in sizes:
        tmp = os.path.join(out_dir, f"corpus-{n}mb.jsonl.tmp")
        outs.append({"n": n, "f": open(tmp, "w", encoding="utf-8"), "tmp": tmp,
                     "docs": 0, "bytes": 0, "tokens": 0})
    k = 0
    while any(o["bytes"] < o["n"] * 10**6 for o in outs):
        order = list(range(len(reports)))
        if k > 0:
            random.Random(k).shuffle(order)
        for i in order:
            report = reports[i]
            text, published = vary(report, k)
            line = json.dumps({"text": text, "source": f"bench/{k}/{report['source']}",
                               "published": published}, ensure_ascii=False)
            nbytes, ntokens = len(text.encode("utf-8")), count_tokens(text)
            for o in outs:
                if o["bytes"] < o["n"] * 10**6:
                    o["f"].write(line + "\n")
                    o["docs"] += 1
                    o["bytes"] += nbytes
                    o["tokens"] += ntokens
        k += 1
    for o in outs:
        o["f"].close()
        base = os.path.join(out_dir, f"corpus-{o['n']}mb")
        with open(base + ".stats.json", "w") as f:
            json.dump({"docs": o["docs"], "bytes": o["bytes"], "tokens": o["tokens"]}, f)
            f.write("\n")
        os.replace(o["tmp"], base + ".jsonl")
        print(f"{base}.jsonl: {o['docs']} docs, {o['bytes']} bytes of text, {o['tokens']} tokens",
              file=sys.stderr)


if __name__ == "__main__":
    main()
