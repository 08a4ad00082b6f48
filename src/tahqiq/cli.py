"""tahqiq: read Arabic political-science texts critically, with the evidence.

Targets are a work's slug (salman-2025), a slug and witness (salman-2025:B), a text's file
name or number (000, 001_cec83860dcd66baf.txt), or a path to any UTF-8 text.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import traceback

import pandas as pd

from .corpus.catalogue import FORMS
from .errors import TahqiqError

FORMATS = ("table", "csv", "jsonl")


def _json_value(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    return v


def emit(df: pd.DataFrame, fmt: str, out=None) -> None:
    """Print a table as an aligned table, CSV or JSON Lines (one object per row)."""
    out = out or sys.stdout
    if fmt == "csv":
        df.to_csv(out, index=False)
    elif fmt == "jsonl":
        for row in df.to_dict(orient="records"):
            out.write(json.dumps({k: _json_value(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
    else:
        if df.empty:
            out.write("(no rows)\n")
        else:
            out.write(df.to_string(index=False, max_colwidth=60) + "\n")


def _docs(targets: list[str], witness: str | None = None):
    from .corpus.catalogue import Catalogue, resolve

    cat = Catalogue()
    return [resolve(t, cat, witness) for t in targets]


def cmd_build(args) -> int:
    from .book.build import build

    build(workers=args.jobs, force=args.force, html=not args.no_html)
    return 0


def cmd_catalogue(args) -> int:
    from .corpus.catalogue import Catalogue

    cat = Catalogue()
    rows = []
    for w in cat.works:
        for t in w.texts:
            cat.load_entry(w, t)  # verifies the checksum
            rows.append({"work": w.slug, "witness": t.witness, "base": t.file == w.base_text, "file": t.file,
                         "form": t.form, "published": w.date_published, "title": w.title.get("en")})
    emit(pd.DataFrame(rows), args.format)
    return 0


def cmd_blocks(args) -> int:
    docs = _docs(args.targets, args.witness)
    from .segment.blocks import segment

    emit(pd.concat([segment(d) for d in docs], ignore_index=True), args.format)
    return 0


def cmd_outline(args) -> int:
    docs = _docs(args.targets, args.witness)
    from .argument.annotate import claim_candidates, standard_parts
    from .segment.blocks import outline, segment

    tables: dict[str, list[pd.DataFrame]] = {"sections": [], "parts": [], "candidates": []}
    for d in docs:
        blocks = segment(d)
        parts = standard_parts(d, blocks)
        for name, df in (("sections", outline(blocks)), ("parts", parts),
                         ("candidates", claim_candidates(d, args.candidates, blocks, parts))):
            df = df.copy()
            df.insert(0, "file", d.name)
            tables[name].append(df)
    shown = list(tables) if args.show == "all" else [args.show]
    if args.format == "csv" and len(shown) > 1:
        raise TahqiqError(None, "CSV holds one table: choose one with --show sections|parts|candidates")
    for name in shown:
        df = pd.concat(tables[name], ignore_index=True)
        if args.format == "table":
            print(f"== {name} ==")
        elif args.format == "jsonl":
            df.insert(0, "table", name)
        emit(df, args.format)
    return 0


def cmd_annotate(args) -> int:
    from .argument.annotate import STARTER_CLAIMS, write_starter

    if args.offsets:
        from .argument.anchor import write_offsets
        from .argument.model import annotation_path

        path = args.output or annotation_path(args.target)
        write_offsets(path)
        print(f"{path}: the offsets of every quote refreshed (the quotes and glosses are kept; comments are not)")
        return 0
    (doc,) = _docs([args.target], args.witness)
    path = write_starter(doc, args.output, force=args.force, n_claims=args.claims or STARTER_CLAIMS)
    print(f"wrote {path}: a starting reconstruction to edit (replace every TODO); once edited, it always wins")
    return 0


def cmd_add(args) -> int:
    from .corpus.add import add_article

    work = add_article(args.file, args.title, args.author, date=args.date, slug=args.slug, title_en=args.title_en,
                       form=args.form)
    t = work.texts[0]
    print(f"added {work.slug}: data/raw/{t.file} (sha256 {t.sha256[:12]}…, form {t.form}); "
          f"catalogued in data/articles.yml; starter annotation data/annotations/{work.slug}.yml")
    print(f"next: edit data/annotations/{work.slug}.yml (or refresh it with `tahqiq annotate {work.slug}`), "
          "then `make book` builds its chapter")
    return 0


def cmd_normalise(args) -> int:
    for d in _docs(args.targets, args.witness):
        sys.stdout.write(d.norm.text)
    return 0


def _with_date(docs: list, date: str | None) -> list:
    """The documents with the publication date given by ``--date`` (checked), if any."""
    if date is None:
        return docs
    from .extract.dates import parse_anchor

    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", date) or parse_anchor(date, "given") is None:
        raise TahqiqError("--date", f"not a date: {date!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    for d in docs:
        d.date = date
    return docs


def cmd_extract(args) -> int:
    docs = _with_date(_docs(args.targets, args.witness), args.date)
    if args.what == "dates":
        from .extract.dates import extract_dates as fn
    elif args.what == "figures":
        from .extract.figures import extract_figures as fn
    else:
        from .extract.citations import extract_citations as fn
    emit(pd.concat([fn(d) for d in docs], ignore_index=True), args.format)
    return 0


def cmd_findings(args) -> int:
    from .corpus.catalogue import Catalogue
    from .review.factcheck import SCOPE_ALIASES, check

    scopes = {SCOPE_ALIASES[args.scope]} if args.scope else None
    if args.targets:
        docs = _docs(args.targets, args.witness)
    else:
        docs = Catalogue().documents()
    df = check(_with_date(list(docs), args.date), scopes)
    df["origin"] = "detector"
    if args.with_notes:
        df = _with_reader_notes(df, docs)
    df = _named(df)
    if args.format == "table":
        df = df[["id", "kind", "severity", "scope", "verdict", "origin", "message", "message_ar"]]
    emit(df, args.format)
    return 0


def _with_reader_notes(df, docs):
    """The findings followed by the reader's notes (``origin: reader``) on the same texts, each
    with its English explanation glossed (``message``) and its Arabic one (``message_ar``)."""
    from .review.messages import english
    from .review.notes import as_findings, corpus_notes

    notes = corpus_notes()
    notes = notes[notes["file"].isin({d.name for d in docs})]
    if not len(notes):
        return df
    rows = as_findings(notes)
    rows["message"] = [english(m) for m in rows["message"]]
    rows["message_ar"] = [e.get("explanation_ar") for e in rows["evidence"]]
    return pd.concat([df, rows], ignore_index=True)


def _named(df):
    """The messages with every catalogued file name replaced by its work and witness."""
    from .book.chapter import text_labels
    from .book.render import name_texts
    from .corpus.catalogue import Catalogue

    labels = text_labels(Catalogue())
    df = df.copy()
    for col in ("message", "message_ar"):
        if col in df:
            df[col] = [name_texts(m, labels) if isinstance(m, str) else m for m in df[col]]
    return df


SCAN_EXAMPLES = """examples:
  tahqiq scan articles/ --out scan/                     every *.txt and *.md under articles/
  tahqiq scan 'corpus/**/*.txt' --out scan/ --date-from-name -j 2
  tahqiq scan articles/ --out scan/ --dates dates.csv   (CSV columns: file,date)
  tahqiq scan /shared/articles --out /shared/scan --scheduler tcp://scheduler-host:8786
