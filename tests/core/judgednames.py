#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Names written cleanly, judged where the gold can judge them.

    judgednames.py SCORER ATTACHE DIR...

The scorer's "names" is clean names over every found actor, including the actors a gold file lists only as
optional: those have no spelling in the gold, so the scorer can never count them clean, and an article that finds
them correctly scores lower for it. This runs the scorer's own matching on each article of the folders and prints,
per folder and for all of them, clean names over the found actors that have a gold spelling:

    FOLDER names_judged=0.98 clean=48 unclean=1 optional=4
"""
import glob, json, os, subprocess, sys
from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader


def load(path):
    loader = SourceFileLoader("scorer", path)
    module = module_from_spec(spec_from_loader("scorer", loader))
    loader.exec_module(module)
    return module


def main(argv):
    if len(argv) < 4:
        print(__doc__)
        return 2
    scorer, attache = load(argv[1]), argv[2]
    total = [0, 0, 0]
    for folder in argv[3:]:
        counts = [0, 0, 0]
        for gold_path in sorted(glob.glob(os.path.join(folder, "*.gold.json"))):
            gold = json.load(open(gold_path, encoding="utf-8"))
            article = os.path.join(folder, gold.get("file") or os.path.basename(gold_path).replace(".gold.json", ".txt"))
            out = subprocess.run([attache, "extract", article, "--published", gold.get("published") or ""],
                                 capture_output=True, text=True, timeout=120)
            r = scorer.score(gold, json.loads(out.stdout))
            clean, unclean = r["names_clean"], len(r["unclean_names"])
            counts = [counts[0] + clean, counts[1] + unclean, counts[2] + r["actors_pred_ok"] - clean - unclean]
        judged = counts[0] + counts[1]
        print(f"{os.path.basename(folder.rstrip('/'))} names_judged={counts[0] / judged if judged else 0:.2f} "
              f"clean={counts[0]} unclean={counts[1]} optional={counts[2]}")
        total = [a + b for a, b in zip(total, counts)]
    print(f"ALL names_judged={total[0] / max(1, total[0] + total[1]):.2f} clean={total[0]} unclean={total[1]} "
          f"optional={total[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
