"""Triage quality, speed and memory (issue 18), on labelled messages the rules were not tuned on.

    python benchmarks/triage_quality.py [--json]

Sets measured (each when present):
  heldout-v benchmarks/triage_heldout/2026-12-24.tsv (304) — written in session 25 by a writer who never read the keyword lists, the model or the other sets; committed unread, measured once at session 25's end
  heldout-u benchmarks/triage_heldout/2026-12-23.tsv (304) — written in session 24 by a writer who never read the keyword lists, the model or the other sets; committed unread, measured once at session 24's end
  heldout-t benchmarks/triage_heldout/2026-12-22.tsv (304) — written in session 23 by a writer who never read the keyword lists, the model or the other sets; committed unread, measured once at session 23's end
  heldout-s benchmarks/triage_heldout/2026-12-19.tsv (304) — written in session 22 by a writer who never read the keyword lists, the model or the other sets; committed unread, measured once at session 22's end
  dev-u     benchmarks/triage_heldout/2026-12-20.tsv (332) — written in session 22 the same way (hard cases), measured before it was read, then read by class in round 1
  dev-v     benchmarks/triage_heldout/2026-12-21.tsv (332) — written in session 22 the same way, measured before any change and again after round 1 unread, then read by class in round 2
  heldout-r benchmarks/triage_heldout/2026-12-16.tsv (304) — written in session 21 by a writer who never read the keyword lists, the model or the other sets; committed unread, measured once at session 21's end
  dev-s     benchmarks/triage_heldout/2026-12-17.tsv (332) — written in session 21 the same way, for reading: its misses were read by class
  dev-t     benchmarks/triage_heldout/2026-12-18.tsv (332) — written mid-session 21 the same way, measured before it was read, then read by class
  heldout-q benchmarks/triage_heldout/2026-12-14.tsv (304) — written in session 20 by a writer who never read the keyword lists, the model or the other sets; measured once after rounds 1–2, then its misses were read in a short round 3
  dev-r     benchmarks/triage_heldout/2026-12-15.tsv (320) — written in session 20 the same way, for reading: its misses were read by class in rounds 1–2
  heldout-p benchmarks/triage_heldout/2026-12-13.tsv (304) — written in session 19 by a writer who never read the keyword lists, the model or the other sets; measured once at session 19's end, then read in its round 3
  heldout-o benchmarks/triage_heldout/2026-12-12.tsv (304) — written in session 19 the same way, measured once in the middle of it; its misses were then read by class
  heldout-n benchmarks/triage_heldout/2026-12-11.tsv (304) — written in session 18 the same way, measured once at its end; its misses were read by class in session 19
  heldout-m benchmarks/triage_heldout/2026-12-10.tsv (304) — written in session 17 the same way, measured once at its end; its misses were read by class in session 18
  heldout-l benchmarks/triage_heldout/2026-12-09.tsv (304) — written in session 16 the same way, measured once at its end; its misses were read by class in session 17
  heldout-k benchmarks/triage_heldout/2026-12-08.tsv (300) — written in session 15 the same way, measured once at its end; its misses were read by class in session 16
  heldout-j benchmarks/triage_heldout/2026-12-07.tsv (301) — written in session 14 the same way, measured once at its end; its misses were read by class in session 15
  heldout-i benchmarks/triage_heldout/2026-12-06-f.tsv (298) — written in session 13 the same way, measured once at its end; its misses were read by class in session 14
  heldout-h benchmarks/triage_heldout/2026-12-06-e.tsv (316) — written in session 13 by a writer who never read the keyword lists or the model; measured once before any change from it, then its misses were read
  heldout-g benchmarks/triage_heldout/2026-12-06-d.tsv (320) — written in session 12 the same way; its misses were read in session 13
  heldout-f benchmarks/triage_heldout/2026-12-06-c.tsv (200) — written in session 11 by a writer who never read the keyword lists or the model, never tuned on
  heldout-e2 benchmarks/triage_heldout/2026-12-06-b.tsv (136) — written after session 9's changes, measured once, never tuned on
  heldout-e benchmarks/triage_heldout/2026-12-06.tsv (292) — written before session 9's changes; its misses were then read
  heldout-d benchmarks/triage_heldout/2026-12-05-d.tsv (535) — written by someone who never saw the keyword lists, never tuned on
  corpus-heldout benchmarks/triage_corpus/heldout.tsv (760) — written apart with the training corpus; its misses in the other languages were read by class in session 19
  heldout-c benchmarks/triage_heldout/2026-12-05-c.tsv — written before the last retraining, never tuned on
  heldout-b benchmarks/triage_heldout/2026-12-05-b.tsv — never tuned on
  heldout   benchmarks/triage_heldout/2026-12-05.tsv   — written after the main work; its misses were read
  train     benchmarks/triage_train/2026-12-05.tsv     — written for training (first pass before it)
  probe     benchmarks/triage_probe/session6.tsv      — written before classifying it; then its misses were fixed
  issue     tests/data/triage_issue18.tsv       — the issue's own examples (tuned on: a regression set)
  extra     tests/data/triage_extra.tsv         — earlier private set (trained on)
  samples   ../shared/triage/samples.tsv        — the public sample (optional)

Per set: topic micro-F1 in Japanese and in the other languages; the share of crisis messages that
raise a crisis flag or the safety question; the share of calm messages that do. Then the time to
classify one message (p50/p95 over every message, warm) and the resident set size of a web worker
(the Flask app built, the Japanese dictionary loaded, every message classified) measured in a fresh
process, and in two such processes alive together, as the Procfile runs them (PSS shares the dictionary's pages). Targets: F1 >= 0.93, crisis raised >= 97 %, calm raised <= 3 %, p95 <= 2 ms, worker < 200 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from dialogs.triage import default_classifier  # noqa: E402
from dialogs.triage.evaluate import evaluate, read_rows  # noqa: E402

SETS = {
    "heldout-v": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-24.tsv",
    "heldout-u": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-23.tsv",
    "heldout-t": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-22.tsv",
    "heldout-s": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-19.tsv",
    "dev-u": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-20.tsv",
    "dev-v": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-21.tsv",
    "heldout-r": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-16.tsv",
    "dev-s": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-17.tsv",
    "dev-t": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-18.tsv",
    "heldout-q": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-14.tsv",
    "dev-r": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-15.tsv",
    "heldout-p": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-13.tsv",
    "heldout-o": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-12.tsv",
    "heldout-n": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-11.tsv",
    "heldout-m": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-10.tsv",
    "heldout-l": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-09.tsv",
    "heldout-k": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-08.tsv",
    "heldout-j": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-07.tsv",
    "heldout-i": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-06-f.tsv",
    "heldout-h": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-06-e.tsv",
    "heldout-g": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-06-d.tsv",
    "heldout-f": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-06-c.tsv",
    "heldout-e2": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-06-b.tsv",
    "heldout-e": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-06.tsv",
    "heldout-d": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-05-d.tsv",
    "corpus-heldout": PROJECT / "benchmarks" / "triage_corpus" / "heldout.tsv",
    "heldout-c": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-05-c.tsv",
    "heldout-b": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-05-b.tsv",
    "heldout": PROJECT / "benchmarks" / "triage_heldout" / "2026-12-05.tsv",
    "train": PROJECT / "benchmarks" / "triage_train" / "2026-12-05.tsv",
    "probe": PROJECT / "benchmarks" / "triage_probe" / "session6.tsv",
    "issue": PROJECT / "tests" / "data" / "triage_issue18.tsv",
    "extra": PROJECT / "tests" / "data" / "triage_extra.tsv",
    "samples": PROJECT.parent / "shared" / "triage" / "samples.tsv",
}
TARGETS = {"topic_f1": 0.93, "crisis_raised": 0.97, "calm_raised": 0.03, "p95_ms": 2.0, "worker_mb": 200}

_WORKER = """
import json, sys
sys.path.insert(0, {project!r})
from bot import create_app
app = create_app({{"database_url": "sqlite://"}})
classifier = app.extensions["madoguchi"].bundle.classifier  # the one a worker classifies with
for text in json.load(open(sys.argv[1], encoding="utf-8")):
    classifier.classify(text)