Run it again on the same --out: texts already scanned (same content hash) are skipped.
Then: tahqiq query scan/ "SELECT kind, count(*) FROM findings GROUP BY kind"
"""

QUERY_EXAMPLES = """tables (views): texts, blocks, dates, figures, citations, bibliography, notes, entities,
events (gazetteer links), findings; every row carries file, start, end, text (a quote of the raw file).
examples:
  tahqiq query scan/ "SELECT kind, count(*) AS n FROM findings GROUP BY kind ORDER BY n DESC"
  tahqiq query scan/ "SELECT file, count(*) FROM dates WHERE start_date < '2000' GROUP BY file" --format csv
"""


def cmd_scan(args) -> int:
    from .scan.run import scan_to

    if args.date_from_name and args.dates:
        raise TahqiqError(args.dates, "give either --date-from-name or --dates, not both")
    summary = scan_to(args.targets, args.out, jobs=args.jobs, date_from_names=args.date_from_name,
                      dates=args.dates, scheduler=args.scheduler, progress=not args.quiet, cross=args.cross)
    print(summary.line(args.out))
    for path, err in summary.failed[:20]:
        print(f"  failed: {err}")
    if len(summary.failed) > 20:
        print(f"  ... and {len(summary.failed) - 20} more (see {args.out}/scan.log)")
    return 0


def cmd_query(args) -> int:
    from .scan.store import query

    emit(query(args.folder, args.sql), args.format)
    return 0


def cmd_exercises(args) -> int:
    from .book.exercises import write_notebooks
    from .book.seminar import build_exercises

    if not (args.student or args.teacher):
        raise TahqiqError(None, "say where to write the notebooks: --student DIR and/or --teacher DIR")
    exercises = build_exercises(lang=args.lang)
    for folder, teacher in ((args.student, False), (args.teacher, True)):
        if folder:
            paths = write_notebooks(exercises, folder, teacher=teacher)
            print(f"wrote {len(paths)} {'teacher' if teacher else 'student'} notebook(s) into {folder}")
    return 0


def cmd_check_answers(args) -> int:
    from .book.exercises import answers_in
    from .book.seminar import exercise
    from .book.exercises import mark

    ok = True
    from .book.exercises import digests_in, notebook_lang

    for path in args.notebooks:
        lang = args.lang or notebook_lang(path)
        digests = digests_in(path)
        for ex_id, answer in answers_in(path):
            m = mark(exercise(ex_id, lang=lang, digest=digests.get(ex_id)), answer)
            ok = ok and (m.ok or not m.marked)
            print(f"{path}: {m}")
    return 0 if ok else 1


def cmd_handout(args) -> int:
    from .book.handout import handout

    path = handout(args.target, args.pdf, solutions=args.solutions, lang=args.lang)
    print(f"wrote {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tahqiq", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--debug", action="store_true", help="show the full traceback on error")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="execute the chapter notebooks (papermill) and build the HTML book")
    b.add_argument("-j", "--jobs", type=int, default=None, help="notebooks to execute in parallel (default: cores)")
    b.add_argument("--force", action="store_true", help="re-execute every notebook even if its inputs are unchanged")
    b.add_argument("--no-html", action="store_true", help="execute the notebooks only; skip jupyter-book")
    b.set_defaults(func=cmd_build)

    def with_targets(sp, nargs="+"):
        sp.add_argument("targets", nargs=nargs, metavar="TARGET", help="slug, slug:witness, file stem or path")
        sp.add_argument("--witness", default=None, help="witness of a catalogued work (default: its base text)")
        sp.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
        return sp

    c = sub.add_parser("catalogue", help="list the works and texts of data/articles.yml, verifying checksums")
    c.add_argument("--format", choices=FORMATS, default="table")
    c.set_defaults(func=cmd_catalogue)
    with_targets(sub.add_parser("blocks", help="the blocks of a text (kind, section, offsets)")).set_defaults(
        func=cmd_blocks)
    o = with_targets(sub.add_parser(
        "outline", help="the section tree, the standard parts of a research article and ranked claim candidates"))
    o.add_argument("--show", choices=("all", "sections", "parts", "candidates"), default="all",
                   help="which table to print (default: all three; CSV takes one)")
    o.add_argument("--candidates", type=int, default=20, metavar="N", help="claim candidates to list (default 20)")
    o.set_defaults(func=cmd_outline)
    a = sub.add_parser("annotate", help="write a starting reconstruction data/annotations/<slug>.yml to edit")
    a.add_argument("target", metavar="TARGET")
    a.add_argument("--witness", default=None)
    a.add_argument("--output", default=None, help="where to write (default: data/annotations/<slug>.yml)")
    a.add_argument("--force", action="store_true",
                   help="overwrite an edited file (your edits are lost); a starter nobody edited is refreshed anyway")
    a.add_argument("--claims", type=int, default=None, metavar="N", help="claim candidates to include")
    a.add_argument("--offsets", action="store_true",
                   help="only refresh the start/end offsets of the quotes of an edited annotation")
    a.set_defaults(func=cmd_annotate)
    ad = sub.add_parser("add", help="add a text of your own to the corpus (data/raw, the catalogue, an annotation)")
    ad.add_argument("file", metavar="FILE", help="a UTF-8 text")
    ad.add_argument("--title", required=True, help="its title (Arabic or English)")
    ad.add_argument("--author", required=True, help="its author (Arabic or English)")
    ad.add_argument("--date", default=None, help="date published: YYYY, YYYY-MM or YYYY-MM-DD")
    ad.add_argument("--title-en", default=None, help="the English title of an Arabic one")
    ad.add_argument("--slug", default=None, help="the work's id (default: derived from author and date)")
    ad.add_argument("--form", default=None, choices=FORMS, help="extraction form (default: guessed)")
    ad.set_defaults(func=cmd_add)
    n = sub.add_parser("normalise", help="print the normalised view of a text (for matching)")
    n.add_argument("targets", nargs="+", metavar="TARGET")
    n.add_argument("--witness", default=None)
    n.set_defaults(func=cmd_normalise)
    e = sub.add_parser("extract", help="dates, figures or citations of texts, with offsets")
    e.add_argument("what", choices=("dates", "figures", "citations"))
    with_targets(e).set_defaults(func=cmd_extract)
    e.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                   help="the texts' publication date: the anchor of relative dates (default: the catalogue's, "
                        "else inferred from the text)")
    f = sub.add_parser("findings", help="fact-check texts (with no TARGET: the whole catalogue, cross-work included)")
    f.add_argument("targets", nargs="*", metavar="TARGET", help="slug, slug:witness, file stem or path")
    f.add_argument("--witness", default=None)
    f.add_argument("--format", choices=FORMATS, default="table")
    f.add_argument("--scope", choices=("internal", "cross", "external"), default=None,
                   help="only findings of this scope")
    f.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                   help="the texts' publication date: the anchor of relative dates (default: the catalogue's, "
                        "else inferred from the text)")
    f.add_argument("--with-notes", action="store_true",
                   help="also list the reader's notes (data/notes/) on these texts, with origin: reader")
    f.set_defaults(func=cmd_findings)
    sc = sub.add_parser("scan", help="scan a corpus of texts in parallel into Parquet tables (resumable)",
                        epilog=SCAN_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sc.add_argument("targets", nargs="+", metavar="DIR_OR_GLOB", help="folders, files or glob patterns")
    sc.add_argument("--out", required=True, metavar="DIR", help="folder of the Parquet tables")
    sc.add_argument("--date-from-name", action="store_true",
                    help="read each text's publication date from its file name (2024-05-20, 20240520, 2024)")
    sc.add_argument("--dates", default=None, metavar="CSV", help="publication dates: a CSV with columns file,date")
    sc.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: cores)")
    sc.add_argument("--scheduler", default=None, metavar="ADDRESS",
                    help="run on a Dask cluster (tcp://host:8786) instead of local processes")
    sc.add_argument("--cross", action="store_true",
                    help="also run the cross-work detectors over all the texts (each text one work): table crosswork")
    sc.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    sc.set_defaults(func=cmd_scan)
    qu = sub.add_parser("query", help="SQL (DuckDB) over the tables of a scan",
                        epilog=QUERY_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    qu.add_argument("folder", metavar="DIR", help="the --out folder of a scan")
    qu.add_argument("sql", metavar="SQL", help="a query over the views named after the tables")
    qu.add_argument("--format", choices=FORMATS, default="table")
    qu.set_defaults(func=cmd_query)
    x = sub.add_parser("exercises", help="write the seminar's exercises as notebooks: the students' (answer cells, "
                                         "no solutions) and the teacher's (answers and solutions)")
    x.add_argument("--student", metavar="DIR", default=None, help="folder for the student notebooks")
    x.add_argument("--teacher", metavar="DIR", default=None, help="folder for the teacher's copies")
    x.add_argument("--lang", choices=("en", "ar"), default="en",
                   help="the notebooks' language (ar: the Arabic edition's exercises, marked in Arabic)")
    x.set_defaults(func=cmd_exercises)
    ca = sub.add_parser("check-answers", help="mark the answers of student exercise notebooks: what is right, "
                                              "missing or wrong, with the evidence (exit 1 unless all marked "
                                              "answers are right; open questions are not marked)")
    ca.add_argument("notebooks", nargs="+", metavar="NOTEBOOK", help="a notebook written by `tahqiq exercises`")
    ca.add_argument("--lang", choices=("en", "ar"), default=None,
                    help="the marking's language (default: the notebook's, as `tahqiq exercises --lang` wrote it)")
    ca.set_defaults(func=cmd_check_answers)
    h = sub.add_parser("handout", help="print a handout to PDF with headless Chromium: a work's reading guide, text "
                                       "and findings, or the seminar's exercises")
    h.add_argument("target", metavar="SLUG", help="a work's slug, or `exercises`")
    h.add_argument("--pdf", required=True, metavar="FILE", help="the PDF to write")
    h.add_argument("--solutions", action="store_true", help="with `exercises`: include the solutions (teacher)")
    h.add_argument("--lang", choices=("en", "ar"), default="en", help="the handout's language (ar: Arabic, right to left)")
    h.set_defaults(func=cmd_handout)
    _finish_subcommands(sub)
    return p


EXAMPLES = {
    "build": ["tahqiq build", "tahqiq build --no-html -j 2"],
    "catalogue": ["tahqiq catalogue", "tahqiq catalogue --format csv"],
    "blocks": ["tahqiq blocks 003 --format csv"],
    "outline": ["tahqiq outline salman-2025 --show candidates"],
    "annotate": ["tahqiq annotate my-slug", "tahqiq annotate my-article.txt --output my-article.yml"],
    "add": ['tahqiq add my-article.txt --title "الشراكة الروسية الصينية" --title-en "The Russian-Chinese '
            'partnership" --author "سارة أحمد" --date 2024-05-20'],
    "normalise": ["tahqiq normalise salman-2025:B"],
    "extract": ["tahqiq extract dates avdaliani-2025 --format jsonl", "tahqiq extract figures 002 --format csv"],
    "findings": ["tahqiq findings --format jsonl", "tahqiq findings my-article.txt --scope internal"],
    "exercises": ["tahqiq exercises --student handout/ --teacher teacher/",
                  "tahqiq exercises --lang ar --student handout-ar/   (the Arabic edition's exercises)"],
    "scan": ["tahqiq scan texts/ --out scan/ --date-from-name -j 4", "tahqiq scan 'texts/*.txt' --out scan/ --cross"],
    "handout": ["tahqiq handout avdaliani-2025 --pdf avdaliani-2025.pdf",
                "tahqiq handout exercises --pdf exercises.pdf"],
    "check-answers": ["tahqiq check-answers handout/ex-map-salman-2025-1.ipynb", "tahqiq check-answers handout/*.ipynb"],
}
"""An example command line for every subcommand's ``--help`` (a test checks that none is missing)."""


def _finish_subcommands(sub) -> None:
    """Give every subcommand a description (its help line), its examples, and ``--debug``, which is
    accepted after the subcommand as well as before it (``tahqiq add … --debug``)."""
    helps = {a.dest: a.help for a in sub._choices_actions}
    for name, sp in sub.choices.items():
        sp.description = sp.description or helps.get(name)
        if name in EXAMPLES and not sp.epilog:
            sp.epilog = "example" + ("s" if len(EXAMPLES[name]) > 1 else "") + ":\n" + "\n".join(
                f"  {e}" for e in EXAMPLES[name])
            sp.formatter_class = argparse.RawDescriptionHelpFormatter
        if "--debug" not in sp._option_string_actions:
            sp.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                            help="show the full traceback on error")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args) or 0
    except TahqiqError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"tahqiq: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("tahqiq: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug, not bad input: say so in one line unless --debug
        if args.debug:
            raise
        print(f"tahqiq: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
