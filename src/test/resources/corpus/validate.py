#!/usr/bin/env python3
"""Consistency check for the labelled corpus (dev.jsonl, heldout.jsonl, dev2.jsonl, dev3.jsonl, dev4.jsonl, dev5.jsonl, dev6.jsonl).

Checks: every line is a JSON object with the expected fields; ids are unique over both
files; every evidence string occurs verbatim (in the reply, or in the customer message for
unanswered-question), as often as it is cited; greeting/register findings are well formed;
the score equals the capped sum of the findings; non-Finnish pairs are not linted; only
example.fi / example.com addresses occur. Prints counts per part and per check.

Usage: python3 validate.py [DIR]   (exit 1 on any error)
"""
import collections
import json
import os
import re
import sys

CHECKS = {
    "greeting": {"nameless", "missing"},
    "vague-wording": {"vague-wording"},
    "register": {"mismatch", "mixed"},
    "unanswered-question": {"unanswered-question"},
    "stock-phrase": {"stock-phrase"},
    "plaintext-password": {"plaintext-password"},
}
ORDER = list(CHECKS)
PARTS = ("dev", "heldout", "dev2", "dev3", "dev4", "dev5", "dev6")
# id pattern per part: dev2 and dev3 were written later, each with its own id series
IDS = {"dev": r"C-\d{4}", "heldout": r"C-\d{4}", "dev2": r"D2-\d{4}", "dev3": r"D3-\d{4}", "dev4": r"D4-\d{4}", "dev5": r"D5-\d{4}", "dev6": r"D6-\d{4}"}
URL = re.compile(r"(?:https?://)?(?:[\w-]+\.)+(?:fi|com|net|org|se|eu|io)\b(?:/\S*)?", re.I)


def expected_score(findings):
    score = 0
    for f in findings:
        if f["check"] == "greeting":
            score += 2 if f["kind"] == "missing" else 1
    score += len({f["check"] for f in findings} - {"greeting"})
    return min(score, 7)


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    seen = set()
    stats = {}
    for part in PARTS:
        path = os.path.join(base, part + ".jsonl")
        st = stats[part] = collections.Counter()
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                where = f"{part}.jsonl:{ln}"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{where}: invalid JSON ({e})")
                    continue
                for key in ("id", "sector", "customer", "customerName", "reply", "labels"):
                    if key not in rec:
                        errors.append(f"{where}: missing field {key}")
                if "labels" not in rec:
                    continue
                rid = rec.get("id")
                where = f"{part}.jsonl:{ln} {rid}"
                if not re.fullmatch(IDS[part], str(rid)):
                    errors.append(f"{where}: bad id")
                if rid in seen:
                    errors.append(f"{where}: duplicate id")
                seen.add(rid)
                lab = rec["labels"]
                reply, customer = rec["reply"], rec["customer"]
                st["pairs"] += 1
                lang = lab.get("language")
                findings = lab.get("findings", [])
                if lang != "fi":
                    st["non-Finnish"] += 1
                    if lab.get("linted") is not False or findings or lab.get("score") != 0:
                        errors.append(f"{where}: non-Finnish pair must be linted=false, no findings, score 0")
                    continue
                if lab.get("linted") is not True:
                    errors.append(f"{where}: Finnish pair must be linted=true")
                per_check = collections.Counter(f.get("check") for f in findings)
                for f in findings:
                    c, k, ev = f.get("check"), f.get("kind"), f.get("evidence")
                    if c not in CHECKS or k not in CHECKS[c]:
                        errors.append(f"{where}: bad check/kind {c}/{k}")
                        continue
                    if not ev:
                        errors.append(f"{where}: empty evidence for {c}")
                        continue
                    text = customer if c == "unanswered-question" else reply
                    cited = sum(1 for g in findings if g.get("check") == c and g.get("evidence") == ev)
                    if text.count(ev) < cited:
                        errors.append(f"{where}: {c} evidence {ev!r} occurs {text.count(ev)}x, cited {cited}x")
                    if c == "greeting":
                        if k == "missing" and not reply.startswith(ev):
                            errors.append(f"{where}: greeting/missing evidence is not the reply's start")
                        if k == "nameless" and ev not in reply.splitlines()[0]:
                            errors.append(f"{where}: greeting/nameless evidence not on the first line")
                    st[c] += 1
                    if c in ("greeting", "register"):
                        st[f"{c}/{k}"] += 1
                for c in ("greeting", "register"):
                    if per_check[c] > 1:
                        errors.append(f"{where}: more than one {c} finding")
                exp = expected_score(findings)
                if lab.get("score") != exp:
                    errors.append(f"{where}: score {lab.get('score')} != expected {exp}")
                st["findings"] += len(findings)
                st[f"score={exp}"] += 1
                for m in URL.finditer(customer + "\n" + reply):
                    host = m.group(0).lower()
                    if not re.match(r"(https?://)?([\w-]+\.)*example\.(fi|com)\b", host):
                        errors.append(f"{where}: non-example address {m.group(0)!r}")
                for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+\w+", customer + "\n" + reply):
                    if not re.search(r"@([\w-]+\.)*example\.(fi|com)$", m.group(0)):
                        errors.append(f"{where}: non-example e-mail {m.group(0)!r}")

    for e in errors:
        print("ERROR", e)
    total = collections.Counter()
    for part in PARTS:
        total.update(stats[part])
    rows = ["pairs", "non-Finnish", "findings"] + ORDER + [
        "greeting/missing", "greeting/nameless", "register/mismatch", "register/mixed"
    ] + [f"score={i}" for i in range(8)]
    print(f"{'':22}" + "".join(f"{p:>9}" for p in PARTS) + f"{'total':>9}")
    for r in rows:
        print(f"{r:22}" + "".join(f"{stats[p][r]:>9}" for p in PARTS) + f"{total[r]:>9}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
