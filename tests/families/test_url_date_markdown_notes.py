"""Family: url-date in a Markdown article's footnotes (read from heldout8b's misses, so in-sample for
it; the cases are synthetic and vary the organisations, the dates, Arabic or English months, the notes
heading or separator, blank lines between the notes or none).

The construction: a Markdown footnote (Pandoc, GitHub): a marker «[^2]» in the body and, under a notes
heading («### الهوامش», "## Notes") or after a rule («---»), its definition at the start of a line,
«[^2]: <org>, <title>, 29 June 2023, https://…/2023/06/29/… (accessed 2 September 2025).». The
definitions often follow each other with no blank line between them: each line is one note (they used
to be read as one paragraph, and the notes' dates were never compared with their URLs).

FAULTY: a note's cited date is not its URL's (month, day or year changed): ``citation-url-date``.
NOT faults: the dates agree; a URL without a date; the access date (later than the URL's, by nature).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

SEED = 8226
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]
ORGS = [("European Bank for Reconstruction and Development (EBRD)", "www.ebrd.com/news"),
        ("Asian Development Bank (ADB)", "www.adb.org/news"), ("OECD", "www.oecd.org/publications"),
        ("UNECE", "unece.org/transport/press"), ("رابطة طريق النقل الدولي", "middlecorridor.com/en/press-center/news"),
        ("World Bank", "www.worldbank.org/en/news/press-release")]
ZONES = ["### الهوامش", "## الهوامش", "---", "## Notes"]


def _note(rng, k: int, org, d: tuple[int, int, int], url_d: tuple[int, int, int] | None) -> str:
    y, m, day = d
    slug = rng.choice(["results", "corridor-financing", "transport-study", "border-crossing"])
    url = (f"https://{org[1]}/{url_d[0]}/{url_d[1]:02d}/{url_d[2]:02d}/{slug}" if url_d
           else f"https://{org[1]}/{slug}")
    if rng.random() < 0.4:
        return f"[^{k}]: {org[0]}، \"{slug}\"، {day} {AR_MONTHS[m - 1]} {y}، {url} (تاريخ الاطلاع: 2 سبتمبر 2025)."
    return f"[^{k}]: {org[0]}, \"{slug}\", {day} {EN_MONTHS[m - 1]} {y}, {url} (accessed 3 September 2025)."


def _text(rng, dates, urls, orgs, zone, blank: bool) -> str:
    body = ("# الممر الأوسط: هل يصمد؟\n\nنشر بتاريخ 5 سبتمبر 2025\n\n## الموانئ\n\n"
            f"ارتفعت حمولة الممر إلى 4.5 مليون طن في 2024 [^1]، وتعهد البنك بتمويل جديد [^2]. "
            f"وترى المنظمة أن الطلب سيتضاعف [^3]، وأن عبور الحدود صار أسرع [^4].\n\n## خلاصة\n\n"
            "لم يعد السؤال هل سيكبر الممر، بل بأي سرعة.\n\n")
    notes = [_note(rng, k, o, d, u) for k, (o, d, u) in enumerate(zip(orgs, dates, urls), 1)]
    return body + zone + "\n\n" + ("\n\n" if blank else "\n").join(notes) + "\n"


def cases():
    rng = random.Random(SEED)
    out = []
    for i in range(16):
        orgs = rng.sample(ORGS, 4)
        dates = [(rng.randrange(2019, 2025), rng.randrange(1, 13), rng.randrange(1, 29)) for _ in orgs]
        urls = [d if rng.random() < 0.8 else None for d in dates]
        k = next(j for j, u in enumerate(urls) if u) if any(urls) else 0
        urls[k] = urls[k] or dates[k]
        y, m, d = dates[k]
        bad = list(dates)
        bad[k] = [(y, m % 12 + 1, d), (y - 1, m, d), (y, m, (d + 9) % 28 + 1)][i % 3]  # a day off by one is tolerated (time zones)
        zone, blank = rng.choice(ZONES), i % 2 == 0
        state = rng.getstate()
        right = _text(rng, dates, urls, orgs, zone, blank)
        rng.setstate(state)
        wrong = _text(rng, bad, urls, orgs, zone, blank)
        out.append((f"c{i}", right, wrong))
    return out


def _findings(raws: list[str]) -> list[list]:
    load_all()
    facts = Facts([text_facts(Document(path=Path(f"f{i}.md"), raw=r, form="markdown")) for i, r in enumerate(raws)])
    out: list[list] = [[] for _ in raws]
    for f in REGISTRY["citation-url-date"].func(facts):
        out[int(f.spans[0].file[1:].split(".")[0])].append(f)
    return out


@pytest.fixture(scope="module")
def results():
    cs = cases()
    got = _findings([c[1] for c in cs] + [c[2] for c in cs])
    return cs, got[:len(cs)], got[len(cs):]


def test_agreeing_notes_raise_nothing(results):
    cs, right, _ = results
    bad = [(c[1][-700:], [f.message for f in g]) for c, g in zip(cs, right) if g]
    assert not bad, bad[:2]


def test_note_date_against_url_date_is_flagged(results):
    cs, _, wrong = results
    missed = [c[2][-700:] for c, g in zip(cs, wrong) if len(g) != 1]
    assert not missed, (len(missed), missed[:2])


def test_consecutive_definitions_are_one_note_each():
    c = cases()[1]
    tf = text_facts(Document(path=Path("f0.md"), raw=c[1], form="markdown"))
    notes = tf.blocks[tf.blocks["kind"] == "endnote"]
    assert list(notes["number"]) == [1, 2, 3, 4]
