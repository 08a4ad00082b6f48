"""Writes the held-out texts' gold files from the hand annotations below (offsets found by quote, in order)."""
from pathlib import Path
import yaml

HERE = Path(__file__).parent
# (quote, value, unit, type[, approx]) for figures; (quote, type, start, end) for dates -- annotated by hand
ANN = {
 "h1_wire_wheat": dict(anchor="2026", figures=[
  ("1,250,000 طن", 1250000.0, "tonne", "measure"),
  ("12 في المئة", 12.0, "%", "percent"),
  ("ثلاثة آلاف مزارع", 3000.0, "مزارع", "count"),
  ("عدد الجرارات 450", 450.0, "جرار", "count"),
  ("٢٤٠ مليون جنيه", 240000000.0, "EGP", "money"),
  ("15 مليونا", 15000000.0, "EGP", "money"),
  ("40-45 ألف هكتار", 40000.0, "ha", "measure"),
  ("مخزنين", 2.0, "مخزن", "count"),
  ("ربع", 0.25, "fraction", "count"),
  ("3,5 في المئة", 3.5, "%", "percent"),
  ("300 أسرة", 300.0, "أسرة", "count"),
 ], dates=[
  ("15 مارس 2026", "date", "2026-03-15", "2026-03-15"),
  ("الموسم الماضي", "relative", "2025-01-01", "2025-12-31"),
  ("2024", "year", "2024-01-01", "2024-12-31"),
  ("أبريل المقبل", "relative", "2026-04-01", "2026-04-30"),
 ]),
 "h2_encyc_city": dict(anchor=None, figures=[
  ("٢٥،٠٠٠ نسمة", 25000.0, "نسمة", "count"),
  ("سبعة أبواب", 7.0, "باب", "count"),
  ("ثلثي", 2 / 3, "fraction", "count"),
  ("١٢٠ ألف نسمة", 120000.0, "نسمة", "count"),
  ("مسجدين", 2.0, "مسجد", "count"),
  ("عدد سكانها اليوم 1,8 مليون", 1800000.0, "نسمة", "count"),
 ], dates=[
  ("القرن الثالث قبل الميلاد", "century", "-0299-01-01", "-0200-12-31"),
  ("عام 250 قبل الميلاد", "year", "-0249-01-01", "-0249-12-31"),
  ("سنة 132هـ", "year", "0749-08-24", "0750-08-12"),
  ("عام 1517", "year", "1517-01-01", "1517-12-31"),
  ("1860-1875", "year_range", "1860-01-01", "1875-12-31"),
  ("العام نفسه", "year", "1875-01-01", "1875-12-31"),
 ]),
 "h3_column_football": dict(anchor="2025", figures=[
  ("ثلاثين ألف متفرج", 30000.0, "متفرج", "count"),
  ("خمسة ملايين دولار", 5000000.0, "USD", "money"),
  ("ضعفين", 2.0, "ضعف", "count"),
  ("عدد اللاعبين الأجانب 11", 11.0, "لاعب", "count"),
  ("60%", 60.0, "%", "percent"),
  ("المركز الـ 4", 4.0, None, "ordinal"),
  ("هدفين", 2.0, "هدف", "count"),
  ("٧٥ ألف تذكرة", 75000.0, "تذكرة", "count"),
 ], dates=[
  ("عام 1998", "year", "1998-01-01", "1998-12-31"),
  ("موسم 2023-2024", "year_range", "2023-01-01", "2024-12-31"),
 ]),
}


def main() -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for name, a in ANN.items():
        raw = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        for kind in ("figures", "dates"):
            items, pos = [], 0
            for row in a[kind]:
                q = row[0]
                s = raw.find(q, pos if kind == "figures" else 0)
                assert s >= 0, (name, q)
                item = {"start": s, "end": s + len(q), "text": q}
                if kind == "figures":
                    item.update(value=row[1], unit=row[2], type=row[3])
                else:
                    item.update(type=row[1], start_date=row[2], end_date=row[3])
                items.append(item)
            items.sort(key=lambda i: i["start"])
            head = {"file": f"{name}.txt", "kind": kind, "complete": True, "anchor": a["anchor"], "items": items}
            out = HERE / "gold" / f"{name}.{kind}.yml"
            out.write_text(f"# Hand-annotated {kind} of {name}.txt (benchmarks/heldout/README.md).\n"
                           + yaml.safe_dump(head, allow_unicode=True, sort_keys=False), encoding="utf-8")


if __name__ == "__main__":
    main()
