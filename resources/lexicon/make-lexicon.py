#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the importer's English lexicon from WordNet's database (Debian's wordnet-base).

  make-lexicon.py WORDNET_DIR OUTPUT

Writes one line a single-word lemma: the word in lower case, a tab, and the parts of speech WordNet gives it in lower
case (n noun, v verb, a adjective, r adverb), followed by P when WordNet also knows it written with a capital (a
proper noun: "Bush", "Paris"). Irregular forms (noun.exc, verb.exc, adj.exc, adv.exc: "went", "better") are listed
with their base's parts of speech. The importer uses it to tell a capitalised common word from a name.
"""
import os
import sys


def main(source, output):
    parts = {}
    proper = set()
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        with open(os.path.join(source, "data." + name), encoding="latin-1") as data:
            for line in data:
                if line.startswith("  "):
                    continue  # the licence header
                fields = line.split(" ")
                count = int(fields[3], 16)
                for i in range(count):
                    word = fields[4 + 2 * i].split("(")[0]
                    if "_" in word or "-" in word or not word.isalpha():
                        continue
                    if word.lower() != word:
                        proper.add(word.lower())
                    else:
                        parts.setdefault(word, set()).add(pos)
        exceptions = os.path.join(source, name + ".exc")
        if os.path.exists(exceptions):
            with open(exceptions, encoding="latin-1") as exc:
                for line in exc:
                    fields = line.split()
                    if len(fields) >= 2 and fields[0].isalpha():
                        parts.setdefault(fields[0], set()).add(pos)
    with open(output, "w", encoding="utf-8") as out:
        for word in sorted(parts):
            flags = "".join(p for p in "nvar" if p in parts[word]) + ("P" if word in proper else "")
            out.write(f"{word}\t{flags}\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
