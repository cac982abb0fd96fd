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
        space[[c for c in range(0x10000) if chr(c).isspace()]] = True
        _TABLES = kind, value, space
    return _TABLES


class Sentences:
    """The sentences of a report's paragraphs (given joined by SEP): ``paragraph[k]`` is the
    paragraph of sentence k, ``first[i]`` the number of paragraph i's first sentence."""

    def __init__(self, text: str) -> None:
        import numpy as np

        kinds, values, _ = _tables()
        self.text = text
        # surrogatepass: a lone surrogate (readers replace them, the API may not) must not abort a batch
        self._low = np.minimum(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32), 0xFFFF)
        self._kind = kinds[self._low]  # of the text as written
        kept = self._kind != _DROPPED
        self.kind = self._kind[kept]  # of the folded text
        self.folded = values[self._low[kept]]
        end = self.kind >= _END
        ends = end.nonzero()[0]
        self.sentence = end.cumsum() - end  # the sentence of each character
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
        ends = (self._kind >= _END).nonzero()[0]
        at_sep = self._kind[ends] == _SEP
        starts = np.concatenate(([0], ends + 1))
        stops = np.concatenate((ends + 1 - at_sep, [len(self._low)]))  # an end is in its sentence, SEP in none
        solid = np.concatenate(((~spaces[self._low]).nonzero()[0], [len(self._low)]))  # a guard past the end
        first = solid[solid.searchsorted(starts)]
        last = solid[np.maximum(solid.searchsorted(stops) - 1, 0)]
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
        at = word.nonzero()[0]
        sentence = self.sentence[at]
        at = at[paragraphs[self.paragraph[sentence]]]
        sentence = self.sentence[at]
        cut = np.ones(len(at) + 1, dtype=bool)
        np.not_equal(sentence[1:], sentence[:-1], out=cut[1:-1])
        bounds = cut.nonzero()[0]
        starts, lengths = bounds[:-1], bounds[1:] - bounds[:-1]
        long = lengths >= min_chars
        starts, lengths = starts[long], lengths[long]
        codes = self.folded[at]
        codes[digit[at]] = 48
        kept = codes.tobytes().decode("utf-32-le", "surrogatepass")
        texts = [kept[i:j] for i, j in zip(starts.tolist(), (starts + lengths).tolist(), strict=True)]
        return texts, self.paragraph[sentence[starts]], lengths

    def grams(self, chosen: Any) -> tuple[Any, Any]:
        """For comparison: (sentence, bigram code) for every distinct bigram of the *chosen*
        sentences (numbered 0, 1, … in their order), over the characters that carry words (CJK,
        digits, a-z, %; the characters on either side of any other make a bigram)."""
        import numpy as np

        number = chosen.cumsum() - 1  # each chosen sentence's number
        at = ((self.kind == _WORD) | (self.kind == _DIGIT)).nonzero()[0]
        sentence = self.sentence[at]
        at = at[chosen[sentence]]
        sentence = self.sentence[at]
        a = self.folded[at].astype(np.int64)
        same = sentence[:-1] == sentence[1:]
        codes = ((a[:-1] << 21) | a[1:])[same]
        key = (number[sentence[:-1][same]] << 42) | codes
        key.sort()  # sorting beats np.unique's hashing (~20x)
        keep = np.ones(len(key), dtype=bool)
        np.not_equal(key[1:], key[:-1], out=keep[1:])
        key = key[keep]
        return key >> 42, key & ((1 << 42) - 1)
