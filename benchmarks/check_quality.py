"""Quality gate: score the dev corpus and fail when an F1 falls below the pinned floors.

    python benchmarks/check_quality.py ../shared        # exit 1 when below a floor
"""

import json
import subprocess
import sys
from pathlib import Path

FLOORS = Path(__file__).with_name("quality-floors.json")


def main() -> int:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    scorer = shared / "eval" / "score.py"
    corpus = shared / "corpus" / "dev"
    if not scorer.exists():
        print(f"quality gate skipped: {scorer} not found")
        return 0
    r = subprocess.run([sys.executable, str(scorer), str(corpus), "--json"], capture_output=True, text=True)
    if not r.stdout.strip():
        print(r.stderr)
        return 1
    summary = json.loads(r.stdout)["summary"]
    floors = json.loads(FLOORS.read_text())
    bad = []
    for key in ("actors", "places", "casualties", "attributions"):
        f1 = summary[key]["f1"]
        ok = f1 >= floors[key]
        print(f"{key:14} F1 {f1:.3f}  floor {floors[key]:.2f}  {'ok' if ok else 'BELOW FLOOR'}")
        if not ok:
            bad.append(key)
    wrong = summary["spans_with_wrong_offsets"]
    print(f"spans with wrong offsets: {wrong} of {summary['spans_checked']}")
    if wrong > floors["spans_with_wrong_offsets"]:
        bad.append("offsets")
    if summary["failed"]:
        print("articles that failed:", *summary["failed"], sep="\n  ")
        bad.append("failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
