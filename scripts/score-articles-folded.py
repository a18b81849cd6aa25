#!/usr/bin/env python3
"""Diagnostic, not the official figure: score.py's `articles` measure with a leading Arabic article
folded in place names ("Al-Atarib" = "Atareb"), as the scorer's ARTICLES pattern means to but, being
applied to single words, never does. Shows how much of a main-place gap is spelling, not place.

    python3 scripts/score-articles-folded.py GOLD.jsonl OUT.jsonl
"""
import importlib.util
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("score", os.path.join(here, "..", "..", "shared", "eval", "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
ARTICLE = re.compile(r"(al|el|ad|ar|as|ash|at|az|an|ath|adh|ed|es|et)")
original = score.skeleton


def skeleton(s):
    words = score.fold(s).split()
    kept = [w for i, w in enumerate(words) if not (i + 1 < len(words) and ARTICLE.fullmatch(w))]
    return original(" ".join(kept))


score.skeleton = skeleton
score.main(["articles", *sys.argv[1:]])
