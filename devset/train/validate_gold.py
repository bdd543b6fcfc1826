#!/usr/bin/env python3
"""Consistency checks for devset/train/gold.jsonl against the files in devset/train/articles/.

Checks: required fields and allowed values; every "sentence" is an exact substring
of the article (for .html: of one text node inside <article>, never of <script>,
<head>, navigation or sidebar); no two non-optional rows of one article share
(value, valueMax, metric). Prints per-article counts. Exit status 1 on any problem.
"""
import json
import os
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.jsonl")

METRICS = {"sorties", "strikes", "targets_hit", "missiles", "militants_killed",
           "civilians_killed", "soldiers_killed", "people_killed", "people_injured",
           "vehicles_destroyed", "aircraft", "people_displaced", "people_trapped",
           "territory", "other"}
SIDES = {"russia", "us_coalition", "syria_gov", "iran", "iraq_gov", "turkey", "monitor",
         "un", "rebels", "isis", "media", "other"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "vague"}
REQUIRED = ["article", "value", "qualifier", "metric", "unit", "claimant", "side", "sentence"]
ALLOWED = set(REQUIRED) | {"valueMax", "actorSide", "period", "location", "optional"}


class ArticleText(HTMLParser):
    """Collects the text nodes found inside <article>, skipping script/style."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.nodes = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if self.depth > 0 and not self.skip:
            self.nodes.append(data)


def text_units(name):
    data = open(os.path.join(ARTICLES, name), "rb").read()
    raw = data.decode("utf-8")  # all training texts are UTF-8
    if name.endswith(".html"):
        p = ArticleText()
        p.feed(raw)
        return p.nodes
    return [raw]


def main():
    problems = []
    rows = [json.loads(line) for line in open(GOLD, encoding="utf-8") if line.strip()]
    files = sorted(os.listdir(ARTICLES))
    units = {f: text_units(f) for f in files}
    keys = defaultdict(Counter)
    per = defaultdict(lambda: [0, 0])
    for i, r in enumerate(rows, 1):
        where = f"row {i} ({r.get('article')}, {r.get('value')})"
        for k in REQUIRED:
            if k not in r:
                problems.append(f"{where}: missing {k}")
        for k in r:
            if k not in ALLOWED:
                problems.append(f"{where}: unexpected field {k}")
        if r.get("article") not in units:
            problems.append(f"{where}: unknown article")
            continue
        if r.get("metric") not in METRICS:
            problems.append(f"{where}: bad metric {r.get('metric')}")
        if r.get("side") not in SIDES:
            problems.append(f"{where}: bad side {r.get('side')}")
        if "actorSide" in r and r["actorSide"] not in SIDES:
            problems.append(f"{where}: bad actorSide {r['actorSide']}")
        if r.get("qualifier") not in QUALIFIERS:
            problems.append(f"{where}: bad qualifier {r.get('qualifier')}")
        if not any(r["sentence"] in u for u in units[r["article"]]):
            problems.append(f"{where}: sentence not found verbatim: {r['sentence'][:80]}")
        opt = bool(r.get("optional"))
        per[r["article"]][1 if opt else 0] += 1
        if not opt:
            keys[r["article"]][(r["value"], r.get("valueMax"), r["metric"])] += 1
    for art, c in keys.items():
        for k, n in c.items():
            if n > 1:
                problems.append(f"{art}: {n} non-optional rows share {k}")
    for f in files:
        if f not in per:
            problems.append(f"{f}: no gold rows")
    print(f"{'article':45} non-opt  opt")
    for f in files:
        print(f"{f:45} {per[f][0]:7} {per[f][1]:4}")
    print(f"{'TOTAL':45} {sum(v[0] for v in per.values()):7} {sum(v[1] for v in per.values()):4}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
