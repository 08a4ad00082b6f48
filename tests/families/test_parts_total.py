"""Family: parts-total (parts no longer summing to their stated total).

The grammar of a breakdown, as Arabic (and English) states it, generated combinatorially below
(seeded, deterministic); each case has a CORRECT version (no finding) and a FAULTY one (one part
changed so the parts no longer give the total), inside a paragraph with distractors (true
statements that look like faults: an example list, a world total, a figure of another year).

Order of total and parts
  * total first, then its parts: «بلغ إجمالي عدد X T، منها/منهم A … وB … وC …» (an open «منها»
    is a full breakdown only when closed by a remainder or when the parts exceed the total);
    «يتوزعون على/بين A وB وC»; «موزعة كالتالي: …»; «يضم المجلس T عضواً هم A … وB …»;
    a total then a colon and the parts; a total then the parts in parentheses;
  * parts first, then the total: «… ليصل المجموع إلى T»، «… أي ما مجموعه T»، «بمجموع T»,
    «… وبذلك يبلغ الإجمالي T»; English "for a total of T", "bringing the total to T";
  * a remainder closing the list: «والباقي/والبقية C»، «أما الـC المتبقية فـ…»;
  * a period's total over its parts: four quarters or two halves summing to the year
    («الربع الأول … والثاني … والثالث … والرابع …، ليبلغ إجمالي العام T»).
Verb vs verbal noun («بلغ/يبلغ/بلوغ»، «توزعت/توزيع»), clitics (و، ف، ب، ل، ال), numbers in
digits, Eastern digits and words («ثلاثة»، «خمسون»), mixed scales («1.2 مليار … و800 مليون»),
money, counts of people and seats, press («فيما») and academic («ويتضح أن») style, and the claim
split over two sentences (the total in one sentence, «وتوزعت …» in the next).

NOT faults (the correct versions and distractors): an incomplete list («أبرزها»، «من بينها»،
«منها على سبيل المثال»), a regional total beside the world's, parts of another year, a total
rounded at its printed precision («2.5 مليار» for 1.24 + 1.27).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_aritha import EASTERN, findings, report, score

SEED = 11
FAULT = "parts-total"

# nouns: (singular after 11-99 accusative, plural after 3-10, the word for the whole's count)
NOUNS = [("موظفاً", "موظفين", "الموظفين"), ("طالباً", "طلاب", "الطلاب"), ("لاجئاً", "لاجئين", "اللاجئين"),
         ("مقاتلاً", "مقاتلين", "المقاتلين"), ("ناخباً", "ناخبين", "الناخبين")]
PLACES = [["القاهرة", "الإسكندرية", "أسوان", "طنطا"], ["عمّان", "إربد", "الزرقاء", "العقبة"],
          ["بيروت", "صيدا", "طرابلس", "صور"], ["تونس", "صفاقس", "سوسة", "قابس"]]
OPENERS = ["وفي السياق نفسه، ", "وتظهر البيانات أنه ", "", "وبحسب التقرير، "]
DISTRACTORS = [
    "وتضم المنطقة عشرات المدن، أبرزها {p0} و{p1}.",
    "وكان العدد قد بلغ عام 2015 نحو {old} فقط.",
    "ويبلغ العدد على مستوى العالم أكثر من {world} مليون.",
]


def _parts(rng: random.Random, k: int) -> list[int]:
    return [rng.randrange(12, 90) * 10 for _ in range(k)]


def _fault(rng: random.Random, parts: list[int]) -> list[int]:
    """One part changed by 15-40 % (up or down), so the sum misses the total."""
    i = rng.randrange(len(parts))
    out = list(parts)
    delta = max(20, int(parts[i] * rng.choice([0.15, 0.25, 0.4])) // 10 * 10)
    out[i] = parts[i] + delta if rng.random() < 0.5 or parts[i] - delta <= 0 else parts[i] - delta
    return out


def _num(rng: random.Random, v: int, eastern: bool) -> str:
    s = f"{v:,}" if v >= 1000 and rng.random() < 0.5 else str(v)
    return s.translate(EASTERN) if eastern else s


def _para(rng, body: str, places) -> str:
    d = rng.sample(DISTRACTORS, 2)
    fill = {"p0": places[0], "p1": places[1], "old": rng.randrange(100, 900), "world": rng.randrange(20, 90)}
    return " ".join([d[0].format(**fill), body, d[1].format(**fill)])


# ---- constructions: each returns the sentence for given parts and total

def total_first_distributed(rng, parts, total, noun, places, e):
    verb = rng.choice(["يتوزعون على", "يتوزعون بين", "موزعين على", "وتوزعوا على"])
    items = [f"{pl} ({_num(rng, v, e)} {noun[0]})" for pl, v in zip(places, parts)]
    return (f"{rng.choice(OPENERS)}بلغ إجمالي عدد {noun[2]} {_num(rng, total, e)} {noun[0]}، {verb} "
            + "، و".join(items[:-1]) + " و" + items[-1] + ".")


def total_then_next_sentence(rng, parts, total, noun, places, e):
    items = [f"{pl} ({_num(rng, v, e)})" for pl, v in zip(places, parts)]
    return (f"ويبلغ عدد {noun[2]} في البرنامج {_num(rng, total, e)} {noun[0]}. "
            f"{rng.choice(['وتوزع', 'ويتوزع'])} هؤلاء على " + " و".join(items) + ".")


def total_then_colon(rng, parts, total, noun, places, e):
    lead = rng.choice(["موزعة كالتالي:", "على النحو الآتي:", "كما يلي:"])
    items = [f"{_num(rng, v, e)} في {pl}" for pl, v in zip(places, parts)]
    return f"وسجلت الهيئة {_num(rng, total, e)} {noun[0]} {lead} " + "، و".join(items) + "."


def total_then_hum(rng, parts, total, noun, places, e):
    items = [f"{_num(rng, v, e)} من {pl}" for pl, v in zip(places, parts)]
    return f"ويضم المشروع {_num(rng, total, e)} {noun[0]}، هم " + " و".join(items) + "."


def parts_then_total(rng, parts, total, noun, places, e):
    close = rng.choice(["ليصل المجموع إلى", "أي ما مجموعه", "بمجموع", "وبذلك يبلغ الإجمالي"])
    items = [f"{_num(rng, v, e)} {noun[0]} في {pl}" for pl, v in zip(places, parts)]
    return f"{rng.choice(OPENERS)}سُجل " + " و".join(items) + f"، {close} {_num(rng, total, e)} {noun[0]}."


def remainder(rng, parts, total, noun, places, e):
    rest = rng.choice(["والباقي", "والبقية", "فيما توزع الباقون وعددهم"])
    items = [f"{_num(rng, v, e)} في {pl}" for pl, v in zip(places[:-1], parts[:-1])]
    return (f"وبلغ عدد {noun[2]} {_num(rng, total, e)} {noun[0]}، منهم " + " و".join(items)
            + f"، {rest} {_num(rng, parts[-1], e)} في {places[-1]}.")


def quarters(rng, parts, total, noun, places, e):
    q = ["الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع"]
    items = [f"{_num(rng, v, e)} مليون دولار في {qq}" for qq, v in zip(q, parts)]
    return ("وحققت الصادرات " + "، و".join(items)
            + f"، ليبلغ إجمالي العام {_num(rng, total, e)} مليون دولار.")


def mixed_scale(rng, parts, total, noun, places, e):
    a, b = parts[0], parts[1]
    # a in hundreds of millions, total in billions: 1.2 مليار + 800 مليون = 2 مليار
    bil = (a * 10 + b * 10)  # millions
    return (f"وتلقت الحكومة {a * 10 / 1000:g} مليار دولار من المانحين و{b * 10} مليون دولار من القروض، "
            f"أي ما مجموعه {total * 10 / 1000:g} مليار دولار.")


def english(rng, parts, total, noun, places, e):
    close = rng.choice(["for a total of", "bringing the total to", "in total"])
    items = [f"{v:,} in {pl}" for pl, v in zip(["Cairo", "Amman", "Beirut", "Tunis"], parts)]
    if close == "in total":
        return "The agency registered " + ", ".join(items[:-1]) + " and " + items[-1] + f", {total:,} refugees in total."
    return "The agency registered " + ", ".join(items[:-1]) + " and " + items[-1] + f", {close} {total:,} refugees."


def total_against_earlier_then_next(rng, parts, total, noun, places, e):
    """«بلغ عدد X T، مقابل E في العام السابق، بنمو نسبته P%. وتوزع هؤلاء على …»: the figure set against the
    whole («مقابل»، «مقارنة بـ») is an earlier period's; the breakdown in the next sentence is of T."""
    earlier = total * rng.choice([80, 85, 90]) // 100
    cmp_ = rng.choice(["مقابل", "مقارنة بـ", "مقابل نحو"])
    sep = "" if cmp_.endswith("بـ") else " "
    rate = round((total / earlier - 1) * 100, 1)
    items = [f"{_num(rng, v, e)} في {pl}" for pl, v in zip(places, parts)]
    return (f"وبلغ عدد {noun[2]} خلال العام الماضي {_num(rng, total, e)} {noun[0]}، {cmp_}{sep}{_num(rng, earlier, e)} "
            f"{noun[0]} في العام السابق، بنمو نسبته {rate:g}%. {rng.choice(['وتوزع', 'ويتوزع'])} هؤلاء على النحو الآتي: "
            + "، و".join(items) + ".")


