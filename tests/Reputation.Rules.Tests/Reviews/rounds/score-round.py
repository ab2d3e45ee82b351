#!/usr/bin/env python3
"""Scores a frozen round through the CLI contract (`reputation-rules reviews check`).

usage: score-round.py ROUND.jsonl [--cli "dotnet src/Reputation.Rules.Cli/bin/Debug/net10.0/reputation-rules.dll"] [--misses]

Prints one Markdown table row: messages, decision accuracy, block recall, false-block rate, rule recall.
- decision accuracy: messages whose decision equals the label / all messages
- block recall: labelled block and decided block / labelled block
- false-block rate: labelled allow or warn but decided block / labelled allow or warn
- rule recall: labelled rules that fired / all labelled rules (summed over messages)
"""
import json, shlex, subprocess, sys

args = sys.argv[1:]
path = args[0]
cli = "dotnet src/Reputation.Rules.Cli/bin/Debug/net10.0/reputation-rules.dll"
if "--cli" in args:
    cli = args[args.index("--cli") + 1]
show = "--misses" in args

lines = [l for l in open(path, encoding="utf-8") if l.strip()]
labels = [json.loads(l) for l in lines]
out = subprocess.run(shlex.split(cli) + ["reviews", "check"], input="".join(lines).encode("utf-8"), capture_output=True)
results = {}
for l in out.stdout.decode("utf-8").splitlines():
    r = json.loads(l)
    results[r["id"]] = r

n = len(labels); correct = blocks = blocks_hit = nonblocks = false_blocks = rules = rules_hit = 0
misses = []
for lab in labels:
    r = results.get(lab["id"])
    if r is None or "decision" not in r:
        raise SystemExit(f"no report for {lab['id']}: {r}")
    want = lab["expect"]["decision"]; got = r["decision"]
    fired = {f["ruleId"] for f in r["findings"]}
    expected = set(lab["expect"].get("rules", []))
    correct += want == got
    if want == "block":
        blocks += 1; blocks_hit += got == "block"
    else:
        nonblocks += 1; false_blocks += got == "block"
    rules += len(expected); rules_hit += len(expected & fired)
    absent_fired = set(lab["expect"].get("absent", [])) & fired
    if want != got or expected - fired or absent_fired:
        misses.append((lab["id"], want, got, sorted(expected - fired), sorted(absent_fired), sorted(fired), lab["text"]))

def ratio(a, b):
    return f"{a / b:.2f}" if b else "n/a"

print(f"| {path.rsplit('/', 1)[-1]} | {n} | {ratio(correct, n)} | {ratio(blocks_hit, blocks)} ({blocks_hit}/{blocks}) | "
      f"{ratio(false_blocks, nonblocks)} ({false_blocks}/{nonblocks}) | {ratio(rules_hit, rules)} ({rules_hit}/{rules}) |")
if show:
    for m in misses:
        print(f"{m[0]}: want {m[1]} got {m[2]}; missing {m[3]}; unwanted {m[4]}; fired {m[5]}\n    {m[6]}")
