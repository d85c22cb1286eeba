#!/usr/bin/env python3
"""Score several gold-annotated sets as one corpus with the shared scorer.

Each argument is SETDIR=OUT.json: a directory holding documents and gold.jsonl, and
quotecheck's trace JSON for that directory. Documents are linked into one temporary
directory (file names must be unique across the sets), gold files are concatenated,
and the outputs merged with cluster ids prefixed by their set, so the scorer's pooled
recall, precision, speaker accuracy and cluster F1 weigh every quote equally.

usage: pool_score.py testdata/eval/heldout2=h2.json testdata/eval/heldout3=h3.json …
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score")


def main(args):
    tmp = tempfile.mkdtemp()
    gold, quotes, clusters = [], [], []
    for arg in args:
        setdir, out = arg.split("=", 1)
        name = os.path.basename(os.path.normpath(setdir))
        for f in os.listdir(setdir):
            if f in ("gold.jsonl", "sources.tsv"):
                continue
            dst = os.path.join(tmp, f)
            if os.path.exists(dst):
                sys.exit(f"pool_score: {f} is in two sets")
            os.symlink(os.path.abspath(os.path.join(setdir, f)), dst)
        gold += [l for l in open(os.path.join(setdir, "gold.jsonl"), encoding="utf-8") if l.strip()]
        o = json.load(open(out, encoding="utf-8"))
        for q in o.get("quotes") or []:
            q["id"] = f"{name}:{q['id']}"
            quotes.append(q)
        for c in o.get("clusters") or []:
            c["id"] = f"{name}:{c['id']}"
            for m in c.get("members") or []:
                m["quote"] = f"{name}:{m['quote']}"
            clusters.append(c)
    gpath, opath = os.path.join(tmp, "gold.jsonl"), os.path.join(tmp, "out.json")
    with open(gpath, "w", encoding="utf-8") as f:
        f.write("".join(l if l.endswith("\n") else l + "\n" for l in gold))
    with open(opath, "w", encoding="utf-8") as f:
        json.dump({"version": 1, "quotes": quotes, "clusters": clusters}, f)
    res = subprocess.run(["python3", SCORER, gpath, tmp, opath, "--quiet"], capture_output=True, text=True)
    print(res.stdout, end="")
    return res.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
