"""A report's paragraphs cut into sentences for 承诺兑现, all at once with numpy: the sentences of
this year's measures that last year's commitments are compared with, and the sentences of both
years' text that show a paragraph taken over from last year's.

A sentence is what ``re.split(r"(?<=[。；;！？!?])", paragraph)`` gives: it ends after 。；;！？!?
or at the paragraph's end. Words are read as ``fold`` gives them (full-width digits and letters
as ASCII, capitals in lower case, spaces and quotation marks dropped), by table lookups on the
whole report's code points instead of folding it; fold neither drops nor makes a sentence end, so
the sentences of the text and of the folded text are the same. Only the few sentences shown are
cut out of the text as written.
"""

from __future__ import annotations

from typing import Any

from fzcheck.textnorm import DROPPED, FOLDED, SENTENCE_END, SEP

# What each character is, once folded: a word (CJK, a-z, %), a digit, one that fold drops, a
# sentence end, SEP; anything else is 0
_WORD, _DIGIT, _DROPPED, _END, _SEP = 1, 2, 3, 4, 5
_TABLES: tuple[Any, Any, Any] | None = None
LAST_SPACE = 0x3000  # the ideographic space
# the code points fold changes (textnorm.FOLDED, test_sentences checks): A-Z and full-width ％ to ｚ
_FOLD_LOW, _FOLD_SPAN = ord("A"), ord("Z") - ord("A")
_FULL_LOW, _FULL_SPAN = 0xFF05, 0xFF5A - 0xFF05


def _tables() -> tuple[Any, Any, Any]:
    """For each BMP character, its kind, the character fold makes of it and whether str.strip()
    takes it for a space (one lookup per character instead of a dozen comparisons; beyond the BMP
    nothing is folded, kept or a space)."""
    global _TABLES
    if _TABLES is None:
        import numpy as np

        value = np.arange(0x10000, dtype=np.uint32)
        for code, folded in FOLDED.items():
            value[code] = ord(folded)
        kinds = np.zeros(0x10000, dtype=np.uint8)
        kinds[0x4E00:0xA000] = kinds[ord("a"):ord("z") + 1] = kinds[ord("%")] = _WORD
        kinds[ord("0"):ord("9") + 1] = _DIGIT
        kinds[[ord(c) for c in SENTENCE_END]] = _END
        kinds[ord(SEP)] = _SEP
        kind = kinds[value]
        kind[[ord(c) for c in DROPPED]] = _DROPPED
        space = np.zeros(0x10000, dtype=bool)
        # every space is at or below U+3000 (test_sentences checks): a fifth of the BMP to look at,
        # which every batch worker does once (2 ms for all of it)
        space[[c for c in range(LAST_SPACE + 1) if chr(c).isspace()]] = True
        _TABLES = kind, value, space
    return _TABLES


