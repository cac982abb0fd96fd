"""How much a container may hold before it is refused: hostile inputs are bounded before any work
is done on them. Below the format readers and their package, which import it."""

from __future__ import annotations

from fzcheck.errors import InputError

# The report file itself is already capped by readers.MAX_BYTES (50 MB).
MAX_UNZIPPED = 200 * 1024 * 1024  # sum of the uncompressed sizes of a .docx's members
MAX_RATIO = 200  # uncompressed/compressed for one member larger than RATIO_FLOOR (deflate tops out near 1030)
RATIO_FLOOR = 2 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_PAGES = 2_000  # PDF pages
MAX_CHARS = 5_000_000  # characters of text from one container (a long report has 50,000)


def check_chars(text: str, source: str) -> None:
    if len(text) > MAX_CHARS:
        raise InputError(source, "err.too_much_text", chars=len(text), limit=MAX_CHARS)