print("ready", flush=True)
sys.stdin.readline()  # measured when every worker has classified (they share the dictionary's pages)

def dictionary_kb():  # resident pages of the Japanese dictionary file (mapped read-only, shared by workers)
    total, inside = 0, False
    for line in open("/proc/self/smaps"):
        if line[:1] in "0123456789abcdef" and "-" in line.split()[0]:
            inside = line.rstrip().endswith("system.dic")
        elif inside and line.startswith("Rss:"):
            total += int(line.split()[1])
    return total
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
rollup = dict(line.split(":", 1) for line in open("/proc/self/smaps_rollup") if ":" in line and not line[0].isdigit())
print(json.dumps({{"rss_kb": int(status["VmRSS"].split()[0]), "hwm_kb": int(status["VmHWM"].split()[0]),
                  "pss_kb": int(rollup["Pss"].split()[0]),
                  "private_kb": int(rollup["Private_Clean"].split()[0]) + int(rollup["Private_Dirty"].split()[0]),
                  "dictionary_kb": dictionary_kb()}}), flush=True)
sys.stdin.readline()  # alive until every worker has been measured
"""


def quality(rows) -> dict:
    """The figures of one labelled set."""
    data = evaluate(rows, default_classifier())
    by_lang = {lang: {"f1": round(f["topic_f1"], 3), "raised": round(f["crisis_raised"], 3),
                      "calm": round(f["calm_raised"], 3), "n": f["messages"]} for lang, f in data["by_lang"].items()}
    pick = lambda f: {"messages": f["messages"], "topic_f1": round(f["topic_f1"], 3),  # noqa: E731
                      "crisis_raised": round(f["crisis_raised"], 3),
                      "crisis_raised_of": f"{f['crisis_messages_raised']}/{f['crisis_messages']}",
                      "calm_raised": round(f["calm_raised"], 3),
                      "calm_raised_of": f"{f['calm_raised_count']}/{f['calm_messages']}",
                      "crisis_flag_only": round(f["crisis_recall"], 3)}
    return {"ja": pick(data["ja"]), "other": pick(data["other"]), "overall": pick(data["overall"]), "by_lang": by_lang}


def speed(texts: list[str], rounds: int = 3) -> dict:
    """Milliseconds to classify one message, warm (each message's first classification is not timed)."""
    classifier = default_classifier()
    for text in texts:
        classifier.classify(text)
    timings = []
    for _ in range(rounds):
        for text in texts:
            # a fresh copy of the text, classified without the readings the classifier keeps of short messages:
            # the cost of a message never seen
            fresh = "".join(list(text)) + " "
            started = time.perf_counter()
            classifier.classify_afresh(fresh)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {"messages": len(timings), "p50_ms": round(statistics.median(timings), 3),
            "p95_ms": round(timings[int(0.95 * len(timings)) - 1], 3), "max_ms": round(timings[-1], 3)}


def memory(texts: list[str], workers: int = 1) -> list[dict]:
    """Memory of *workers* fresh worker processes alive together, each with the app built and every message
    classified (the Procfile runs two: file pages such as the dictionary are shared, and PSS splits them)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as handle:
        json.dump(texts, handle)
    try:
        procs = [subprocess.Popen([sys.executable, "-c", _WORKER.format(project=str(PROJECT)), handle.name],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=PROJECT)
                 for _ in range(workers)]
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        outputs = []
        for proc in procs:  # each measured while the others are still alive
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            outputs.append(proc.stdout.readline())
        for proc in procs:
            proc.communicate("exit\n")
    finally:
        os.unlink(handle.name)
    found = []
    for out in outputs:
        data = json.loads(out.strip().splitlines()[-1])
        found.append({"rss_mb": round(data["rss_kb"] / 1024, 1), "peak_rss_mb": round(data["hwm_kb"] / 1024, 1),
                      "pss_mb": round(data["pss_kb"] / 1024, 1), "private_mb": round(data["private_kb"] / 1024, 1),
                      "dictionary_mb": round(data["dictionary_kb"] / 1024, 1)})
    return found


def main() -> int:
    """Measure every set present, then speed and memory; print a table (or JSON with --json)."""
    parser = argparse.ArgumentParser(description="Triage quality, speed and memory")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results, texts = {}, []
    for name, path in SETS.items():
        if path.exists():
            rows = read_rows(path)
            results[name] = quality(rows)
            texts += [row.text for row in rows]
    results["speed"] = speed(texts)
    results["memory"] = memory(texts)[0]
    results["memory_two_workers"] = memory(texts, workers=2)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    for name in SETS:
        if name not in results:
            continue
        print(f"== {name} ({SETS[name].relative_to(PROJECT.parent)})")
        for group in ("ja", "other", "overall"):
            f = results[name][group]
            print(f"  {group:<8} {f['messages']:>5} msgs  topic F1 {f['topic_f1']:.3f}  crisis raised "
                  f"{f['crisis_raised']:.3f} ({f['crisis_raised_of']}; flag alone {f['crisis_flag_only']:.3f})  "
                  f"calm raised {f['calm_raised']:.3f} ({f['calm_raised_of']})")
        langs = "  ".join(f"{lang} F1 {v['f1']:.2f}/raised {v['raised']:.2f}/calm {v['calm']:.2f}"
                          for lang, v in results[name]["by_lang"].items())
        print(f"  by language: {langs}")
    s, m = results["speed"], results["memory"]
    print(f"== speed: {s['messages']} classifications, p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms, max {s['max_ms']} ms")
    print(f"== memory of a worker (app + dictionary + all messages): RSS {m['rss_mb']} MB "
          f"(peak {m['peak_rss_mb']} MB), PSS {m['pss_mb']} MB, private {m['private_mb']} MB; "
          f"of the RSS, {m['dictionary_mb']} MB is the dictionary file, shared by every worker")
    pair = results["memory_two_workers"]
    print("== two workers alive together, as the Procfile runs them: " + "; ".join(
        f"worker {n}: RSS {w['rss_mb']} MB, PSS {w['pss_mb']} MB, private {w['private_mb']} MB"
        for n, w in enumerate(pair, 1)))
    print(f"targets: topic F1 >= {TARGETS['topic_f1']}, crisis raised >= {TARGETS['crisis_raised']}, "
          f"calm raised <= {TARGETS['calm_raised']}, p95 <= {TARGETS['p95_ms']} ms, worker < {TARGETS['worker_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
