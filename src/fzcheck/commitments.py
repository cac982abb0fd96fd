"""Last year's plans traced into this year's report (承诺兑现).

A report's part 「下一年度推进法治政府建设的主要安排」 is split into commitments: numbered items
(（一）、1.、一是……二是……) and, inside an item, each clause with its own verb and a concrete object
(a system, a training, a document, a figure). Aims (「提高……意识」), ways (「通过……形式」) and slogans
(the checklist's masks) are context, not commitments. A commitment counts as carried out when a
sentence of this year's report shares its key terms and much of its wording (character bigrams
weighted by rarity): no network and no model, so the judgement can be read back from the text.

Everything here works on plain data (lines and strings), so that a batch worker can send the part
of a report that the next year's report needs as a small payload (fzcheck.payload).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from fzcheck.checklist.regex_inspect import required_literal
from fzcheck.figures import figure_spans, has_figure
from fzcheck.payload import BODY, MEASURE, PLAN, mask, paragraphs, sentences
from fzcheck.reuse import Reuse, reused
from fzcheck.sentences import SEP
from fzcheck.textnorm import fold

# Item markers at the start of a paragraph or after a sentence end: 一是 （一） (1) 1. 一、 第一，
_MARKER = re.compile(r"(?:^|(?<=[。；;！？!?]))\s*(?:([一二三四五六七八九十]{1,3})是"
                     r"|第([一二三四五六七八九十]{1,3})[，,、]|[（(]([一二三四五六七八九十\d]{1,3})[)）]|(\d{1,2})[.．、](?!\d)|([一二三四五六七八九十]{1,3})、)")
_SENTENCE = re.compile(r"(?<=[。；;！？!?])")
_CLAUSE = re.compile(r"[，,：:]")
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,20})[”\"」』]")
_DOCUMENT = re.compile(r"《[^》]{2,60}》")
# Words that open a clause without changing what it does.
_ADVERBS = re.compile(
    r"^(?:另一方面|与此同时|同时|此外|并且|并|还要|还|要|将|坚决|积极|及时|全面|定期|不定期|广泛|切实|有效|持续|自觉|充分|"
    r"依法依规|依法|进一步|大力|着力|认真|严格|不断|深入|加快|扎实|主动|继续|努力|重点|尤其|逐步|稳步|力争|全力|统筹|"
    r"适时|每年|每季度|每月|常态化|规范化|及早|全年|年内|年底前|年底|上半年|下半年|年中)+")
_VERBS = (
    "开展|推进|推行|推广|推动|加强|加大|公布|公开|建立|健全|完善|落实|执行|组织|听取|征求|发挥|实施|制定|修订|出台|"
    "开设|举办|召开|印发|编制|打造|深化|做好|抓好|做实|抓实|实行|配备|配齐|聘请|邀请|聘任|培训|审核|审查|清理|备案|评估|"
    "考核|督察|督查|检查|宣传|普及|办理|化解|调解|设立|成立|增设|报送|参加|学习|联系|完成|实现|申领|换领|公示|记录|"
    "归档|接受|注重|提高|提升|增强|强化|确保|促进|保障|营造|形成|树立|引导|探索|创新|用好|利用|依托|运用|构建|坚持|贯彻|"
    "扩大|动员|整治|整改|排查|处置|优化|压实|明确|细化|梳理|更新|规范|建设|落细|把好|严把|拓展|筑牢|夯实|维护|彰显|"
    "调整|纳入|开通|上线|编写|出版|制作|发放|走访|回访"
)
_VERB = re.compile(rf"({_VERBS})(?!性)")
# A clause that says how or for what, not what is done.
_MEANS = re.compile(r"^(?:采取|采用|通过|围绕|按照|依照|根据|结合|依托|借助|以|对|对于|针对|涉及|在|为|从)")
# Aims: 「提高……意识」「确保……合规合法」; and attitudes: 「自觉接受社会监督」「注重……」
_AIM_VERBS = re.compile(r"^(?:提高|提升|增强|强化|确保|促进|保障|营造|形成|树立|筑牢|夯实|维护|彰显|推动|实现)")
_AIM_NOUNS = re.compile(r"(?:意识|素养|水平|能力|氛围|观念|理念|成效|实效|质效|效能|效率|合规合法|合法合规|合法|公信力|"
                        r"满意度|获得感|参与度|安全感|法治化|规范化|现代化|建设|稳定|作风|形象)$")
_ATTITUDES = re.compile(r"^(?:接受|注重|坚持|贯彻|着眼|立足|聚焦|服务)")
_MEANS_OR_ATTITUDE = re.compile(f"{_MEANS.pattern}|{_ATTITUDES.pattern}")  # one pass for both
# A lead naming the field of the clauses that follow: 「做好干部法治知识提升工作，定期开展……」
_LEAD = re.compile(r"^(?:做好|抓好|做实|抓实|落实好)[^，,]{2,20}工作$")
# Objects that make a clause a checkable undertaking.
_CONCRETE = re.compile(
    r"培训|制度|机制|管理|信息|程序|意见|论证|审核|审查|平台|清单|台账|证件|执法证|检查|考核|活动|会议|讲座|调解|目录|"
    r"标准|试点|示范|评估|档案|备案|清理|公示|记录|顾问|律师|专家|规划|方案|办法|规定|文件|案件|案卷|复议|应诉|诉讼|"
    r"出庭|听证|热线|窗口|网格|系统|事项|工作站|中心|阵地|专栏|普法|宣讲|法律服务|述法|旁听|督察|督查|预案|演练"
)
# Bigrams too common in plans and measures to tell two undertakings apart.
_COMMON = frozenset((
    "开展", "加强", "推进", "积极", "全面", "工作", "提高", "提升", "持续", "深化", "不断", "切实",
    "有效", "及时", "认真", "严格", "依法", "法治", "行政", "政府", "建设", "街道", "全街", "我街",
    "全区", "我区", "全镇", "我镇", "组织", "落实", "推动", "强化", "完善", "健全", "加大", "力度",
    "方面", "相关", "有关", "各类", "全年", "坚持", "各项",
))
_fold = functools.lru_cache(maxsize=4096)(fold)  # short texts (clauses, terms), folded again and again
# a commitment's figures (start, text, value, unit), read for its targets and again, when it is
# compared, to leave them out
_figures = functools.lru_cache(maxsize=1024)(figure_spans)
_GENERIC_TAIL = re.compile(r"(?:有效)?(?:工作|力度|作用)$")
# what a text ends with for _GENERIC_TAIL to match ($: at the end or before a last \n)
_GENERIC_TAIL_ENDS = ("作", "度", "用", "\n")
_GENERIC_HEAD = re.compile(r"^(?:相关领域|相关|有关|各类|各项|全体|全部)")
_ENUMERATION = re.compile(r"[、和及与]")
_ETC = re.compile(r"等[^、]{0,4}$")
_TARGET = re.compile(r"(不少于|不低于|至少|达到|超过|力争达到|覆盖率达|达)\s*$")


@dataclass(slots=True)
class Commitment:
    line: int  # where it stands in the previous report (line, Word paragraph or PDF page)
    title: str  # the undertaking in a few words: 「定期开展法治知识培训」
    core: str  # the undertaking's own clauses
    context: str  # the item title, ways and aims around it
    terms: list[str] = field(default_factory=list)  # what identifies it: objects, named documents, quoted terms
    targets: list[tuple[float, str, str]] = field(default_factory=list)  # (value, unit, as written): 「不少于2次」

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "title": self.title, "core": self.core, "context": self.context,
                "terms": list(self.terms), "targets": [list(t) for t in self.targets]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Commitment:
        return cls(data["line"], data["title"], data["core"], data["context"], list(data["terms"]),
                   [(float(v), str(u), str(w)) for v, u, w in data["targets"]])


# ---------------------------------------------------------------- extraction

def extract(paragraphs: Iterable[tuple[int, str]], masks: Sequence[re.Pattern[str]] = (),
            phrases: Callable[[str], Iterable[str]] | Iterable[str] = ()) -> list[Commitment]:
    """Commitments in a plan part, given as (line, text) paragraphs (the part heading left out).

    *masks* remove slogans before anything is read; *phrases* (folded, e.g. the checklist's, or a
    function that finds them in folded text) become key terms where they occur."""
    if callable(phrases):
        known = phrases
    else:
        listed = [p for p in phrases if len(p) >= 3]
        known = lambda text: [p for p in listed if p in text]  # noqa: E731
    mask = _masker(tuple(masks))
    out: list[Commitment] = []
    for line, text in paragraphs:
        items = _items(text)
        for k, (number, body) in enumerate(items):
            sentences = [s for s in _SENTENCE.split(body) if s.strip()]
            nxt = items[k + 1][0] if k + 1 < len(items) else None
            if len(sentences) == 1 and nxt == 1 and number not in (None, 1):
                continue  # 「二是持续强化法治队伍建设。一是……」: the title of the sub-items that follow
            title = ""
            if len(sentences) > 1 and len(_strip(sentences[0])) <= 25:
                title, sentences = _strip(sentences[0]), sentences[1:]
            found = [c for sentence in sentences for c in _undertakings(line, sentence, title, mask, known)]
            if not found and title:  # 「一是开展执法培训。全年不少于2次。」: the title is the undertaking
                found = _undertakings(line, title, "", mask, known)
            out.extend(found)
    return out


@functools.lru_cache(maxsize=16)
def _masker(masks: tuple[re.Pattern[str], ...]) -> Callable[[str], str]:
    """A checklist's masks as one function that cuts them out of a text: joined in one pattern (one
    pass over each sentence instead of one per mask; one by one when they cannot be joined, e.g. a
    mask with its own flags), run only on a text holding a word one of them requires (a plain
    search, ten times cheaper than the pattern, and most sentences hold none)."""
    if not masks:
        return lambda text: text
    try:
        joined = re.compile("|".join(f"(?:{m.pattern})" for m in masks))
        apply: Callable[[str], str] = lambda text: joined.sub("", text)  # noqa: E731
    except re.error:
        apply = lambda text: functools.reduce(lambda t, m: m.sub("", t), masks, text)  # noqa: E731
    literals = {required_literal(m) for m in masks}
    if None in literals:
        return apply
    needed = re.compile("|".join(re.escape(lit) for lit in sorted(filter(None, literals), key=len, reverse=True)))
    return lambda text: apply(text) if needed.search(text) else text


def _items(text: str) -> list[tuple[int | None, str]]:
    """A paragraph cut at its item markers: (number or None, text after the marker)."""
    cuts = [(m.start(), m.end(), _number(m)) for m in _MARKER.finditer(text)]
    if not cuts:
        return [(None, text)]
    out: list[tuple[int | None, str]] = []
    if text[:cuts[0][0]].strip():
        out.append((None, text[:cuts[0][0]]))
    for i, (_, end, number) in enumerate(cuts):
        stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        if text[end:stop].strip():
            out.append((number, text[end:stop]))
    return out


def _number(m: re.Match[str]) -> int | None:
    raw = next((g for g in m.groups() if g), "")
    if raw.isdigit():
        return int(raw)
    from fzcheck.figures import _cn_value

    return _cn_value(raw) or None


def _strip(text: str) -> str:
    return text.strip().strip("。；;，,、：: ")


def _undertakings(line: int, sentence: str, title: str, mask: Callable[[str], str],
                  known: Callable[[str], Iterable[str]]) -> list[Commitment]:
    documents = _DOCUMENT.findall(sentence) if "《" in sentence else []
    sentence = mask(sentence)
    # each clause as c.strip() and as _strip(c), which is also _strip(c.strip()): stripped once here
    cut = [(c.strip(), bare) for c in _CLAUSE.split(_strip(sentence)) if (bare := _strip(c))]
    clauses = [c for c, _ in cut]
    stripped = [c for _, c in cut]
    read = [_read_bare(_unadorned(c)) for c in stripped]
    kinds = [kind for kind, _, _ in read]
    if "lead" in kinds:
        for i, kind in enumerate(kinds):  # a lead goes with the undertaking after it
            if kind == "lead":
                kinds[i] = "context" if "task" in kinds[i + 1:] else "task"
    tasks = [i for i, kind in enumerate(kinds) if kind == "task"]
    out: list[Commitment] = []
    for n, i in enumerate(tasks):
        # context clauses belong to the task before them, or, before the first task, to the first
        start = 0 if n == 0 else i
        stop = tasks[n + 1] if n + 1 < len(tasks) else len(clauses)
        context = [c for j, c in enumerate(stripped[start:stop], start) if j != i]
        core = stripped[i]
        # the clause as _read read it (bare text, verb), read again only when stripping changed it
        if core == clauses[i]:
            _, text, verb = read[i]
        else:
            text = _bare(core)
            verb = _VERB.search(text)
        docs = documents if n == 0 else []
        out.append(Commitment(line=line, title=_title(text, verb), core=core,
                              context="，".join([title, *context]).strip("，"),
                              terms=_terms(core, "，".join(context), docs, known, text, verb),
                              targets=_targets(core)))
    return out


def _bare(clause: str) -> str:
    """A clause without the words that open it without changing what it does (「积极」「及时」)."""
    return _unadorned(_strip(clause))


@functools.lru_cache(maxsize=1024)
def _unadorned(stripped: str) -> str:
    """``_bare`` of a clause already stripped (``_strip``)."""
    return _ADVERBS.sub("", stripped)


def _kind(clause: str) -> str:
    """task (a checkable undertaking), lead, or context (ways, aims, attitudes, slogans)."""
    return _read(clause)[0]


def _read(clause: str) -> tuple[str, str, re.Match[str] | None]:
    """The clause's kind (see ``_kind``), its bare text and the verb found in it (None before the
    verb is looked for): what the title and the key terms are read from too."""
    return _read_bare(_bare(clause))


def _read_bare(text: str) -> tuple[str, str, re.Match[str] | None]:
    """``_read`` of a clause's bare text."""
    if not text or text.endswith("的") or _MEANS_OR_ATTITUDE.match(text):
        return "context", text, None
    if _AIM_VERBS.match(text) and _AIM_NOUNS.search(text):
        return "context", text, None
    verb = _VERB.search(text)
    # the verb opens the clause, or follows its subject: 「重要的行政规范性文件依法依规执行……」
    if verb is None or verb.start() > (30 if "的" in text[:verb.start()] else 12):
        return "context", text, verb
    obj = text[verb.end():]
    if not (_CONCRETE.search(obj) or _QUOTED.search(obj) or _DOCUMENT.search(obj) or has_figure(obj)):
        return "context", text, verb
    return "lead" if _LEAD.match(text) else "task", text, verb


