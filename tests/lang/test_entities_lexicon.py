"""The entity gazetteer, its cue words and the stop lists are language data
(src/tahqiq/lang/entities.yml, stopwords.yml): a spelling added to a copy of the folder reaches
the extractor and the detector, with no code change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

import tahqiq.lang

PROBE = r"""
import json
from tahqiq.corpus.catalogue import from_string
from tahqiq.link.entities import extract_entities
from tahqiq.checks.entities import entity_variant
from tahqiq.facts import Facts, text_facts
raw = "Meeting Quxbarov in the morning; later Quxbarof said more."
ents = extract_entities(from_string(raw))
found = entity_variant(Facts([text_facts(from_string(raw))]))
print(json.dumps({"canon": sorted(set(ents["canon"].dropna())), "variants": len(found)}))
"""


def _probe(lang_dir: Path | None) -> dict:
    env = dict(os.environ)
    if lang_dir is not None:
        env["TAHQIQ_LANG_DIR"] = str(lang_dir)
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_new_name_in_a_copy_of_the_lexicon_reaches_the_extractor_and_the_detector(tmp_path):
    copy = tmp_path / "lang"
    shutil.copytree(tahqiq.lang.HERE, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    data = yaml.safe_load((copy / "entities.yml").read_text(encoding="utf-8"))
    data["entries"]["gazetteer"]["quxbarov"] = {"kind": "person", "variants": ["Quxbarov", "Quxbarof"]}
    (copy / "entities.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert _probe(None) == {"canon": [], "variants": 0}  # an invented name: unknown to the shipped data
    assert _probe(copy) == {"canon": ["quxbarov"], "variants": 1}


def test_lexicons_are_valid():
    gaz = tahqiq.lang.lexicon("entities")["gazetteer"]
    assert all(e["kind"] in ("person", "organisation", "exercise", "place", "other") and e["variants"]
               for e in gaz.values())
    for key in ("names", "statements", "slug_title"):
        assert tahqiq.lang.words("stopwords", key)
