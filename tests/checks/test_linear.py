"""Detectors whose work grew with the square of a text's length (a pass over the whole text, or
over every mention, per name or per sentence) now read a per-text index. These tests hold the
indexes to the passes they replace (same matches, same order, on random texts with distractors),
and the detectors to near-linear time (a ratio of CPU times, not an absolute timing)."""

from __future__ import annotations

import random
import re
import time
from dataclasses import dataclass

import pytest

from tahqiq.checks.bilingual import _COLUMNS, _columns
from tahqiq.checks.namespell import _Runs, count_word
from tahqiq.checks.surnames import _before
from tahqiq.text.spans import first_mark, held_by, last_mark, starting_in

_AR = r"[\u0621-\u064A]+"
# Arabic words (with clitics and the article), Latin words, digits, blanks, tabs, newlines and
# signs outside the Arabic-letter range (a tatweel, a tanwin) that border words
_PIECES = ["العمري", "وللعمري", "عمري", "العمري", "خالد", "قال", "بن", "علي", " ", " ", " ", "\t", "    ", "\n",
           "،", ".", "ـ", "ً", "Vol. 9", "pp. 187", "ab", "(Weber)", "2024", "٢٠٢٤", "والعمري", "كالعمري", "فيبر"]


def _random_text(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(_PIECES) for _ in range(n))


def test_word_runs_equal_the_whole_word_patterns():
    rnd = random.Random(0)
    for _ in range(400):
        t = _random_text(rnd, rnd.randint(0, 60))
        runs = _Runs(t)
        for w in ("العمري", "خالد", "عمري", "علي", "بن", "فيبر"):
            whole = rf"(?<![\u0621-\u064A]){re.escape(w)}(?![\u0621-\u064A])"
            assert runs.where(w) == [m.span() for m in re.finditer(whole, t)]
            assert count_word(t, w) == len(re.findall(whole, t))
            assert runs.followed(w) == [(m.start(), m.start(1), m.end(1)) for m in
                                        re.finditer(rf"(?<![\u0621-\u064A]){re.escape(w)}[ \t]+({_AR})", t)]
            assert _before(t, w) == [(m.start(), m.start(1), m.end(1)) for m in re.finditer(
                rf"(?<![\u0621-\u064A])({_AR})[ \t]+{re.escape(w)}(?![\u0621-\u064A])", t)]
        base = "عمري"
        assert runs.count({p + a + base for p in ("", "و", "ف", "ب", "ك") for a in ("", "ال", "لل", "ل")}) == len(
            re.findall(rf"(?<![\u0621-\u064A])[وفبك]?(?:ال|لل|ل)?{base}(?![\u0621-\u064A])", t))


def test_masthead_columns_equal_the_pattern_over_the_whole_text():
    rnd = random.Random(1)
    texts = ["المجلد 9، العدد 2 (2025)، ص ص 211-187          Vol. 9, No. 2 (2025), pp. 187-211",
             "عنوان\t\t\t\tTitle ab\nسطر بلا فجوة\n    \n    ab", ""]
    texts += [_random_text(rnd, rnd.randint(0, 40)) for _ in range(1500)]
    for t in texts:
        assert [(m.span(), m.groupdict()) for m in _columns(t)] == \
               [(m.span(), m.groupdict()) for m in _COLUMNS.finditer(t)]


@dataclass
class _M:
    nstart: int
    nend: int


def test_held_by_equals_the_filter_in_the_list_order():
    rnd = random.Random(2)
    for _ in range(300):
        items = []
        for _ in range(rnd.randint(0, 30)):
            a = rnd.randint(0, 100)
            items.append(_M(a, a + rnd.randint(-3, 15)))  # a few ends before their starts
        for _ in range(10):
            s = rnd.randint(-5, 105)
            e = s + rnd.randint(-5, 40)
            assert held_by(items, s, e) == [x for x in items if s <= x.nstart and x.nend <= e]
        items.append(_M(50, 52))  # a longer list: the index is built anew
        assert held_by(items, 0, 200) == [x for x in items if 0 <= x.nstart and x.nend <= 200]


def test_starting_in_equals_the_filter_in_the_list_order():
    rnd = random.Random(3)
    for _ in range(300):
        items = [_M(a, a + rnd.randint(-3, 15)) for a in (rnd.randint(0, 100) for _ in range(rnd.randint(0, 30)))]
        for _ in range(10):
            s = rnd.randint(-5, 105)
            e = s + rnd.randint(-5, 40)
            assert starting_in(items, s, e) == [x for x in items if s <= x.nstart < e]