def _title(text: str, verb: re.Match[str] | None, width: int = 24) -> str:
    """A task's title from its bare text and verb (as ``_read`` gives them)."""
    if verb is not None and verb.start() > 0 and "的" in text[:verb.start()]:
        text = text[verb.start():]  # 「重要的行政规范性文件依法依规执行……程序」 → 「执行……程序」
    return text if len(text) <= width else text[:width] + "…"


def _terms(core: str, context: str, documents: list[str], known: Callable[[str], Iterable[str]],
           text: str, verb: re.Match[str] | None) -> list[str]:
    """Key terms: named documents, quoted terms, the checklist's phrases and the object of the verb
    (*text* and *verb*: the task's bare text and its verb, as ``_read`` gives them)."""
    out: list[str] = [*documents, *_QUOTED.findall(core)]
    obj = ""
    if verb is not None:
        obj = _without_targets(text[verb.end():])
        if obj[-1:] in _GENERIC_TAIL_ENDS:  # the pattern can match nowhere else
            obj = _GENERIC_TAIL.sub("", obj)
        tail = obj.rpartition("的")[2]
        obj = tail if len(tail) >= 4 else obj
        head = obj.partition("其")[0]
        obj = head if len(head) >= 4 else obj  # 「专家论证其必要性」
        obj = _GENERIC_HEAD.sub("", obj)
    folded = [_fold(t) for t in out]  # of each term in out, in step with it
    # the checklist's phrases in the undertaking (in its context when it has none), less those
    # the object already holds: 「行政执法」 says nothing that 「行政执法人员资格管理」 does not
    folded_obj = _fold(obj)
    for source in (core, context) if len(obj) < 3 else (core,):
        found = sorted((p for p in known(_fold(source)) if len(p) >= 3 and p not in folded_obj), key=len,
                       reverse=True)
        found = [p for p in found if not any(p != q and p in q for q in found)]
        for p in found:  # each against the terms before it, those just added too
            if not any(p in t for t in folded):
                out.append(p)
                folded.append(_fold(p))
        if found:
            break
    if _QUOTED.search(obj):
        obj = ""  # the quoted term says it
    # an enumeration is several objects: 「评估论证、公开征求意见、合法性审核等程序」
    for piece in _ENUMERATION.split(_ETC.sub("", obj)):
        if len(piece) >= 3:
            folded_piece = _fold(piece)
            if not any(folded_piece in t for t in folded):
                out.append(piece)
                folded.append(folded_piece)
    return list(dict.fromkeys(out))


