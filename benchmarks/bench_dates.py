"""Benchmark: gold recall and speed of the date extractor against dateparser's search_dates, its
precision and recall per type, and its speed on adversarial strings.

Run ``python benchmarks/bench_dates.py``. For each text with a gold set it prints the recall of
``dateparser.search.search_dates`` (languages ar and en) and of :func:`extract_dates`, both scored
the same way (a gold item is found when a prediction overlaps it with the same interval), and the
processor time each takes on the same text, measured side by side in this run: processor time,
not wall-clock time, so that other work on the machine does not distort the ratio; both warmed up
first; the best of a few runs each. The extractor's time is given without and with the
normalisation of the text (:func:`tahqiq.text.normtext.normalise`), which every extractor shares and a
document computes once.

dateparser returns single datetimes, not intervals: a hit is taken at the granularity the gold
item has (a year found as any date in that year, a month as any date in that month), which is
generous to it; its matched string is located in the raw text to get offsets.

Then the extractor's precision and recall per text and type, and pooled over the texts, from
:func:`tahqiq.review.gold.quality` (a date is right when its span overlaps a gold item's and its
start and end dates are the same). Last, the processor time it takes on two adversarial strings of
1 MB, warmed up, best of a few runs: a dense unit repeated (an expression every 21 characters) and a
random mix of the pieces of dates (digits of both kinds, separators, month names of every family,
relative and century words, URLs with dates, Latin words).
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pandas as pd
from dateparser.search import search_dates

from tahqiq import normalise, resolve
from tahqiq.extract.dates import dates_from_string, extract_dates
from tahqiq.review.gold import load_gold, quality, score

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": False}
REPEATS = 3
ADVERSARIAL_UNIT = "عام 2022/12/31 ١٩٩١.١٩٤٩ كانون الثاني 4300 كيلومتر أيار 16 و 17 "
ADVERSARIAL_PIECES = [
    "2022", "١٩٩١", "٢٠٢٣", "12", "٤", "31", "1949", "/", ".", "-", " - ", "/", "يناير", "شباط", "كانون الثاني",
    "تشرين الأول", "أيار", "مارس", "أغسطس", "ديسمبر", "جويلية", "January", "Mar.", "May", "November", "عام",
    "العام الماضي", "منذ", "القرن", "التسعينيات", "https://example.com/2021/11/24/story", "www.site.org/2019-05/x",
    "the", "war", "policy", "in", "since", "early", "الماضي", "منذ ثلاثة عقود", "بعد شهرين", "القرن العشرين",
    "القرن الحادي والعشرين", "أوائل", "منتصف", "وحتى", "من", "إلى", "بين عامي", "الربع الأول من", "Q1", "2024", "20",
    "5", "\n", "،", "(", ")", "كيلومتر", "ص", "العدد", "الألفية الثالثة",
]


def adversarial_strings(size: int = 1_000_000) -> dict[str, str]:
    """Two adversarial strings of ``size`` characters: the dense unit repeated, and a random mix
    of the pieces (the same every run)."""
    rnd = random.Random(7)
    pieces, n = [], 0
    while n < size:
        pieces.append(rnd.choice(ADVERSARIAL_PIECES))
        n += len(pieces[-1]) + 1
    return {"dense unit repeated": (ADVERSARIAL_UNIT * (size // len(ADVERSARIAL_UNIT) + 1))[:size],
            "random mix": " ".join(pieces)[:size]}


def best_time(fn, repeats: int = REPEATS):
    """The result of ``fn()`` and the least processor time it took over ``repeats`` runs."""
    best, out = float("inf"), None
    for _ in range(repeats):
        t = time.process_time()
        out = fn()
        best = min(best, time.process_time() - t)
    return out, best


def dateparser_rows(raw: str, repeats: int = REPEATS) -> tuple[pd.DataFrame, float]:
    """dateparser's finds on ``raw`` as rows with offsets and the day found, and the least time
    taken over ``repeats`` runs (1: a single pass, cold when it is the process's first)."""
    found, took = best_time(lambda: search_dates(raw, languages=["ar", "en"], settings=SETTINGS) or [], repeats)
    rows, pos = [], 0
    for text, dt in found:
        i = raw.find(text, pos)
        if i < 0:
            i = raw.find(text)
        if i < 0:
            continue
        pos = i + len(text)
        rows.append({"start": i, "end": i + len(text), "text": text, "day": dt.date().isoformat()})
    return pd.DataFrame(rows, columns=["start", "end", "text", "day"]), took


def dateparser_recall(pred: pd.DataFrame, gold: pd.DataFrame) -> float:
    """Share of gold items overlapped by a dateparser find whose day lies in the gold interval."""
    return dateparser_hits(pred, gold)[0] / len(gold) if len(gold) else float("nan")


def dateparser_hits(pred: pd.DataFrame, gold: pd.DataFrame) -> tuple[int, int]:
    """The gold items found by dateparser (overlapped by a find whose day lies in the gold
    interval), and the finds that overlap no gold item at all (its false positives)."""
    hit = 0
    for g in gold.itertuples():
        if not isinstance(g.start_date, str):
            continue
        ov = pred[(pred["start"] < g.end) & (pred["end"] > g.start)]
        if any(g.start_date <= d <= g.end_date for d in ov["day"]):
            hit += 1
    stray = sum(not ((gold["start"] < p.end) & (gold["end"] > p.start)).any() for p in pred.itertuples())
    return hit, stray


def main() -> None:
    # warm both up (language data, compiled patterns) so that neither pays its start-up here
    search_dates("في 4 شباط 2022 and on November 12, 2024", languages=["ar", "en"], settings=SETTINGS)
    dates_from_string("2015في أبريل و 1992ديسمبر 18", form="pdf-scrambled")
    dates_from_string("في ٤ / شباط / عام ٢٠٢٢ منذ ثلاثة عقود")
    print(f"processor time, best of {REPEATS} runs each; extractor time without / with normalisation")
    total_dp = total_ex = total_norm = 0.0
    for path in sorted(GOLD.glob("*.dates.yml")):
        gold = load_gold(path)
        doc = resolve(path.name.split("_")[0])
        a, b = gold.attrs["span"]
        dp, t_dp = dateparser_rows(doc.raw)
        dp = dp[(dp["start"] >= a) & (dp["end"] <= b)]
        _, t_norm = best_time(lambda: normalise(doc.raw))
        doc.norm  # computed once per text and shared by every extractor
        ex, t_ex = best_time(lambda: extract_dates(doc))
        ex = ex[(ex["start"] >= a) & (ex["end"] <= b)]
        s = score(ex, gold, ["start_date", "end_date"]).set_index("type")
        total_dp, total_ex, total_norm = total_dp + t_dp, total_ex + t_ex, total_norm + t_norm
        print(
            f"{path.name.split('_')[0]}  gold {len(gold):4d}  recall dateparser {dateparser_recall(dp, gold):.3f}"
            f"  extractor {s.loc['all', 'recall']:.3f} (precision {s.loc['all', 'precision']:.3f})"
            f"  time dateparser {t_dp:5.2f} s  extractor {1000 * t_ex:5.1f} / {1000 * (t_ex + t_norm):5.1f} ms"
            f"  ratio {t_dp / t_ex:3.0f}x / {t_dp / (t_ex + t_norm):3.0f}x"
        )
    print(
        f"all   time dateparser {total_dp:.2f} s  extractor {1000 * total_ex:.1f} / {1000 * (total_ex + total_norm):.1f} ms"
        f"  ratio {total_dp / total_ex:.0f}x / {total_dp / (total_ex + total_norm):.0f}x"
    )
    pd.set_option("display.width", 200)
    print("\nDates against the gold (match = overlapping span, same start and end dates)\n")
    print(quality("dates").to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print(f"\n1 MB adversarial strings: processor time, warmed up, best of {REPEATS} runs")
    for name, s in adversarial_strings().items():
        dates_from_string(s[:3000])
        times = []
        for _ in range(REPEATS):
            t = time.process_time()
            rows = len(dates_from_string(s))
            times.append(time.process_time() - t)
        print(f"{name:20s} {min(times):.2f} s ({' '.join(f'{x:.2f}' for x in times)}), {rows} rows")


if __name__ == "__main__":
    main()
