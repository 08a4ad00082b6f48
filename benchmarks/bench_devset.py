"""Benchmark: how the extractors read texts no rule was written from (the dev set).

Run ``python benchmarks/bench_devset.py [DEVSET] [--csv PATH] [--misses]`` (``--csv ''``: write
nothing; ``--misses``: print each gold item the API misses, with its quote and what was read
there, and each row matching no gold item), or ``--dir FOLDER`` to score any folder of
texts with a ``gold/`` folder in the same format (``benchmarks/heldout``): scored only, not
timed, and written only where ``--csv PATH`` says (``data/quality/heldout7.csv``: the validity
page shows it beside the dev set, with the set's status from ``benchmarks/yardsticks.yml``). It reads the development set (default
``../shared/devset`` beside the project, or ``$TAHQIQ_DEVSET``): real Arabic texts with
hand-annotated gold (``gold/<name>.dates.yml``, ``gold/<name>.figures.yml``). Without it, it
says so and exits with status 0. The texts stay there: nothing is copied into the project.

It prints, per text and pooled over the texts:

* dates: span recall (a gold item overlapped by a row), exact-interval recall and precision (an
  overlapping row with the same start and end dates; :func:`tahqiq.review.gold.quality`), through
  the API and through the command line (``tahqiq extract dates FILE --format jsonl``), each with
  the anchor of the gold file (``anchor``: the API's ``anchor``, the CLI's ``--date``) and without
  it (the anchor inferred from the text);
* dateparser side by side (``search_dates``, languages ar and en; scored as
  ``benchmarks/bench_dates.py`` scores it: a gold item is found when a find overlaps it and its day
  lies in the gold interval, which is generous to it; precision: finds overlapping a gold item);
* figures: exact-value recall and precision, value-and-unit recall and precision;
* processor time on a cold first pass, as a user runs it: each tool in a fresh process, timed
  from importing its package (pandas and numpy, which only the engine uses, imported before the
  clock starts) through one pass over each text, normalisation included; per text (the first
  text also pays the first call's set-up) and pooled (the import included), and the ratio.
  Both tools start from compiled bytecode, as an installed package does (pip compiles
  dateparser's; tahqiq's editable sources are compiled by ``compileall`` first, since with
  ``PYTHONDONTWRITEBYTECODE`` set every fresh process would otherwise recompile them, a cost no
  installed user pays).

Flags: ``--figures-only`` skips the dates and the timing; ``--misses`` prints, under the figures
table, each gold figure not matched on value and unit (with the row that overlaps it, if any) and
each row that matches no gold item (with its quote); ``--csv PATH`` writes the pooled figures
there instead (``--csv ''``: nowhere).

The pooled figures are written to ``data/quality/devset.csv`` (committed), which the book's
validity page shows beside the in-sample scores. The dev set was out of sample for the rules
written before it; its misses have since been read to find the kinds that fail (the kinds were
then fixed by general rules with synthetic tests), so its figures are in-sample now, not a blind
test: the page labels each column with the status ``benchmarks/yardsticks.yml`` gives its set.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "quality" / "devset.csv"
CSV_COLUMNS = ("measure", "tool", "anchor", "value", "gold", "sample")
SAMPLE = "dev set"  # its status (blind or in-sample) is benchmarks/yardsticks.yml's, read when shown


def devset_dir(argv: list[str]) -> Path:
    if "--dir" in argv:
        return Path(argv[argv.index("--dir") + 1])
    args = [a for i, a in enumerate(argv) if not a.startswith("-") and (i == 0 or argv[i - 1] not in ("--csv",))]
    return Path(args[0] if args else os.environ.get("TAHQIQ_DEVSET") or ROOT.parent / "shared" / "devset")


# --------------------------------------------------------------------------- cold timing


def _worker(tool: str, dev: Path) -> None:
    """In a fresh process: the processor time of importing ``tool`` and of one pass over each text."""
    import numpy  # noqa: F401  (the engine's numerical libraries: not counted)
    import pandas  # noqa: F401

    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))}
    t0 = time.process_time()
    if tool == "tahqiq":
        from tahqiq.corpus.catalogue import Document
        from tahqiq.extract.dates import extract_dates

        def run(name, raw):
            doc = Document(path=dev / name, raw=raw)
            doc.norm
            extract_dates(doc)
    else:
        from dateparser.search import search_dates

        def run(name, raw):
            search_dates(raw, languages=["ar", "en"],
                         settings={"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False})
    out = {"import": time.process_time() - t0, "texts": {}}
    for name, raw in texts.items():
        t = time.process_time()
        run(name, raw)
        out["texts"][name] = time.process_time() - t
    print(json.dumps(out))


def compile_bytecode() -> None:
    """The package's ``__pycache__`` written, as ``pip install`` writes an installed package's."""
    import tahqiq

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(tahqiq.__file__).parent)], check=True)


def cold_times(tool: str, dev: Path) -> dict:
    res = subprocess.run([sys.executable, __file__, "--time-worker", tool, str(dev)], capture_output=True, text=True,
                         check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- scoring


def _cli(*args: str) -> list[str]:
    exe = Path(sys.executable).with_name("tahqiq")
    head = [str(exe)] if exe.exists() else [sys.executable, "-c", "import sys; from tahqiq.cli import main; sys.exit(main())"]
    return head + list(args)


def cli_dates(path: Path, date: str | None):
    import pandas as pd

    from tahqiq.extract.dates import COLUMNS

    args = ["extract", "dates", str(path), "--format", "jsonl"] + (["--date", date] if date else [])
    res = subprocess.run(_cli(*args), capture_output=True, text=True, check=True)
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    return pd.DataFrame(rows, columns=list(COLUMNS))


def span_recall(pred, gold) -> tuple[int, int]:
    hit = sum(bool(((pred["start"] < g.end) & (pred["end"] > g.start)).any()) for g in gold.itertuples())
    return hit, len(gold)


def misses(pred, gold, keys=("start_date", "end_date")) -> tuple[list, list]:
    """The gold items no row matches and the rows no gold item matches (:func:`score`'s matching)."""
    from tahqiq.review.gold import same_field

    preds = pred.to_dict("records")
    used, missed = set(), []
    for g in gold.to_dict("records"):
        hit = next((j for j, p in enumerate(preds) if j not in used and p["start"] < g["end"]
                    and g["start"] < p["end"] and all(same_field(k, g.get(k), p.get(k)) for k in keys)), None)
        if hit is None:
            near = [p for p in preds if p["start"] < g["end"] and g["start"] < p["end"]]
            missed.append((g, near))
        else:
            used.add(hit)
    return missed, [p for j, p in enumerate(preds) if j not in used]


def print_misses(name: str, how: str, pred, gold) -> None:
    missed, wrong = misses(pred, gold)
    for g, near in missed:
        got = "; ".join(f"{p['text']!r} {p['start_date']}..{p['end_date']}" for p in near) or "nothing"
        print(f"  MISS {name} [{how}] {g['text']!r} gold {g['start_date']}..{g['end_date']} ({g.get('type')}); got {got}")
    for p in wrong:
        print(f"  EXTRA {name} [{how}] {p['text']!r} {p['start_date']}..{p['end_date']} ({p.get('type')}) at {p['start']}")
def print_figure_misses(pred, gold, keys: list[str]) -> None:
    """The gold items ``score`` does not match on ``keys`` (with the rows overlapping each) and the
    rows that match no gold item, each with its quote."""
    from tahqiq.review.gold import same_field

    used: set[int] = set()
    prows, missed = pred.to_dict("records"), []
    for g in gold.to_dict("records"):
        hit = next((j for j, p in enumerate(prows) if j not in used and p["start"] < g["end"] and g["start"] < p["end"]
                    and all(same_field(k, g.get(k), p.get(k)) for k in keys)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    for g in missed:
        over = [p for p in prows if p["start"] < g["end"] and g["start"] < p["end"]]
        got = "; ".join(f"{p['text']!r} {p['value']:g} {p['unit']}" for p in over) or "nothing"
        print(f"    MISS {g['start']:6d} {g['text']!r} gold {g['value']:g} {g.get('unit')}  got {got}")
    for j, p in enumerate(prows):
        if j not in used:
            print(f"    EXTRA {p['start']:5d} {p['text']!r} {p['value']:g} {p['unit']} ({p['note']})")


def main(argv: list[str]) -> int:
    dev = devset_dir(argv)
    if not (dev / "gold").is_dir():
        print(f"No dev set at {dev} (expected texts and a gold/ folder): nothing to measure.")
        return 0
    import pandas as pd
    import yaml

    from bench_dates import dateparser_hits, dateparser_rows
    from tahqiq.corpus.catalogue import load_path
    from tahqiq.extract.dates import extract_dates
    from tahqiq.extract.figures import extract_figures
    from tahqiq.review.gold import in_gold_scope, load_gold, score

    gold_dir = dev / "gold"
    anchors = {}
    for p in sorted(gold_dir.glob("*.dates.yml")):
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        # keyed by the text's name, as documents are named (a gold «file» may hold a folder: «clean/x.txt»)
        anchors[Path(data["file"]).name] = str(data["anchor"]) if data.get("anchor") else None
    ways = {
        ("API", "gold anchor"): lambda doc: extract_dates(doc, anchors.get(doc.name)),
        ("API", "inferred"): lambda doc: extract_dates(doc),
        ("CLI", "--date"): lambda doc: cli_dates(doc.path, anchors.get(doc.name)),
        ("CLI", "inferred"): lambda doc: cli_dates(doc.path, None),
    }
    print(f"Dev set: {dev}\n")
    if "--figures-only" in argv:
        return figures(dev, argv, [])
    print("Dates: span recall, exact-interval recall and precision")
    pooled: dict = {}
    table = []
    for p in sorted(gold_dir.glob("*.dates.yml")):
        gold = load_gold(p, dev)
        doc = load_path(dev / gold.attrs["file"])
        lo, hi = gold.attrs["span"]
        row = {"text": Path(doc.name).stem[:24], "gold": len(gold)}
        for (how, anchor), fn in ways.items():
            pred = fn(doc)
            pred = in_gold_scope(pred[(pred["start"] >= lo) & (pred["end"] <= hi)], gold)
            s = score(pred, gold, ["start_date", "end_date"]).set_index("type").loc["all"]
            sh, _ = span_recall(pred, gold)
            if "--misses" in argv and how == "API":
                print_misses(row["text"], anchor, pred, gold)
            acc = pooled.setdefault((how, anchor), [0, 0, 0, 0])
            acc[0] += sh
            acc[1] += int(s["tp"])
            acc[2] += int(s["predicted"])
            acc[3] += len(gold)
            row[f"{how} {anchor}"] = f"{sh / len(gold):.2f} {s['recall']:.2f} {s['precision']:.2f}"
        dp, _ = dateparser_rows(doc.raw, 1)
        dp = dp[(dp["start"] >= lo) & (dp["end"] <= hi)]
        hit, stray = dateparser_hits(dp, gold)
        acc = pooled.setdefault(("dateparser", "-"), [0, 0, 0, 0])
        acc[1] += hit
        acc[2] += len(dp)
        acc[0] += len(dp) - stray  # finds overlapping a gold item
        acc[3] += len(gold)
        row["dateparser"] = f"{hit / len(gold):.2f} {(len(dp) - stray) / len(dp) if len(dp) else float('nan'):.2f}"
        table.append(row)
    pd.set_option("display.width", 220)
    print("(each cell: span recall, exact-interval recall, precision; dateparser: recall, overlap precision)")
    print(pd.DataFrame(table).to_string(index=False))
    rows = []
    print("\npooled:")
    for (how, anchor), (span, tp, predicted, n) in pooled.items():
        if how == "dateparser":
            print(f"  dateparser            recall {tp / n:.3f}  overlap precision {span / predicted:.3f}  ({n} gold)")
            rows += [("dates exact-interval recall (generous)", "dateparser", "-", tp / n, n),
                     ("dates overlap precision", "dateparser", "-", span / predicted, n)]
            continue
        print(f"  {how} {anchor:12s} span recall {span / n:.3f}  exact-interval recall {tp / n:.3f}"
              f"  precision {tp / predicted:.3f}  ({n} gold, {predicted} rows)")
        rows += [("dates span recall", f"tahqiq {how}", anchor, span / n, n),
                 ("dates exact-interval recall", f"tahqiq {how}", anchor, tp / n, n),
                 ("dates exact-interval precision", f"tahqiq {how}", anchor, tp / predicted, n)]

    return figures(dev, argv, rows)


def figures(dev: Path, argv: list[str], rows: list) -> int:
    import pandas as pd

    from tahqiq.corpus.catalogue import load_path
    from tahqiq.extract.figures import extract_figures
    from tahqiq.review.gold import load_gold, score

    gold_dir = dev / "gold"
    print("\nFigures: exact-value and value+unit recall and precision")
    ftable, fsum = [], {"value": [0, 0, 0], "value+unit": [0, 0, 0]}
    for p in sorted(gold_dir.glob("*.figures.yml")):
        gold = load_gold(p, dev)
        doc = load_path(dev / gold.attrs["file"])
        lo, hi = gold.attrs["span"]
        pred = extract_figures(doc)
        pred = pred[(pred["start"] >= lo) & (pred["end"] <= hi)]
        row = {"text": Path(doc.name).stem[:24], "gold": len(gold)}
        for name, keys in (("value", ["value"]), ("value+unit", ["value", "unit"])):
            s = score(pred, gold, keys).set_index("type").loc["all"]
            fsum[name][0] += int(s["tp"])
            fsum[name][1] += int(s["predicted"])
            fsum[name][2] += len(gold)
            row[name] = f"{s['recall']:.2f} {s['precision']:.2f}"
        ftable.append(row)
        if "--misses" in argv:
            print(f"  {doc.name}")
            print_figure_misses(pred, gold, ["value", "unit"])
    print("(each cell: recall, precision)")
    print(pd.DataFrame(ftable).to_string(index=False))
    for name, (tp, predicted, n) in fsum.items():
        print(f"  pooled {name:10s} recall {tp / n:.3f}  precision {tp / predicted if predicted else float('nan'):.3f}")
        rows += [(f"figures {name} recall", "tahqiq API", "-", tp / n, n),
                 (f"figures {name} precision", "tahqiq API", "-", tp / predicted if predicted else float("nan"), n)]

    if "--dir" in argv or "--figures-only" in argv:  # scored, not timed
        if "--dir" in argv and "--csv" in argv and argv[argv.index("--csv") + 1]:
            # a gold folder's scores (``--dir benchmarks/heldout7 --csv data/quality/heldout7.csv``):
            # the sample column names the folder; its status (blind or in-sample) is read from
            # benchmarks/yardsticks.yml when shown, never written here
            write_rows(Path(argv[argv.index("--csv") + 1]), rows, dev.name)
        return 0
    print("\nProcessor time, cold first pass in a fresh process (normalisation included)")
    compile_bytecode()
    ours, theirs = cold_times("tahqiq", dev), cold_times("dateparser", dev)
    for name in ours["texts"]:
        a, b = ours["texts"][name], theirs["texts"][name]
        print(f"  {Path(name).stem[:24]:24s} tahqiq {1000 * a:7.1f} ms  dateparser {1000 * b:8.1f} ms  ratio {b / a:5.0f}x")
    a = ours["import"] + sum(ours["texts"].values())
    b = theirs["import"] + sum(theirs["texts"].values())
    a_pass, b_pass = sum(ours["texts"].values()), sum(theirs["texts"].values())
    print(f"  pooled, imports included: tahqiq {1000 * a:.0f} ms  dateparser {1000 * b:.0f} ms  ratio {b / a:.1f}x")
    print(f"  pooled, passes only:      tahqiq {1000 * a_pass:.0f} ms  dateparser {1000 * b_pass:.0f} ms"
          f"  ratio {b_pass / a_pass:.1f}x")
    rows += [("CPU ratio to dateparser, cold, imports included", "tahqiq", "-", b / a, None),
             ("CPU ratio to dateparser, cold, passes only", "tahqiq", "-", b_pass / a_pass, None)]

    out = Path(argv[argv.index("--csv") + 1]) if "--csv" in argv and argv[argv.index("--csv") + 1] else None
    if "--csv" not in argv:
        out = OUT
    if out is None:  # --csv '': printed only
        return 0
    write_rows(out, rows, SAMPLE)
    return 0


def write_rows(out: Path, rows: list, sample: str) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(CSV_COLUMNS)
        for measure, tool, anchor, value, n in rows:
            w.writerow([measure, tool, anchor, f"{value:.3f}", "" if n is None else n, sample])
    print(f"\nwrote {out}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if len(sys.argv) >= 4 and sys.argv[1] == "--time-worker":
        _worker(sys.argv[2], Path(sys.argv[3]))
        sys.exit(0)
    if any(a in ("-h", "--help") for a in sys.argv[1:]):
        print(__doc__)
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
