#!/usr/bin/env python3
"""Inter-rater agreement: the first rater's labels against a blind second rater's.

Why: issue 7's targets are agreement with one rater. How far two careful raters agree on the same
sessions says what agreement a classifier can be expected to reach, and on which measure the
labels themselves are uncertain. `second_rater/<split>.json` holds labels written without seeing
the first labels (see `second_rater/README.md`). With `--validate FILE` (the output of
`coxswain validate --labels tests/labelled --split all --format json`) the classifier is scored
against both raters, on the same sessions, and on each measure against the sessions where the two
raters agree on it (the consensus: the labels people are not in doubt about).

    python3 tests/labelled/agreement.py [--validate validate.json]
"""
import argparse
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
MEASURES = [
    ("expertise_level", "level exact"),
    ("expertise_level_within1", "level ±1"),
    ("band", "band"),
    ("work_mode", "work mode"),
    ("verified_success", "verified success"),
    ("trouble", "trouble"),
    ("abandoned", "abandoned"),
]
FIELDS = ["expertise_level", "band", "work_mode", "verified_success", "trouble", "abandoned"]


def agree(a, b, measure):
    if measure == "expertise_level_within1":
        return abs(int(a["expertise_level"]) - int(b["expertise_level"])) <= 1
    return str(a[measure]).lower() == str(b[measure]).lower()


def classifier_labels(path, first):
    """The classifier's labels: the first rater's, overridden where `validate` lists a difference."""
    report = json.loads(pathlib.Path(path).read_text())
    ours = {sid: dict(label) for sid, label in first.items()}
    for miss in report["disagreements"]:
        label = ours.get(miss["id"])
        if label is None:
            continue
        for diff in miss["differences"]:
            if diff["measure"] in FIELDS:
                label[diff["measure"]] = diff["ours"]
    return ours


def table(title, pairs):
    print(f"{title} ({len(pairs)} sessions)")
    for measure, name in MEASURES:
        hits = sum(agree(a, b, measure) for a, b in pairs)
        print(f"  {name:<18} {100.0 * hits / len(pairs):5.1f} %  ({hits}/{len(pairs)})")


def consensus_table(pairs):
    """The classifier against the sessions where both raters give the same value, per measure."""
    print(f"classifier vs consensus (per measure, the sessions the raters agree on)")
    for measure, name in MEASURES:
        kept = [(o, a) for o, a, b in pairs if agree(a, b, measure)]
        hits = sum(agree(o, a, measure) for o, a in kept)
        share = 100.0 * hits / len(kept) if kept else 0.0
        print(f"  {name:<18} {share:5.1f} %  ({hits}/{len(kept)})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--validate", help="coxswain validate --format json output")
    args = parser.parse_args()
    first = {}
    for path in (HERE / "sessions").glob("*/label.json"):
        first[path.parent.name] = json.loads(path.read_text())
    ours = classifier_labels(args.validate, first) if args.validate else None
    all_pairs = []
    for path in sorted((HERE / "second_rater").glob("*.json")):
        second = json.loads(path.read_text())
        ids = [s["id"] for s in second]
        by_id = {s["id"]: s for s in second}
        print(f"== {path.stem}")
        table("first rater vs second rater", [(first[i], by_id[i]) for i in ids])
        if ours is not None:
            all_pairs += [(ours[i], first[i], by_id[i]) for i in ids]
            table("classifier vs first rater", [(ours[i], first[i]) for i in ids])
            table("classifier vs second rater", [(ours[i], by_id[i]) for i in ids])
            consensus_table([(ours[i], first[i], by_id[i]) for i in ids])
        for i in ids:
            a, b = first[i], by_id[i]
            diffs = [f"{f} {a[f]}→{b[f]}" for f in FIELDS if str(a[f]).lower() != str(b[f]).lower()]
            if diffs:
                print(f"  {i}: " + "; ".join(diffs))
    if ours is not None and len(all_pairs) > 30:
        print(f"== every split with a second rater")
        consensus_table(all_pairs)


if __name__ == "__main__":
    main()
