#!/usr/bin/env python3
"""faqbot side by side with RapidFuzz, the matcher people would otherwise reach for.

RapidFuzz: `process.extractOne(query, paraphrases, scorer=fuzz.token_set_ratio)` over every
stored paraphrase (a full scan). faqbot: `faqbot ask --json` over the same queries, one process,
load included. Both get the same queries in the same run; the script prints time, hit@1 on the
queries that have an answer, and the speed ratio.

Usage (after `cargo build --release` and `pip install rapidfuzz`):

  python3 benches/rapidfuzz_compare.py shipped            # knowledge/ + 10,000 noisy labelled questions
  python3 benches/rapidfuzz_compare.py generated DIR [N]  # DIR from `cargo run --release --example
                                                          #   generate -- write DIR 100000`; N queries
"""

import json
import random
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parent.parent
FAQBOT = ROOT / "target" / "release" / "faqbot"


def load_paraphrases(qa_path):
    data = tomllib.loads(Path(qa_path).read_text(encoding="utf-8"))
    choices, ids = [], []
    for entry in data.get("entry", []):
        for q in entry["questions"]:
            choices.append(q)
            ids.append(entry["id"])
    return choices, ids


def typo(word, rng):
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def noisy(question, rng):
    words = question.split()
    if words and rng.random() < 0.7:
        k = rng.randrange(len(words))
        words[k] = typo(words[k], rng)
    if len(words) > 3 and rng.random() < 0.3:
        del words[rng.randrange(len(words))]
    return " ".join(words)


def shipped_queries(n):
    rng = random.Random(7)
    labelled = []
    for name in ("questions.tsv", "holdout.tsv"):
        for line in (ROOT / "tests" / name).read_text(encoding="utf-8").splitlines():
            q, label = line.rsplit("\t", 1)
            labelled.append((q, label))
    return [(noisy(q, rng), label) for q, label in (rng.choice(labelled) for _ in range(n))]


def generated_queries(directory, n):
    lines = (Path(directory) / "queries.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.rsplit("\t", 1)) for line in lines[:n]]


def run_rapidfuzz(choices, ids, queries):
    started = time.perf_counter()
    tops = []
    for q, _ in queries:
        best = process.extractOne(q, choices, scorer=fuzz.token_set_ratio)
        tops.append(ids[best[2]] if best else None)
    return time.perf_counter() - started, tops


def run_faqbot(knowledge_dir, queries):
    args = [str(FAQBOT)]
    if knowledge_dir:
        args += ["--knowledge", str(knowledge_dir)]
    args += ["ask", "--json"]
    text = "".join(q + "\n" for q, _ in queries)
    started = time.perf_counter()
    out = subprocess.run(args, input=text, capture_output=True, text=True, check=True).stdout
    elapsed = time.perf_counter() - started
    tops = []
    for line in out.splitlines():
        r = json.loads(line)
        if r["status"] == "answered":
            tops.append(r["id"])
        elif r["status"] == "suggest" and r["suggestions"]:
            tops.append(r["suggestions"][0]["id"])
        else:
            tops.append(None)
    assert len(tops) == len(queries), "one JSON line per query"
    return elapsed, tops


def hit_at_1(tops, queries):
    related = [(top, label) for top, (_, label) in zip(tops, queries) if label != "-"]
    return sum(top == label for top, label in related) / max(1, len(related))


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "shipped"
    if mode == "shipped":
        choices, ids = load_paraphrases(ROOT / "knowledge" / "qa.toml")
        queries = shipped_queries(10_000)
        knowledge_dir = None
    elif mode == "generated" and len(sys.argv) >= 3:
        knowledge_dir = Path(sys.argv[2])
        choices, ids = load_paraphrases(knowledge_dir / "qa.toml")
        queries = generated_queries(knowledge_dir, int(sys.argv[3]) if len(sys.argv) > 3 else 200)
    else:
        sys.exit(__doc__)
    rf_time, rf_tops = run_rapidfuzz(choices, ids, queries)
    fb_time, fb_tops = run_faqbot(knowledge_dir, queries)
    print(f"{len(queries)} queries over {len(choices)} paraphrases")
    print(f"| | total time | per query | hit@1 |")
    print(f"|---|---|---|---|")
    print(f"| RapidFuzz extractOne token_set_ratio | {rf_time:.2f} s | {rf_time / len(queries) * 1e6:.0f} µs | {hit_at_1(rf_tops, queries):.1%} |")
    print(f"| faqbot ask --json (load included) | {fb_time:.2f} s | {fb_time / len(queries) * 1e6:.0f} µs | {hit_at_1(fb_tops, queries):.1%} |")
    print(f"faqbot is {rf_time / fb_time:.1f}x faster")


if __name__ == "__main__":
    main()