class Sentences:
    """The sentences of a report's paragraphs (given joined by SEP): ``paragraph[k]`` is the
    paragraph of sentence k, ``first[i]`` the number of paragraph i's first sentence.

    Arrays are as small as they can be (int32 sentence numbers) and tables are read with ``take``
    (half the time of indexing): a report's arrays outgrow the processor's cache, and this runs
    for both reports of every pair."""

    def __init__(self, text: str) -> None:
        import numpy as np

        kinds, values, _ = _tables()
        self.text = text
        # surrogatepass: a lone surrogate (readers replace them, the API may not) must not abort a batch;
        # "clip": beyond the BMP, the tables' last entry (nothing folded, kept or a space)
        self._codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        self._kind = kinds.take(self._codes, mode="clip")  # of the text as written
        kept = self._kind != _DROPPED
        self.kind = self._kind[kept]  # of the folded text
        # folded: only Latin capitals and full-width signs change (a few characters of a report),
        # so the 256 KB table is read for them alone (code - low <= span: unsigned, one test per range)
        self.folded = folded = self._codes[kept]
        fold = ((folded - _FOLD_LOW) <= _FOLD_SPAN) | ((folded - _FULL_LOW) <= _FULL_SPAN)
        if fold.any():
            at = fold.nonzero()[0]
            folded[at] = values.take(folded[at])
        end = self.kind >= _END
        ends = end.nonzero()[0]
        # how many characters each sentence has: a mask by sentence spread over the characters by
        # np.repeat, a third of the time of reading it through ``sentence``
        self.sizes = np.diff(np.concatenate(([0], ends + 1, [len(end)])))
        # the sentence of each character: each sentence's number repeated (a cumsum took twice as long)
        self.sentence = np.arange(len(self.sizes), dtype=np.int32).repeat(self.sizes)
        at_sep = self.kind[ends] == _SEP
        self.paragraph = np.concatenate(([0], at_sep.cumsum()))
        self.first = np.concatenate(([0], at_sep.nonzero()[0] + 1))

    def __len__(self) -> int:
        return len(self.paragraph)

    def stripped(self) -> tuple[Any, Any]:
        """Where each sentence starts in the text as written and how long it is, once stripped of
        spaces as str.strip() strips them."""
        import numpy as np

        _, _, spaces = _tables()
        size = len(self._codes)
        ends = (self._kind >= _END).nonzero()[0]
        at_sep = self._kind[ends] == _SEP
        starts = np.concatenate(([0], ends + 1))
        stops = np.concatenate((ends + 1 - at_sep, [size]))  # an end is in its sentence, SEP in none
        # runs of spaces (few): a sentence starts past the run of spaces holding its first
        # character, and ends before the one holding its last
        space = np.concatenate((spaces.take(self._codes, mode="clip"), [False]))
        edges = np.flatnonzero(space[1:] != space[:-1]) + 1  # where each run of spaces or of others starts
        runs = np.concatenate(([0], edges) if space[0] else (edges,))
        run_start, run_stop = runs[0::2], runs[1::2]  # each run of spaces: [start, stop)
        first, last = starts, stops - 1
        if len(run_start):
            k = np.maximum(run_start.searchsorted(first, side="right") - 1, 0)
            first = np.where((run_start[k] <= first) & (run_stop[k] > first), run_stop[k], first)
            k = np.maximum(run_start.searchsorted(last, side="right") - 1, 0)
            last = np.where((run_start[k] <= last) & (run_stop[k] > last), run_start[k] - 1, last)
        return first, np.where(first < stops, last + 1 - first, 0)

    def kept(self, paragraphs: Any, min_chars: int = 4) -> tuple[list[str], Any, Any]:
        """For reuse: the sentences of the *paragraphs* (a mask by paragraph) of at least
        *min_chars* characters once only those that carry words are kept and each number is one
        「0」 (a copied paragraph with this year's figures is still a copy), as (texts, paragraph
        of each, length of each)."""
        import numpy as np

        kind = self.kind
        digit = kind == _DIGIT
        word = (kind == _WORD) | digit
        word[1:] &= ~(digit[1:] & digit[:-1])  # a number is its first digit
        word &= np.repeat(paragraphs.take(self.paragraph), self.sizes)
        at = word.nonzero()[0]
        sentence = self.sentence.take(at)
        cut = np.ones(len(at) + 1, dtype=bool)
        np.not_equal(sentence[1:], sentence[:-1], out=cut[1:-1])
        bounds = cut.nonzero()[0]
        starts, lengths = bounds[:-1], bounds[1:] - bounds[:-1]
        long = lengths >= min_chars
        codes = np.where(digit.take(at), 48, self.folded.take(at))
        kept = codes.tobytes().decode("utf-32-le", "surrogatepass")
        starts, lengths = starts[long], lengths[long]
        texts = [kept[i:j] for i, j in zip(starts.tolist(), (starts + lengths).tolist(), strict=True)]
        return texts, self.paragraph[sentence[starts]], lengths

    def grams(self, chosen: Any) -> tuple[Any, Any]:
        """For comparison: (sentence, bigram code) for every distinct bigram of the *chosen*
        sentences (numbered 0, 1, … in their order), over the characters that carry words (CJK,
        digits, a-z, %; the characters on either side of any other make a bigram); sorted by code,
        then by sentence (as ``commitments.compare`` reads them)."""
        import numpy as np

        number = chosen.cumsum() - 1  # each chosen sentence's number
        at = (((self.kind == _WORD) | (self.kind == _DIGIT)) & np.repeat(chosen, self.sizes)).nonzero()[0]
        sentence = self.sentence.take(at)
        a = self.folded.take(at).astype(np.int64)
        same = sentence[:-1] == sentence[1:]
        codes = ((a[:-1] << 21) | a[1:])[same]
        sids = number.take(sentence[:-1][same])
        shift = max(1, int(number[-1] + 1 if len(number) else 0).bit_length())
        if 42 + shift <= 63:  # codes have 42 bits
            key = (codes << shift) | sids
            key.sort()  # sorting beats np.unique's hashing (~20x)
            keep = np.ones(len(key), dtype=bool)
            np.not_equal(key[1:], key[:-1], out=keep[1:])
            key = key[keep]
            return key & ((1 << shift) - 1), key >> shift
        order = np.lexsort((sids, codes))  # a report of millions of sentences
        sids, codes = sids[order], codes[order]
        keep = np.ones(len(codes), dtype=bool)
        keep[1:] = (codes[1:] != codes[:-1]) | (sids[1:] != sids[:-1])
        return sids[keep], codes[keep]
