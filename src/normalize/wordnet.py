#!/usr/bin/env python3
"""Writes derivations.txt (English words and their derivational relatives), english.txt
(English words of six letters or more) and short.txt (of three to five letters, with the
irregular forms WordNet lists: "gave", "hid"), from WordNet 3.0.

WordNet links word senses that are "derivationally related forms" (argument - argue, denial -
deny, announcement - announce, justification - justify). This keeps the links between two
single words that share their first letter (the rest are mostly other roots: "bad" -
"severeness") and where the longer is not a doer or a tool of the shorter ("stick" - "sticker",
"subscribe" - "subscriber", "contract" - "contractor" name another thing), one line per pair,
`word relative`, sorted; the reader links them both ways. english.txt lists every WordNet lemma
of six lowercase letters or more, sorted: a long word the knowledge does not use and that is not
English may be two words typed without a space ("foundedkaspersky"). short.txt lets a short word that is
no English word be read as a slip of a function word ("ehat", "whp"), and an English one not
("day" is not "say").

Usage (Debian: apt-get install wordnet-base):

  python3 src/normalize/wordnet.py /usr/share/wordnet src/normalize
"""

import re
import sys

HEADER = """\
# Derivational relatives of English words, from WordNet 3.0 (src/normalize/wordnet.py).
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
# ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL
# NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# (The full WordNet 3.0 license: https://wordnet.princeton.edu/license-and-commercial-use)
"""

AGENT_ENDINGS = ("er", "or", "ist", "ee", "ian")

POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    root, out = sys.argv[1:]
    with open(f"{out}/derivations.txt", "w", encoding="utf-8") as f:
        f.write(HEADER)
        for a, b in derivations(root):
            print(a, b, file=f)
    with open(f"{out}/english.txt", "w", encoding="utf-8") as f:
        f.write(HEADER.replace("Derivational relatives of English words", "English words of six letters or more", 1))
        for word in english(root):
            print(word, file=f)
    with open(f"{out}/short.txt", "w", encoding="utf-8") as f:
        f.write(HEADER.replace("Derivational relatives of English words", "English words of three to five letters", 1))
        for word in short(root):
            print(word, file=f)


def english(root):
    words = set()
    for name in POS.values():
        with open(f"{root}/index.{name}", encoding="latin-1") as f:
            for line in f:
                word = line.split(" ", 1)[0]
                if not line.startswith(" ") and re.fullmatch(r"[a-z]{6,}", word):
                    words.add(word)
    return sorted(words)


def short(root):
    words = set()
    for name in POS.values():
        with open(f"{root}/index.{name}", encoding="latin-1") as f:
            lemmas = [line.split(" ", 1)[0] for line in f if not line.startswith(" ")]
        with open(f"{root}/{name}.exc", encoding="latin-1") as f:
            forms = [line.split(" ", 1)[0] for line in f]
        words.update(w for w in lemmas + forms if re.fullmatch(r"[a-z]{3,5}", w))
    return sorted(words)


def derivations(root):
    words_of = {}
    records = {}
    for pos, name in POS.items():
        with open(f"{root}/data.{name}", encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split()
                count = int(fields[3], 16)
                words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i].lower()) for i in range(count)]
                words_of[(pos, fields[0])] = words
                records[(pos, fields[0])] = fields
    pairs = set()
    for key, fields in records.items():
        words = words_of[key]
        at = 4 + 2 * len(words)
        for _ in range(int(fields[at])):
            symbol, offset, pos, ends = fields[at + 1 : at + 5]
            at += 4
            source, target = int(ends[:2], 16), int(ends[2:], 16)
            if symbol != "+" or source == 0:
                continue
            a = words[source - 1]
            b = words_of[({"s": "a"}.get(pos, pos), offset)][target - 1]
            if a == b or a[0] != b[0] or not (a.isalpha() and b.isalpha()):
                continue
            short, long = sorted((a, b), key=len)
            if long.endswith(AGENT_ENDINGS) and not short.endswith(AGENT_ENDINGS):
                continue
            pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


if __name__ == "__main__":
    main()
