#!/usr/bin/env python3
"""The CLI's contract: JSON Lines in, one line out per document; bad lines
are reported with their number, the rest still processed, exit status 1.

usage: cli_test.py SAYWHO
"""
import json
import subprocess
import sys

saywho = sys.argv[1]
failures = []


def check(name, ok):
    print(("ok: " if ok else "FAIL: ") + name)
    if not ok:
        failures.append(name)


def run(args, stdin):
    return subprocess.run([saywho, *args], input=stdin, capture_output=True, text=True,
                          encoding="utf-8")


good = json.dumps({"id": "a", "text": "\U0001F600 \u201cWe won,\u201d the captain said."},
                  ensure_ascii=False)
r = run(["annotate"], good + "\n{oops\n" + json.dumps({"id": 7}) + "\n\n" +
        json.dumps({"id": "b", "text": ""}) + "\n")
lines = [json.loads(l) for l in r.stdout.splitlines()]
check("bad lines give exit status 1", r.returncode == 1)
check("one output line per good document", [l["id"] for l in lines] == ["a", "b"])
check("the bad JSON line is named", "stdin:2: not valid JSON" in r.stderr)
check("the line without text is named", "stdin:3:" in r.stderr and '"text"' in r.stderr)
a = lines[0]["attributions"][0]
check("spans carry code point offsets and text",
      a["content"] == {"start": 2, "end": 11, "text": "\u201cWe won,\u201d"})
check("source, cue, kind and resolution are there",
      a["source"]["text"] == "the captain" and a["cue"]["text"] == "said"
      and a["kind"] == "direct" and a["source_resolved"] == "captain")
check("an empty text has no attributions", lines[1]["attributions"] == [])

r = run(["annotate"], '{"id":1,"n":1e99999,"text":"x"}\n{"id":[[1]],"text":"x"}\n' + good + "\n")
check("a number too large for a double is a bad line, not a crash",
      r.returncode == 1 and "stdin:1: not valid JSON" in r.stderr)
check("an id that is neither string nor number is refused", "stdin:2: \"id\" must be" in r.stderr)
check("the good line after them is still annotated", len(r.stdout.splitlines()) == 1)

r = run(["annotate"], good + "\n")
check("clean input exits 0", r.returncode == 0 and r.stderr == "")

r = run(["--version"], "")
check("--version prints the version", r.returncode == 0 and r.stdout.startswith("saywho "))
r = run(["--help"], "")
check("--help documents annotate and eval", r.returncode == 0 and "annotate" in r.stdout
      and "eval" in r.stdout)
r = run(["annotate", "--help"], "")
check("annotate --help prints the usage", r.returncode == 0 and "--jobs" in r.stdout)
r = run(["annotate", "--jbos", "2"], "")
check("an unknown option is an error, not a file", r.returncode == 2 and "unknown option '--jbos'" in r.stderr)
r = run(["frobnicate"], "")
check("an unknown command is an error", r.returncode == 2 and "unknown command" in r.stderr)

many = "".join(json.dumps({"id": i, "text": f"Officer {i} said the road was closed for {i} hours."})
               + "\n" for i in range(200))
one = run(["annotate"], many)
four = run(["annotate", "--jobs", "4"], many)
check("--jobs keeps input order and output", one.stdout == four.stdout and four.returncode == 0
      and [json.loads(l)["id"] for l in four.stdout.splitlines()] == list(range(200)))

sys.exit(1 if failures else 0)
