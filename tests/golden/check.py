#!/usr/bin/env python3
"""Golden-file test: whole articles in, attribution JSON out, diffed against
approved files.

usage: check.py SAYWHO DIR [--text-dir TEXTS] [--update]

For each DIR/NAME.approved.json, the article NAME.txt (in DIR, or in TEXTS)
is run through `SAYWHO annotate` and the attributions are compared with the
approved ones. Content spans are compared by offsets alone (their text is
the article's own); sources and cues keep their text so that a diff reads.
--update rewrites the approved files from the current output: review the
diff before committing it. Exit 77 (skipped) when TEXTS is missing.
"""
import argparse
import json
import pathlib
import subprocess
import sys


def normalise(attributions):
    out = []
    for a in attributions:
        a = dict(a)
        a["content"] = {k: v for k, v in a["content"].items() if k != "text"}
        if "content_fragments" in a:
            a["content_fragments"] = [[f["start"], f["end"]] for f in a["content_fragments"]]
        out.append(a)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("saywho")
    ap.add_argument("dir", type=pathlib.Path)
    ap.add_argument("--text-dir", type=pathlib.Path)
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    texts = args.text_dir or args.dir
    if not texts.is_dir():
        print(f"skipped: {texts} is missing")
        sys.exit(77)
    approved_files = sorted(args.dir.glob("*.approved.json"))
    if not approved_files:
        sys.exit(f"no approved files in {args.dir}")
    failed = 0
    for approved in approved_files:
        name = approved.name[: -len(".approved.json")]
        text_file = texts / f"{name}.txt"
        if not text_file.exists():
            print(f"skipped: {text_file} is missing")
            sys.exit(77)
        text = text_file.read_text(encoding="utf-8")
        line = json.dumps({"id": name, "text": text}, ensure_ascii=False)
        run = subprocess.run([args.saywho, "annotate"], input=line + "\n", capture_output=True,
                             text=True, encoding="utf-8", check=True)
        got = normalise(json.loads(run.stdout)["attributions"])
        if args.update:
            body = "[\n" + ",\n".join(json.dumps(a, ensure_ascii=False) for a in got) + "\n]\n"
            approved.write_text(body, encoding="utf-8")
            print(f"updated {approved}")
            continue
        want = json.loads(approved.read_text(encoding="utf-8"))
        if got == want:
            print(f"ok: {name} ({len(got)} attributions)")
            continue
        failed += 1
        print(f"FAIL: {name}: {len(got)} attributions, {len(want)} approved")
        for i in range(max(len(got), len(want))):
            g = got[i] if i < len(got) else None
            w = want[i] if i < len(want) else None
            if g != w:
                print(f"  #{i} approved: {json.dumps(w, ensure_ascii=False)}")
                print(f"  #{i} got:      {json.dumps(g, ensure_ascii=False)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
