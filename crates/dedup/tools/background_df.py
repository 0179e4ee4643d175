#!/usr/bin/env python3
"""Writes data/background_df.txt: how many documents of a generic English corpus use each word.

    python3 tools/background_df.py UD_English-EWT/*.conllu > data/background_df.txt

Input: the Universal Dependencies English Web Treebank (CC BY-SA 4.0; Silveira et al. 2014, the UD
project) in CoNLL-U. A document is what shares a `sent_id` up to its last '-'. Words are lower-cased
forms of alphabetic tokens; only counts of two or more are kept. The first line is the number of
documents. The story grouper stems the words itself and reads this as background rarity, so that
"said" weighs little and "impeachment" much even in a batch of three articles.
"""
import collections, re, sys

docs = collections.defaultdict(set)
doc = None
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if line.startswith("# sent_id = "):
            doc = line[len("# sent_id = "):].strip().rsplit("-", 1)[0]
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if len(cols) > 2 and "-" not in cols[0] and "." not in cols[0]:
                w = cols[1].lower()
                if re.fullmatch(r"[a-z][a-z'-]*", w):
                    docs[doc].add(w)
df = collections.Counter(w for ws in docs.values() for w in ws)
print(f"# documents {len(docs)}: word document-frequencies of UD_English-EWT (CC BY-SA 4.0), see tools/background_df.py")
print(len(docs))
for w, n in sorted(df.items(), key=lambda x: (-x[1], x[0])):
    if n >= 2:
        print(f"{w}\t{n}")