FAMILIES = {f.__name__: f for f in (total_first_distributed, total_then_next_sentence, total_then_colon,
                                      total_then_hum, parts_then_total, remainder, quarters, mixed_scale, english,
                                      total_against_earlier_then_next)}
PER_FAMILY = 8


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for name, make in FAMILIES.items():
        for _ in range(PER_FAMILY):
            k = 2 if name == "mixed_scale" else rng.choice([3, 4]) if name != "quarters" else 4
            parts = _parts(rng, k)
            while 1800 <= sum(parts) <= 2100:  # a bare four-digit total reads as a year (figures table): another issue
                parts = _parts(rng, k)
            bad = _fault(rng, parts)
            total = sum(parts)
            if name == "mixed_scale":
                parts = [rng.randrange(10, 30) * 10, rng.randrange(20, 95) * 10]
                total = sum(parts)
                if total % 10:
                    continue
                bad = [parts[0], parts[1] + rng.choice([-100, 100, 200])]
            noun, places = rng.choice(NOUNS), rng.choice(PLACES)
            e = rng.random() < 0.2
            state = rng.getstate()
            good = make(rng, parts, total, noun, places, e)
            rng.setstate(state)
            faulty = make(rng, bad, total, noun, places, e)
            out.append((name, _para(rng, good, places), _para(rng, faulty, places)))
    extra = random.Random(SEED + 7)
    for make in EXTRA.values():
        out.extend(make(extra))
    return out