def _without_targets(text: str) -> str:
    """*text* less its figures and their cues: 「资格培训不少于2次」 → 「资格培训」."""
    if not has_figure(text):
        return text
    for start, written, _, _ in reversed(_figures(text)):
        cue = _TARGET.search(text[:start])
        text = text[:cue.start() if cue else start] + text[start + len(written):]
    return text


def _targets(core: str) -> list[tuple[float, str, str]]:
    if not has_figure(core):
        return []
    out = []
    for start, written, value, unit in _figures(core):
        cue = _TARGET.search(core[:start])
        out.append((value, unit, (cue.group(1) if cue else "") + written))
    return out


# ---------------------------------------------------------------- comparison

DONE, PARTIAL, OPEN = "done", "partial", "open"


@dataclass(slots=True)
class Outcome:
    commitment: Commitment
    status: str  # done | partial | open
    score: float
    line: int | None = None  # where this year's report carries it out
    sentence: str = ""
    target: str = ""  # the figure the plan named and this year's text lacks: 「不少于2次」
    actual: str = ""  # the figure found instead: 「1次」 ("" when there is none)


@dataclass(slots=True)
class Trace:
    outcomes: list[Outcome]
    reused: list[Reuse]
    reused_share: float  # of this year's body text, by characters
    fulfilled: float | None  # share carried out (partial counts half); None when nothing to check

    def unfulfilled(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status != DONE]


