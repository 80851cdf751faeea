"""Readers for WordNet 3.0's database files (Debian's wordnet-base), shared
by the generators that compile WordNet into C++ tables
(quotes/tools/gen_speaker_nouns.py, claims/tools/gen_topic_nouns.py).

Plain Python 3; the files are Latin-1 text, one synset or lemma per line,
licence lines starting with a space.
"""
import os


def read_synsets(path):
    """{offset: (lexfile, [(pointer_symbol, target_offset), ...])} for data.<pos>."""
    synsets = {}
    with open(path, encoding='latin-1') as f:
        for line in f:
            if line.startswith(' '):
                continue
            fields = line.split(' | ')[0].split()
            offset, w_cnt = fields[0], int(fields[3], 16)
            i = 4 + 2 * w_cnt
            p_cnt = int(fields[i])
            ptrs = fields[i + 1:i + 1 + 4 * p_cnt]
            synsets[offset] = (fields[1], [(ptrs[j], ptrs[j + 1]) for j in range(0, len(ptrs), 4)])
    return synsets


def read_index(path):
    """{lemma: [synset offsets, most frequent sense first]} for index.<pos>."""
    senses = {}
    with open(path, encoding='latin-1') as f:
        for line in f:
            if line.startswith(' '):
                continue
            fields = line.split()
            p_cnt = int(fields[3])
            senses[fields[0]] = fields[4 + p_cnt + 2:]
    return senses


def irregular_forms(root, pos='noun'):
    """(inflected, base) pairs from <pos>.exc, single words only."""
    with open(os.path.join(root, pos + '.exc'), encoding='latin-1') as f:
        for line in f:
            inflected, base = line.split()[:2]
            if '_' not in inflected:
                yield inflected, base


def plurals(lemma):
    """The regular plural forms of a noun (WordNet's morphy rules, reversed)."""
    if lemma.endswith('man'):  # "spokesmen", "women"; "Germans" too
        return [lemma[:-3] + 'men', lemma + 's']
    if lemma.endswith(('s', 'x', 'z', 'ch', 'sh')):
        return [lemma + 'es']
    if lemma.endswith('y') and len(lemma) > 1 and lemma[-2] not in 'aeiou':
        return [lemma[:-1] + 'ies']
    return [lemma + 's']