# ---- «منها» lists of exact counts, another noun than the whole's, a clause after them

FLEETS = [("أسطول الميناء", "وحدة صيد", "مركبا", ("للصيد الساحلي", "للصيد بالأضواء", "للصيد بالجر"), "بحارا"),
          ("شبكة النقل", "وحدة", "حافلة", ("للخطوط الحضرية", "للخطوط الريفية", "للنقل المدرسي"), "سائقا"),
          ("الأسطول التجاري", "سفينة", "ناقلة", ("للنفط", "للغاز", "للحاويات"), "بحارا")]


def _of_which_cases(rng: random.Random):
    """«ويضم أسطول الميناء T وحدة صيد، منها A مركبا للصيد الساحلي وB مركبا … وC مركبا …، ويشتغل على متنها
    نحو N بحارا»: the parts count another noun than the whole («وحدة» / «مركب»), the list is followed by
    a clause with a larger figure (not a part), whole counts do not round (a part off by a few units is a
    fault once the parts exceed the whole). The faulty version raises one part so the parts exceed T."""
    out = []
    for k in range(8):
        subj, unit, noun, labels, crew = FLEETS[k % len(FLEETS)]
        parts = [rng.randrange(40, 200) for _ in range(3)]
        total = sum(parts)
        e = k % 4 == 3
        bad = list(parts)
        bad[k % 3] += rng.choice([4, 10, 12])
        def make(ps):
            items = [f"{_num(rng, v, e)} {noun} {lab}" for v, lab in zip(ps, labels)]
            return (f"ويضم {subj} {_num(rng, total, e)} {unit}، منها " + " و".join(items)
                    + f"، ويشتغل على متنها نحو {_num(rng, total * 8, e)} {crew}، أي بمعدل 8 {crew[:-1]}ة للوحدة الواحدة.")
        out.append(("of_which_other_noun", _para(rng, make(parts), PLACES[0]), _para(rng, make(bad), PLACES[0])))
    return out


PROFESSIONS = [("مهني صحة", ("ممرض وممرضة", "طبيب", "تقني وإداري")), ("موظف", ("إداري", "مهندس", "عامل")),
               ("متطوع", ("طالب", "متقاعد", "موظف"))]


