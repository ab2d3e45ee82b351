#!/usr/bin/env python3
"""Scores `feedback analyze` on a labelled corpus (JSON Lines with `causes`): per-cause precision/recall/F1, micro-F1,
and how often a review with no labelled cause gets none. Usage: score.py FILE [--misses] (needs a built CLI, Debug)."""
import json, os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, '..', '..', '..', '..'))
cli = os.path.join(root, 'src', 'Reputation.Rules.Cli', 'bin', 'Debug', 'net10.0', 'reputation-rules.dll')
path = sys.argv[1]
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
out = subprocess.run(['dotnet', cli, 'feedback', 'analyze', path], capture_output=True, text=True, encoding='utf-8').stdout
got = {}
for line in out.splitlines():
    r = json.loads(line)
    if 'id' in r and 'causes' in r:
        got[r['id']] = set(c['cause'] for c in r['causes'])
causes = ['CAUSE-SIZE-FIT', 'CAUSE-NOT-AS-DESCRIBED', 'CAUSE-QUALITY', 'CAUSE-DAMAGED-IN-TRANSIT', 'CAUSE-WRONG-ITEM',
          'CAUSE-SHIPPING-DELAY', 'CAUSE-COMMUNICATION', 'CAUSE-RETURN-REFUND', 'CAUSE-PRICE-VALUE']
tp = {c: 0 for c in causes}; fp = dict(tp); fn = dict(tp)
none_total = none_ok = 0
misses = []
for r in rows:
    gold = set(r['causes']); pred = got.get(r['id'], set())
    for c in causes:
        if c in gold and c in pred: tp[c] += 1
        elif c in pred: fp[c] += 1
        elif c in gold: fn[c] += 1
    if not gold:
        none_total += 1; none_ok += (not pred)
    if gold != pred:
        misses.append((r['id'], sorted(gold), sorted(pred), r['text']))
def f1(t, p, n):
    pr = t / (t + p) if t + p else 1.0; rc = t / (t + n) if t + n else 1.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)
T, P, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
mp, mr, mf = f1(T, P, N)
print(f'{path}: {len(rows)} reviews, exact {len(rows) - len(misses)}/{len(rows)}')
print(f'micro  P {mp:.3f}  R {mr:.3f}  F1 {mf:.3f}')
for c in causes:
    p, r_, f = f1(tp[c], fp[c], fn[c])
    print(f'{c:26} P {p:.3f}  R {r_:.3f}  F1 {f:.3f}  (tp {tp[c]}, fp {fp[c]}, fn {fn[c]})')
print(f'no cause kept on {none_ok}/{none_total} reviews without a labelled cause ({none_ok / max(1, none_total):.3f})')
if '--misses' in sys.argv:
    for m in misses:
        print(f'  {m[0]}: gold {m[1]} got {m[2]} :: {m[3]}')
