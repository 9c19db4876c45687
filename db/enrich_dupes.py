"""Near-duplicate documents: the same fiche republished elsewhere, with small edits.

Each text becomes the set of its 5-word shingles (accents and case folded) and a 128-value
MinHash of that set (datasketch). Why MinHash rather than comparing every pair: the network's
corpus grows towards tens of thousands of documents (every centre plus the Cosoter catalogue),
where all pairs are hundreds of millions of comparisons; MinHash LSH finds the candidate pairs
in one pass, and the stored signatures (512 bytes a document) let a build compare only what changed
without re-reading any text. A candidate pair is kept when its estimated Jaccard similarity
reaches SIMILAR (SIMILAR_SAME_SOURCE within one source, where shared page furniture would
otherwise pair short pages). Texts of fewer than MIN_SHINGLES shingles (about 35 words) are not
compared: a title and two lines say too little. A catalogue record (Cosoter) is short but repeats
the publication's title: the same title of TITLE_WORDS words or more is a second rule. Documents
that share a file are the same publication when their titles name that file: the head of each
title (before a colon or a dash) is the head of the file's own title, as for a newsletter that
three centres each publish ("L'Eco des quartiers n°1 : …"); a news item announcing it ("Découvrez
le 1er numéro…") or a map point linking a guide keeps its own hit.
"""

import re

import zlib
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from db.enrich_gazetteer import fast_fold
from extract.french import words

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch 2's default, named: stored signatures must be read back alike
# CRC-32 of each shingle (C, 5 times faster than datasketch's SHA-1): the affine32 scheme mixes
# the input hash with MurmurHash3's finalizer before permuting, so its weak spreading is harmless.
MIN_SHINGLES = 30
CANDIDATE = 0.4  # the LSH bands are tuned for this similarity: below SIMILAR, to miss nothing
SIMILAR = 0.5
SIMILAR_SAME_SOURCE = 0.8
TITLE_WORDS = 6
TITLE_GROUP = 10
RULE = f"MinHash {NUM_PERM} (crc32), {SHINGLE_WORDS} mots, Jaccard ≥ {SIMILAR} ({SIMILAR_SAME_SOURCE} même source)"


def shingles(text: str | None) -> set[bytes]:
    tokens = words(fast_fold(text or ""))
    return {" ".join(tokens[i:i + SHINGLE_WORDS]).encode()
            for i in range(len(tokens) - SHINGLE_WORDS + 1)}


def signature(text: str | None) -> bytes | None:
    """The MinHash of a text as bytes, or None when the text is too short to compare."""
    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32,
                permutations=_permutations())
    m.update_batch(sorted(found))
    return m.hashvalues.astype("<u4").tobytes()


def title_key(title: str | None) -> str | None:
    """The folded words of a title of TITLE_WORDS words or more: the same long title on two
    sites (a fiche and its catalogue record) is the same publication; "Édito" is not."""
    tokens = words(fast_fold(title or ""))
    return " ".join(tokens) if len(tokens) >= TITLE_WORDS else None


def same_title_pairs(docs: dict[int, tuple[str, str | None]]) -> list[tuple[int, int]]:
    """Pairs of documents of different sources with the same long title, for docs = {id:
    (source, title)}. Within one source a repeated title is a recurring item ("Compte rendu du
    comité de pilotage"), and a title shared by more than TITLE_GROUP documents is generic."""
    by_key: dict[str, list[tuple[int, str]]] = {}
    for doc_id, (source, title) in sorted(docs.items()):
        key = title_key(title)
        if key:
            by_key.setdefault(key, []).append((doc_id, source))
    return [(a, b) for group in by_key.values() if len(group) <= TITLE_GROUP
            for i, (a, sa) in enumerate(group) for b, sb in group[i + 1:] if sa != sb]


# A title's head ends at a colon, a dash set off by spaces, or a vertical bar.
_HEAD_END = re.compile(r"\s*[:|]\s|\s[-–—]\s")
HEAD_WORDS = 2  # "Édito" names nothing


def title_head(title: str | None) -> str | None:
    """The folded words of a title before its first colon or dash, when there are HEAD_WORDS or
    more: `L'Eco des quartiers n°1 – Développer…` -> `l eco des quartiers n 1`."""
    tokens = words(fast_fold(_HEAD_END.split(title or "", maxsplit=1)[0]))
    return " ".join(tokens) if len(tokens) >= HEAD_WORDS else None


def same_publication_pairs(shared: list[tuple[int, int, str | None, str | None, str | None]]
                           ) -> list[tuple[int, int]]:
    """Pairs (id, other id) of documents that share a file and whose titles both name it, for
    rows (id, other id, title, other title, file title)."""
    return sorted({(min(a, b), max(a, b)) for a, b, title, other, file_title in shared
                   if title_head(file_title) and title_head(title) == title_head(other) == title_head(file_title)})


@lru_cache(maxsize=1)
def _permutations():
    """Drawn once: datasketch draws them again for every MinHash otherwise."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _minhash(blob: bytes) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(blob, dtype="<u4"), scheme=SCHEME)


def similar_pairs(docs: dict[int, tuple[str, bytes]]) -> list[tuple[int, int, float]]:
    """(id, other id, similarity) with id < other id, for docs = {id: (source, signature)}."""
    lsh = MinHashLSH(threshold=CANDIDATE, num_perm=NUM_PERM)
    hashes = {doc_id: _minhash(blob) for doc_id, (_, blob) in docs.items()}
    for doc_id, m in hashes.items():
        lsh.insert(doc_id, m)
    pairs = []
    for doc_id, m in sorted(hashes.items()):
        for other in sorted(lsh.query(m)):
            if other <= doc_id:
                continue
            similarity = round(float(m.jaccard(hashes[other])), 2)
            floor = SIMILAR_SAME_SOURCE if docs[doc_id][0] == docs[other][0] else SIMILAR
            if similarity >= floor:
                pairs.append((doc_id, other, similarity))
    return pairs


def groups(pairs: list[tuple[int, int, float]]) -> dict[int, int]:
    """Document id -> group id (the smallest id of its group), for grouped documents only."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in pairs:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return {x: root(x) for x in parent}
