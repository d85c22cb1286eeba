#!/usr/bin/env python3
"""Speaker accuracy with PolNeAR's mention-style gold, read from the scorer's output.

PolNeAR's gold speaker is the whole source mention ("Patrick McGinley, a law professor at
West Virginia University") and ../shared/eval/score compares only its LAST word with the
tokens of quotecheck's `speaker` ("Patrick McGinley"). This script re-reads the scorer's
per-quote "speaker" miss lines and also counts a prediction as right when the predicted
speaker's last word occurs anywhere in the gold mention, using the scorer's own tokenizer,
and estimates the ceiling of the scorer's rule for a tool that reports canonical names.

usage: score GOLD DOCS OUT.json [--precision-kinds …] > score.txt
       mention_speaker.py score.txt
"""
import os
import re
import sys

# The scorer sits in ../shared/eval beside the repository root (three levels up from here).
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score")


def main(path):
    scorer = {}
    src = open(SCORER, encoding="utf-8").read()
    exec(compile(src.replace('if __name__ == "__main__":', "if False:"), SCORER, "exec"), scorer)
    lines = open(path, encoding="utf-8").read().splitlines()
    acc = float(next(l for l in lines if l.startswith("speaker accuracy")).split()[2])
    misses = [l for l in lines if l.startswith("  speaker ")]
    n = round(len(misses) / (1 - acc)) if acc < 1 else len(misses)
    fixed = 0
    for l in misses:
        gold, pred = re.search(r"gold=(.*) got=(.*)$", l).groups()
        if pred == "None":
            continue
        pt = scorer["tokens"](pred)
        if pt and pt[-1] in set(scorer["tokens"](gold)):
            fixed += 1
    print(f"scorer speaker accuracy {acc:.3f}; counting a predicted surname found in the "
          f"gold mention: {(n - len(misses) + fixed) / n:.3f} (n={n})")
    # The scorer's ceiling for a tool that reports canonical names: among the quotes where
    # the predicted person is right (fair rule), the share the scorer still rejects because
    # the gold mention ends in an appositive or a party tag. Assuming the same share among
    # the quotes still missed, a tool right on every quote would score 1 - that share.
    right = n - len(misses) + fixed
    if right:
        print(f"the scorer rejects {fixed} of the {right} right persons ({fixed / right:.1%}): "
              f"a tool right on every quote would score about {1 - fixed / right:.3f} by its rule")


if __name__ == "__main__":
    main(sys.argv[1])