@dataclass(slots=True)
class Measures:
    """This year's sentences that commitments are compared with: how many, their bigrams (sentence,
    code: ``Sentences.grams``, sorted by code, then by sentence) and where each stands (line,
    sentence as written)."""

    n: int
    sids: Any
    codes: Any
    sentence: Callable[[int], tuple[int, str]]


_COMMON_CODES: Any = None  # sorted codes of _COMMON (numpy is imported only when comparing)


def compare(commitments: list[Commitment], measures: Measures, *, done: float = 0.5,
            partial: float = 0.3) -> list[Outcome]:
    """Each commitment against this year's measures.

    A sentence's share of a commitment's wording is the weight of the commitment's bigrams it
    holds (rare ones weigh more) over the weight of all of them; a key term counts as held when
    the sentence holds all its bigrams (0.7: most of them). Every commitment against every
    sentence at once, with numpy: with sets, the comparison cost more than checking the reports."""
    import numpy as np

    global _COMMON_CODES
    if _COMMON_CODES is None:
        _COMMON_CODES = _common_codes()
    n, m = measures.n, len(commitments)
    if not n or not m or not len(measures.codes):  # no sentence holds two word characters (「——————。」)
        return [Outcome(c, OPEN, 0.0) for c in commitments]
    # the sentences' bigrams by code, and for each the sentences holding it (in order: see _scores)
    ordered, holders = measures.codes, measures.sids  # sorted so by Sentences.grams
    bounds = np.concatenate(([True], ordered[1:] != ordered[:-1], [True])).nonzero()[0]
    known, df = ordered[bounds[:-1]], bounds[1:] - bounds[:-1]  # each bigram and how many sentences hold it
    # memory stays bounded on a huge report: commitments × sentences tables of at most CELLS cells
    step = max(1, CELLS // (4 * n))
    return [o for k in range(0, m, step)
            for o in _scores(commitments[k:k + step], measures, (known, df, bounds[:-1], holders), done, partial)]


CELLS = 4_000_000


def _scores(commitments: list[Commitment], measures: Measures, index: tuple[Any, Any, Any, Any], done: float,
            partial: float) -> list[Outcome]:
    """Outcomes of *commitments* against the measures, whose bigrams *index* gives: each bigram
    (sorted), how many sentences hold it, where those start in *holders*, and the sentences."""
    import numpy as np

    known, df, starts, holders = index
    n, m = measures.n, len(commitments)
    # one table of bigrams, sorted by code, for m owners (commitments: their wording, figures aside,
    # as these are checked on their own) and then one per key term
    flat = [(i, _fold(t).strip("《》")) for i, c in enumerate(commitments) for t in c.terms]
    owner, key = _gram_table([_fold(_without_targets(c.core)) for c in commitments] + [t for _, t in flat])
    order = key.argsort(kind="stable")
    owner, key = owner[order], key[order]
    at = np.minimum(known.searchsorted(key), len(known) - 1)
    counts = np.where(known[at] == key, df[at], 0)
    common = _COMMON_CODES[np.minimum(_COMMON_CODES.searchsorted(key), len(_COMMON_CODES) - 1)] == key
    weights = np.where(owner >= m, 1.0, np.where(common, 0.3, np.log((n + 1) / (counts + 1)) + 1.0))
    owners = m + len(flat)
    totals = np.bincount(owner, weights=weights, minlength=owners)
    # (owners, n): the weight of each owner's bigrams each sentence holds. Every owner's bigram
    # with the sentences holding it; a cell sums its bigrams in the order of their codes
    rows = counts.nonzero()[0]
    spans = counts[rows]
    pick = (starts[at[rows]] - spans.cumsum() + spans).repeat(spans) + np.arange(int(spans.sum()))
    cells = (owner[rows] * n).repeat(spans) + holders[pick]
    held = (np.bincount(cells, weights=weights[rows].repeat(spans), minlength=owners * n).reshape(owners, n)
            / np.maximum(totals, 1e-9)[:, None])
    scores = shares = held[:m]
    if flat:
        term_score = np.where(held[m:] >= 0.999, 1.0, np.where(held[m:] >= 0.6, 0.7, 0.0)) * (totals[m:] > 0)[:, None]
        of = np.array([i for i, _ in flat], dtype=np.int64)  # ascending: each commitment's terms together
        first = np.concatenate(([True], of[1:] != of[:-1])).nonzero()[0]
        per = np.zeros((m, n))
        per[of[first]] = np.add.reduceat(term_score, first, axis=0)
        count = np.bincount(of, minlength=m)
        scores = np.where((count > 0)[:, None], 0.5 * shares + 0.5 * per / np.maximum(count, 1)[:, None], shares)
    best_at = scores.argmax(axis=1)
    # as Python ints and floats in one go, not a numpy scalar read for each commitment
    bests = scores[np.arange(m), best_at].tolist()
    out: list[Outcome] = []
    for c, where, best in zip(commitments, best_at.tolist(), bests, strict=True):
        status = DONE if best >= done else PARTIAL if best >= partial else OPEN
        outcome = Outcome(c, status, round(best, 2))
        if status != OPEN:
            outcome.line, outcome.sentence = measures.sentence(where)
            if c.targets:
                _check_targets(outcome)
        out.append(outcome)
    return out


def _code(bigram: str) -> int:
    return (ord(bigram[0]) << 21) | ord(bigram[1])


def _common_codes() -> Any:
    import numpy as np

    return np.array(sorted(_code(b) for b in _COMMON), dtype=np.int64)


def _gram_table(texts: list[str]) -> tuple[Any, Any]:
    """(sentence, bigram code) for every distinct bigram of each folded text, over the characters
    that carry words (CJK, digits, a-z, %: the others are left out, and the characters on either
    side of one make a bigram), all texts at once."""
    import numpy as np

    joined = "\n".join(texts)
    a = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    sid = (a == 10).cumsum()  # the text each character belongs to
    keep = (((a >= 0x4E00) & (a <= 0x9FFF)) | ((a >= 48) & (a <= 57)) | ((a >= 97) & (a <= 122)) | (a == 37))
    a, sid = a[keep], sid[keep]
    same = sid[:-1] == sid[1:]
    codes = ((a[:-1] << 21) | a[1:])[same]
    key = (sid[:-1][same] << 42) | codes
    key.sort()  # sorting beats np.unique's hashing here (~20x)
    key = key[np.concatenate(([True], key[1:] != key[:-1]))]
    return key >> 42, key & ((1 << 42) - 1)


def _check_targets(outcome: Outcome) -> None:
    """A plan that names a figure (「培训不少于2次」) is carried out only with that figure or more."""
    found = figure_spans(outcome.sentence)
    for value, unit, written in outcome.commitment.targets:
        same = [f for f in found if f[3] == unit]  # (start, text, value, unit)
        if not same:
            outcome.status, outcome.target = PARTIAL, written
        elif max(f[2] for f in same) < value:
            outcome.status, outcome.target = PARTIAL, written
            outcome.actual = max(same, key=lambda f: f[2])[1]


def commitments_of(previous: dict[str, Any], checklist: Any) -> list[Commitment]:
    """The commitments of a report's plan part (made once, kept in its payload)."""
    made = previous.get("_commitments")
    if made is None:
        lines, texts = paragraphs(previous)
        plan = [(lines[i], _strip_marker(texts[i])) for i, part in enumerate(previous["parts"]) if part == PLAN]
        # the checklist's phrases in the whole plan part, found in one scan; each clause then holds some of them
        present = _term_index(checklist)(fold(SEP.join(text for _, text in plan)))
        made = previous["_commitments"] = extract(plan, checklist.mask, present)
    return made


def _term_index(checklist: Any) -> Callable[[str], list[str]]:
    """The checklist's phrases that can be key terms (3 characters or more: ``extract``) found in a
    folded text, in the order they first end there (as ``PhraseIndex.scan`` gives them). An
    automaton of their own, kept with the checklist, in the compact form: a plan part is scanned
    once per report, with the automaton mostly out of the processor's cache, where the checks'
    DFA of every phrase took twice as long."""
    scan = checklist.cache.get("commitment-terms")
    if scan is None:
        import ahocorasick_rs

        from fzcheck.textindex import checklist_phrases

        # not all_phrases_index: every batch worker that pairs reports makes this once, and its DFA took 3 ms
        phrases = [p for p in checklist_phrases(checklist) if len(p) >= 3]
        automaton = (ahocorasick_rs.AhoCorasick(phrases, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
                     if phrases else None)

        def scan(text: str) -> list[str]:
            found = [] if automaton is None else automaton.find_matches_as_indexes(text, overlapping=True)
            return list(dict.fromkeys(phrases[i] for i, _, _ in found))

        checklist.cache["commitment-terms"] = scan
    return scan  # type: ignore[no-any-return]


def trace(previous: dict[str, Any], current: dict[str, Any], checklist: Any, *, done: float = 0.5,
          partial: float = 0.3, reuse_similarity: float = 0.8) -> Trace:
    """Last year's payload against this year's (see ``payload``)."""

    commitments = commitments_of(previous, checklist)
    lines, texts = paragraphs(current)
    before_lines, _ = paragraphs(previous)
    now, before = sentences(current), sentences(previous)
    taken = reused(now.kept(mask(current, "kinds", BODY)), before.kept(mask(previous, "kinds", BODY)),
                   lines, texts, before_lines, similarity=reuse_similarity)
    # this year's measures, less the paragraphs taken over: last year's words carry out nothing this year
    measures = _measures(current, {r.paragraph for r in taken})
    outcomes = compare(commitments, measures, done=done, partial=partial)
    total = sum(len(text) for text, kind in zip(texts, current["kinds"], strict=True) if kind == BODY) or 1
    share = sum(len(r.text) for r in taken) / total
    value = {DONE: 1.0, PARTIAL: 0.5, OPEN: 0.0}
    fulfilled = (sum(value[o.status] for o in outcomes) / len(outcomes)) if outcomes else None
    return Trace(outcomes, taken, round(share, 3), None if fulfilled is None else round(fulfilled, 3))


def _measures(current: dict[str, Any], left_out: set[int]) -> Measures:
    """The sentences of this year's measures of 6 characters or more (once stripped), but those
    of the paragraphs *left_out*."""

    lines, _ = paragraphs(current)
    cut = sentences(current)
    measure = mask(current, "parts", MEASURE)
    measure[sorted(left_out)] = False
    start, length = cut.stripped()
    chosen = measure[cut.paragraph] & (length >= 6)
    number = chosen.nonzero()[0]

    def sentence(k: int) -> tuple[int, str]:
        at = int(number[k])
        return lines[int(cut.paragraph[at])], cut.text[int(start[at]):int(start[at] + length[at])]

    sids, codes = cut.grams(chosen)
    return Measures(len(number), sids, codes, sentence)


_HEADING_MARKER = re.compile(r"^\s*(?:#+\s*)?(?=[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．])")


def _strip_marker(text: str) -> str:
    return _HEADING_MARKER.sub("", text)