def test_clause_marks_equal_the_per_character_searches():
    """last_mark/first_mark = the max of rfind / the min of find over the characters, on texts that
    lack some of the characters (the case a per-character search paid the whole text for)."""
    rnd = random.Random(4)
    chars = ".!?؟\n؛;"
    for _ in range(300):
        t = "".join(rnd.choice(["كلمة ", "x", " ", ".", "؟", "\n", "،", "2024"]) for _ in range(rnd.randint(0, 400)))
        for _ in range(10):
            a = rnd.randint(0, len(t))
            b = rnd.randint(a, len(t))
            assert last_mark(t, chars, b) == max(t.rfind(c, 0, b) for c in chars)
            assert last_mark(t, chars, b, a) == max(t.rfind(c, a, b) for c in chars)
            assert first_mark(t, chars, a) == min([i for i in (t.find(c, a) for c in chars) if i >= 0] or [-1])


@pytest.fixture(scope="module")
def large_texts():
    """A text of about 1 MB and its first quarter, of the catalogue's paragraphs in a seeded order
    (names, dates and figures as the detectors meet them; digits perturbed so that paragraphs differ)."""
    from tahqiq.corpus.catalogue import Catalogue

    rnd = random.Random(0)
    paras = [p.strip() for d in Catalogue().documents() for p in re.split(r"\n\s*\n", d.raw) if len(p.strip()) > 80]
    out, total = [], 0
    while total < 1_000_000:
        p = re.sub(r"[0-9]", lambda m: str(rnd.randrange(10)), rnd.choice(paras))
        out.append(p)
        total += len(p) + 2
    big = "\n\n".join(out) + "\n"
    return big[: big.rfind("\n\n", 0, len(big) // 4)] + "\n", big


def test_detectors_that_read_names_and_sentences_grow_linearly(tmp_path, large_texts):
    """name-spelling, surname-alone, arithmetic-breakdown, bilingual-mismatch and the date detectors
    that take each sentence's mentions: four times the text costs about four times the CPU (before,
    1 MB cost 10x a quarter of it in name-spelling; 2 MB, 33x)."""
    from tahqiq import checks
    from tahqiq.corpus.catalogue import load_path
    from tahqiq.facts import Facts, load_reference, text_facts

    ref = load_reference()
    names = ["name-spelling", "surname-alone", "arithmetic-breakdown", "bilingual-mismatch",
             "order-word-contradiction", "stated-span", "period-mismatch", "duration-days",
             "age-mismatch", "period-clause", "arithmetic-scale-cap", "source-inconsistent", "named-gap"]
    reg = checks.load_all()

    def cpu(text: str, name: str) -> float:
        p = tmp_path / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        facts = Facts([text_facts(load_path(p), ref)], ref)
        c0 = time.process_time()
        for n in names:
            reg[n].func(facts)
        return time.process_time() - c0

    quarter, whole = large_texts
    cpu(quarter[:20_000], "warm")  # lexicons and patterns built once, outside the measure
    small = cpu(quarter, "quarter")
    large = cpu(whole, "whole")
    print(f"{len(quarter) / 1e6:.2f} MB {small:.2f} s CPU, {len(whole) / 1e6:.2f} MB {large:.2f} s CPU")
    assert large < 6 * small + 0.5  # linear: about 4x


def test_sources_grouped_as_by_every_pair():
    """_group_by_source (indexed by key, one reference per signature) = the single-link grouping
    that compares each reference with every reference of every earlier group."""
    from tahqiq.checks.sources import _group_by_source, same_source

    def naive(refs):
        groups = []
        for r in refs:
            for g in groups:
                if any(same_source(r, x) for x in g):
                    g.append(r)
                    break
            else:
                groups.append([r])
        return groups

    rnd = random.Random(5)
    authors = ["Smith, J.", "smith j", "Ivanov, P.", "إيفانوف، ب.", None]
    titles = ["Russia and China", "Russia and china.", "Russia, China", "Annual Report 2019",
              "Annual Report 2020", "Energy Yearbook", "الطاقة في آسيا", None]
    urls = [None, None, "https://zu.pw/4jMJ8gcZ", "https://2u.pw/4jMJ8gcZ", "https://example.org/a/b/c"]
    for _ in range(200):
        refs = [{"authors": rnd.choice(authors), "title": rnd.choice(titles), "url": rnd.choice(urls),
                 "year": rnd.choice([None, 2019, 2020, 2021])} for _ in range(rnd.randint(0, 25))]
        assert [[id(r) for r in g] for g in _group_by_source(refs)] == [[id(r) for r in g] for g in naive(refs)]


def test_brackets_and_lines_equal_the_copies():
    from tahqiq.text.spans import in_brackets, lines_from

    rnd = random.Random(6)
    for _ in range(300):
        t = "".join(rnd.choice(["(", ")", " ", "\n", "\t", "x", "1990", "عام", "م", "هـ"]) for _ in range(rnd.randint(0, 40)))
        for _ in range(10):
            s = rnd.randint(0, len(t))
            e = rnd.randint(s, len(t))
            # (an era letter may stand before the closing bracket: «(1931-2007م)»)
            closes = re.match(r"\s*(?:[مه](?![^\W\d_])[\sـ]*)?\)", t[e:]) is not None
            assert in_brackets(t, s, e) == (t[:s].rstrip().endswith("(") and closes)
            assert list(lines_from(t, s)) == t[s:].split("\n")
