"""What a line of a report looks like to the format readers: numbered like a heading, worded like
the report's title. Shared by the Word, PDF and web-page readers."""

from __future__ import annotations

import re

# Numbering the parser recognises at the start of a heading (「一、」「（一）」「1.」「（1）」「第一部分」「①」)
HEADING_NUMBER = (
    r"第[一二三四五六七八九十]{1,3}(?:部分|章)|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]"
    r"|\d{1,2}\s*[.．、](?!\d)|[（(]\s*\d{1,2}\s*[）)]|[①②③④⑤⑥⑦⑧⑨⑩]"
)
# A page number in a margin, spaces squeezed: 「- 3 -」「第3页 共9页」「3/9」「共9页第3页」「Page 3 of 9」
PAGE_NUMBER_FORMS = (r"[-—–－]\d{1,4}[-—–－]|第\d{1,4}页(?:[，,/]?共\d{1,4}页)?|\d{1,4}/\d{1,4}|共\d{1,4}页第\d{1,4}页"
                     r"|page\d{1,4}(?:of\d{1,4})?")
_TITLE_WORDS = re.compile(r"报告|報告|总结|總結")
_TITLE_TOPIC = re.compile(r"法治|依法行政")


def report_title_like(squeezed: str) -> bool:
    """Worded like the title of an annual report on the rule of law: 4 to 100 characters (spaces
    removed) naming a report (报告, 总结) and its topic (法治, 依法行政)."""
    return (4 <= len(squeezed) <= 100 and _TITLE_WORDS.search(squeezed) is not None
            and _TITLE_TOPIC.search(squeezed) is not None)