def _dot_thousands_cases(rng: random.Random):
    """Numbers grouped with a point («18.400 مهني صحة، منهم 11.200 ممرض …») in a text that writes its
    decimals with a comma («9,62 ملايين طفل»، «92,5%»): the point groups thousands."""
    out = []
    for k in range(8):
        whole_noun, nouns = PROFESSIONS[k % len(PROFESSIONS)]
        parts = [rng.randrange(2, 15) * 100 + 1000 * rng.randrange(1, 9) for _ in range(3)]
        total = sum(parts)
        bad = list(parts)
        bad[k % 3] += rng.choice([200, 300])
        dot = lambda v: f"{v // 1000}.{v % 1000:03d}"
        def make(ps):
            return (f"وبلغ عدد المستفيدين 9,62 ملايين طفل، أي بنسبة تغطية بلغت 92,5%. وشارك في الحملة {dot(total)} "
                    f"{whole_noun}، منهم " + " و".join(f"{dot(v)} {n}" for v, n in zip(ps, nouns)) + ".")
        out.append(("dot_thousands", make(parts), make(bad)))
    return out


EXTRA = {"of_which_other_noun": _of_which_cases, "dot_thousands": _dot_thousands_cases}


# ---- NOT faults: texts whose figures do not add up and must raise nothing

def not_faults() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 1)
    out = []
    for _ in range(PER_FAMILY):
        parts = _parts(rng, 3)
        total = sum(parts) + rng.randrange(3, 30) * 10  # the parts leave some of the whole out
        noun, places = rng.choice(NOUNS), rng.choice(PLACES)
        items = [f"{v} في {pl}" for pl, v in zip(places, parts)]
        lead = rng.choice(["أبرزها", "من بينهم", "منهم على سبيل المثال", "منها", "من أبرزهم"])
        out.append(("incomplete_list", f"وبلغ عدد {noun[2]} {total} {noun[0]}، {lead} " + " و".join(items) + "."))
        verb = rng.choice(["يتوزع أبرزهم على", "يتوزعون على مدن عدة، منها", "موزعين على مدن مثل"])
        out.append(("incomplete_distribution", f"ويضم البرنامج {total} {noun[0]} {verb} "
                    + " و".join(f"{pl} ({v})" for pl, v in zip(places, parts)) + "."))
        # overlapping categories: women and graduates among the same staff may exceed it
        w, g = int(total * 0.6), int(total * 0.55)
        out.append(("overlapping", f"ويعمل في الهيئة {total} {noun[0]}، منهم {w} امرأة، كما يحمل {g} منهم شهادات جامعية."))
        # a regional sum beside the world's total
        out.append(("world_total", f"وسجلت {places[0]} {parts[0]} حالة و{places[1]} {parts[1]} حالة، "
                    f"بينما بلغ المجموع في العالم {total * 40} حالة."))
        # a total rounded at its printed precision (1.24 + 1.27 = 2.51: «2.5 مليار»)
        a, b = rng.randrange(110, 140) / 100, rng.randrange(110, 140) / 100
        out.append(("rounded", f"وبلغت المنح {a:.2f} مليار دولار والقروض {b:.2f} مليار دولار، "
                    f"بمجموع {round(a + b, 1):.1f} مليار دولار."))
        # parts of another year than the total
        out.append(("other_year", f"وبلغ عدد {noun[2]} عام 2020 نحو {total} {noun[0]}، مقابل {parts[0]} في {places[0]} "
                    f"و{parts[1]} في {places[1]} عام 2010."))
    return out


@pytest.fixture(scope="module")
def results():
    return score(FAULT, cases())


def test_zero_findings_on_not_faults():
    texts = not_faults()
    got = findings(FAULT, [t for _, t in texts])
    bad = [(fam, t, [f.message for f in g]) for (fam, t), g in zip(texts, got) if g]
    assert not bad, bad[:3]


def test_zero_findings_on_correct_versions(results):
    alarms = {fam: r["alarms"][:2] for fam, r in results.items() if r["fa"]}
    assert not alarms, alarms


@pytest.mark.parametrize("family", sorted(FAMILIES) + sorted(EXTRA))
def test_recall_on_faulty_versions(results, family):
    r = results[family]
    assert r["caught"] >= r["n"] * MIN_RECALL.get(family, 1.0), (report(results), r["missed"][:2])


MIN_RECALL: dict[str, float] = {}

if __name__ == "__main__":
    texts = not_faults()
    for (fam, t), g in zip(texts, findings(FAULT, [t for _, t in texts])):
        if g:
            print("NOT-FAULT FA", fam, t, [f.message for f in g])
    res = score(FAULT, cases())
    print(report(res))
    for fam, r in res.items():
        for m in r["missed"][:1]:
            print("MISS", fam, m)
        for a in r["alarms"][:1]:
            print("FA", fam, a)
