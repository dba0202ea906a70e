#!/usr/bin/env python3
"""Re-create the dev/heldout split of the corpus (reproducible, fixed seed).

The pairs were written first and split once, before any tuning, with exactly this
procedure: every pair goes to a stratum (non-Finnish / has a plaintext-password finding /
clean Finnish reply with score 0 / other Finnish reply); each stratum, in id order, is
shuffled with random.Random(20250611) (strata processed in name order, one generator),
stable-sorted by sector, and dealt out in the repeating pattern D H D H D, i.e. 3:2
between dev and heldout. Running this script on the current files reproduces them.

Usage: python3 split.py [DIR]   (rewrites DIR/dev.jsonl and DIR/heldout.jsonl)
"""
import collections
import json
import os
import random
import sys

SEED = 20250611
PATTERN = "DHDHD"


def stratum(rec):
    lab = rec["labels"]
    if lab["language"] != "fi":
        return "0-non-finnish"
    if any(f["check"] == "plaintext-password" for f in lab["findings"]):
        return "1-password"
    return "2-clean" if lab["score"] == 0 else "3-other"


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    recs = []
    for part in ("dev", "heldout"):
        with open(os.path.join(base, part + ".jsonl"), encoding="utf-8") as fh:
            recs += [json.loads(line) for line in fh if line.strip()]
    recs.sort(key=lambda r: r["id"])
    rng = random.Random(SEED)
    strata = collections.defaultdict(list)
    for rec in recs:
        strata[stratum(rec)].append(rec)
    parts = {"D": [], "H": []}
    pos = 0
    for key in sorted(strata):
        group = strata[key][:]
        rng.shuffle(group)
        group.sort(key=lambda r: r["sector"])
        for rec in group:
            parts[PATTERN[pos % len(PATTERN)]].append(rec)
            pos += 1
    for name, key in (("dev", "D"), ("heldout", "H")):
        with open(os.path.join(base, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for rec in sorted(parts[key], key=lambda r: r["id"]):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(name, len(parts[key]))


if __name__ == "__main__":
    main()
