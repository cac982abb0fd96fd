"""How a careful reviewer reads a sentence before taking it as evidence (EVIDENCE.md).

A phrase of a topic found in the text is evidence only where the sentence around it reports
something the unit did. These rules look at that sentence, never at one report's wording:

- a plan or an intention (「下一步」「将进一步」「力争」「强调要」) is not this year's work;
- the preamble (the opening text before the first heading) holds slogans: only a concrete
  action there counts (「成立……联合体」, a figure);
- a sentence with no verb of doing and no figure is a slogan (「全面加强党的领导」);
- 「未发生……矛盾纠纷」: what did not happen is not an activity;
- a list sharing one verb of deliberation (「对……、……、……等工作进行了安排部署」) and an award
  or a ranking (「荣获……称号」) are weak: they add to other evidence but are not enough alone.

The word lists are data: a checklist's ``reading:`` block replaces any of them.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from fzcheck.figures import has_figure

if TYPE_CHECKING:
    from fzcheck.document import Document
    from fzcheck.textindex import Unit

_CLAUSE_END = "，,:："
_CLAUSE_END_RE = re.compile("[，,:：]")


class Reading(StrEnum):
    """Why a hit is not (full) evidence; ``ACTION`` is full evidence."""

    ACTION = "action"
    PLAN = "plan"
    PREAMBLE = "preamble"
    SLOGAN = "slogan"  # no verb of doing, no figure
    NEGATED = "negated"
    PURPOSE = "purpose"  # the words stand in what the work is for: 「……，进一步提高信访工作能力」
    DELIBERATION = "deliberation"  # weak
    AWARD = "award"  # weak

    @property
    def weak(self) -> bool:
        return self in (Reading.DELIBERATION, Reading.AWARD)


@dataclass(frozen=True, slots=True)
class ReadingRules:
    """The word lists of the reading rules (folded, like checklist phrases)."""

    # a sentence holding one of these speaks of the future or of what someone asked for
    plan_markers: tuple[str, ...] = (
        "下一步", "下步", "今后", "明年", "下一年度", "下年度", "将继续", "将进一步", "将持续", "将着力", "将重点",
        "将全面", "将加快", "将深入", "将不断", "将积极", "将坚持", "将加大", "将强化", "将扎实", "将切实", "将严格",
        "将认真", "将努力", "将加强", "将推进", "将深化", "将完善", "将健全", "将大力", "将围绕", "将聚焦",
        "将于", "将在", "要在",
        "要进一步", "要持续", "要切实", "要加强", "要坚持", "要深入", "要全面", "要不断",
        "力争", "争取", "拟于", "拟在", "计划于", "计划在", "打算")
    # what someone asked for: not done, but it follows what was (「常务会议专题学习……，要求各部门……」)
    demand_markers: tuple[str, ...] = (
        "强调要", "要求各", "指出要", "提出要", "要求全", "要求有关", "要求相关", "要求：", "强调：")
    # verbs of doing: a sentence without one of these and without a figure reports no activity
    action_verbs: tuple[str, ...] = (
        "开展", "组织", "制定", "修订", "修改", "出台", "印发", "发布", "公布", "落实", "审查", "审核", "备案", "报备",
        "清理", "废止", "公开", "公示", "培训", "学习", "学法", "研讨", "聘请", "聘任", "聘用", "调解", "化解", "调处",
        "排查", "办理", "受理", "办结", "答复", "举办", "召开", "主持", "建立", "成立", "设立", "组建", "完成", "实现",
        "推行", "实行", "实施", "施行", "配备", "参与", "参加", "出具", "提出", "审议", "讨论", "论证", "评估", "评查",
        "检查", "督察", "督查", "督导", "督办", "考核", "考评", "宣讲", "宣传", "授课", "讲座", "旁听", "述法", "讲法",
        "接待", "整改", "取消", "下放", "精简", "压缩", "纳入", "编制", "梳理", "调整", "上线", "开通", "建成",
        "提供", "派驻", "查处", "处理", "收到", "作出", "做出", "进行", "执行", "部署", "听取", "研究", "出庭", "应诉",
        "复议", "签订", "签署", "录入", "推送", "汇编", "报送", "通报", "评议", "征求", "听证", "列席", "审批",
        "核查", "抽查", "巡查", "创建", "打造", "优化", "健全", "完善", "运用", "引入", "试点", "覆盖",
        "配置", "使用", "应用", "配合", "协助", "指导", "承办", "邀请", "发放", "张贴", "走访", "深化",
        "推进", "加强", "推动", "强化")
    # in the preamble, only these (or a figure) make a concrete action
    concrete_verbs: tuple[str, ...] = (
        "成立", "设立", "组建", "建成", "印发", "出台", "制定", "举办", "召开", "聘请", "开通", "上线", "获批", "挂牌",
        "专题学习")
    # a sentence holding one of these and 「等」 lists items under one act of deliberation
    deliberation_verbs: tuple[str, ...] = (
        "研究部署", "安排部署", "部署了", "进行了安排", "作出安排", "作出部署", "进行部署", "进行安排", "听取",
        "研究了", "专题研究", "谋划", "审议了")
    award_markers: tuple[str, ...] = (
        "获评", "荣获", "被评为", "评为", "荣誉称号", "称号", "入选", "排名", "位列", "名列", "第一名", "获奖",
        "一等奖", "二等奖", "三等奖", "先进单位", "先进集体", "最佳实践", "优秀案例", "典型案例", "表彰", "授予",
        "命名为")
    negations: tuple[str, ...] = ("未出现", "未发生", "没有发生", "没有出现", "未引发")
    # a later clause opening with one of these says what the work is for, not what was done:
    # its words are not the object of the sentence's verb (「组织学习《条例》，进一步提高信访工作能力」)
    purpose_markers: tuple[str, ...] = (
        "进一步提高", "进一步提升", "进一步增强", "不断提高", "不断提升", "切实提高", "有效提升", "从而", "提高",
        "提升", "增强", "确保", "促进", "助力", "以便", "为优化", "为推进", "为加强", "为营造", "为保障", "为促进",
        "为提升", "为进一步", "为构建", "为打造", "为实现", "为推动")

    @classmethod
    def from_config(cls, raw: dict[str, Any] | None) -> ReadingRules:
        """Defaults, with each list a checklist's ``reading:`` block gives replacing its default."""
        if not raw:
            return DEFAULT_RULES
        from fzcheck.textnorm import fold

        known = {f.name for f in fields(cls)}
        return cls(**{k: tuple(fold(str(v)) for v in vs) for k, vs in raw.items() if k in known})


DEFAULT_RULES = ReadingRules()


def sentence_span(unit: Unit, pos: int) -> tuple[int, int]:
    spans = unit.sentences()
    k = bisect.bisect_right(spans, (pos, _MAX))
    if k and spans[k - 1][0] <= pos < spans[k - 1][1]:
        return spans[k - 1]
    return 0, len(unit.text)


_MAX = 1 << 62


def clause_span(text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """The clause of the sentence text[lo:hi] that holds *pos* (split at commas and colons)."""
    start = max(text.rfind(c, lo, pos) for c in _CLAUSE_END) + 1
    m = _CLAUSE_END_RE.search(text, pos, hi)
    return max(start, lo), (m.end() if m else hi)


@functools.lru_cache(maxsize=64)
def _patterns(rules: ReadingRules) -> dict[str, re.Pattern[str]]:
    """One alternation per word list: a sentence is searched once per list, in C."""
    out = {}
    for f in fields(rules):
        words = sorted(getattr(rules, f.name), key=len, reverse=True)
        out[f.name] = re.compile("|".join(map(re.escape, words)) if words else "(?!)")
    # any word that makes a sentence more than its base reading: most sentences hold none, and
    # one search then stands for four
    marked = sorted({w for name in _MARKERS for w in getattr(rules, name)}, key=len, reverse=True)
    out["markers"] = re.compile("|".join(map(re.escape, marked)) if marked else "(?!)")
    # plans and demands alike make the words after them not this year's work
    later = sorted({*rules.plan_markers, *rules.demand_markers}, key=len, reverse=True)
    out["plans"] = re.compile("|".join(map(re.escape, later)) if later else "(?!)")
    return out


_LEAD_END = re.compile(r"如下[：:。]?\s*$")
_ITEM_OPENING = re.compile(r"\s*(?:一是|其一|首先[，,])")
_MARKERS = ("plan_markers", "demand_markers", "negations", "award_markers", "deliberation_verbs", "purpose_markers")
PLAN_OPENING = 8  # a plan marker this close to a paragraph's start makes all of it plans (「下一步，」「今后，我局将」)
_FULL_STOPS = "。！？!?"


def _holds(text: str, pattern: re.Pattern[str]) -> str | None:
    m = pattern.search(text)
    return m.group() if m else None


@dataclass(frozen=True, slots=True)
class Verdict:
    """How a hit reads: its kind, and the word that decided it (the action verb for ACTION)."""

    reading: Reading
    word: str | None = None


_SLOGAN = Verdict(Reading.SLOGAN)
_PREAMBLE = Verdict(Reading.PREAMBLE)


@dataclass(frozen=True, slots=True)
class _Sentence:
    """What a sentence holds, read once: the clause-level rules are applied per hit only where
    the sentence holds one of their words."""

    plan: str | None
    negation: bool
    award: bool
    deliberation: str | None
    base: Verdict  # ACTION (with its verb, or a figure) or SLOGAN
    purpose: int = -1  # where the first purpose marker stands (-1: none): only a hit after it may be in one


_SCENE = re.compile(r"之年|以来|后|的|之际")  # after a verb: the event is when, not what the unit did


class SentenceReader:
    """Reads the sentences that hits stand in, once each, for one document."""

    def __init__(self, doc: Document, rules: ReadingRules = DEFAULT_RULES) -> None:
        self.doc = doc
        self.rules = rules
        self._rx = _patterns(rules)
        self._preamble = _preamble(doc)
        # with no heading at all, the opening paragraph is the preamble only up to its first
        # sentence that states work with a figure (「局党组会议4次专题研究法治建设工作」): by paragraph
        self._openings: dict[int, int] = {}
        self._headless = not any(p.kind == "heading" for p in doc.paragraphs)
        self._sentences: dict[tuple[int, int], _Sentence] = {}

    def in_preamble(self, unit: Unit, pos: int = 0) -> bool:
        """Whether *pos* of the unit stands in the preamble (the text before the first heading)."""
        if unit.heading is not None or unit.paragraph.index not in self._preamble:
            return False
        return not self._headless or pos < self._opening_end(unit)

    def _opening_end(self, unit: Unit) -> int:
        end = self._openings.get(unit.seq)
        if end is None:
            end = self._openings[unit.seq] = next(
                (lo for lo, hi in unit.sentences() if self._states_work(unit, lo, hi)), len(unit.text))
        return end

    def _states_work(self, unit: Unit, lo: int, hi: int) -> bool:
        """A sentence of work ends a headless report's opening: an act with a figure, or a concrete
        act (「年初印发工作要点」), where the opening's sentences only set the scene."""
        text = unit.text
        for m in self._rx["concrete_verbs"].finditer(text, lo, hi):
            # not an event the report dates itself by: 「党的二十大胜利召开之年」「全会召开后」
            if not _SCENE.match(text, m.end()) and not text.endswith("胜利", 0, m.start()):
                return True
        return bool(self._rx["action_verbs"].search(text, lo, hi)) and has_figure(unit.original_text(lo, hi))

    def read(self, unit: Unit, start: int, end: int = 0) -> Verdict:
        """How the sentence around *start* (a position in the unit's folded text) reads; *end*:
        where the hit's words end (a group's may reach past a clause)."""
        lo, hi = sentence_span(unit, start)
        facts = self._sentences.get((unit.seq, lo))
        if facts is None:
            facts = self._sentences[unit.seq, lo] = self._facts(unit, lo, hi)
        if facts.plan and not self._acts_before_plan(unit, lo, hi, start, end):
            return Verdict(Reading.PLAN, facts.plan)
        preamble = self.in_preamble(unit, lo)
        if not (facts.negation or facts.award or facts.deliberation or 0 <= facts.purpose < start or preamble):
            return facts.base
        return self._in_clause(unit, lo, hi, start, facts, preamble)

    def _facts(self, unit: Unit, lo: int, hi: int) -> _Sentence:
        rx, sentence = self._rx, unit.text[lo:hi]
        action = _holds(sentence, rx["action_verbs"])
        if action:
            base = Verdict(Reading.ACTION, action)
        else:
            base = Verdict(Reading.ACTION, "") if has_figure(unit.original_text(lo, hi)) else _SLOGAN
        governed = self._governing_plan(unit, lo) if lo else None
        if rx["markers"].search(sentence) is None:
            return _Sentence(governed, False, False, None, base)
        return _Sentence(_holds(sentence, rx["plans"]) or governed,
                         rx["negations"].search(sentence) is not None,
                         rx["award_markers"].search(sentence) is not None,
                         _holds(sentence, rx["deliberation_verbs"]), base,
                         m.start() + lo if (m := rx["purpose_markers"].search(sentence)) else -1)

    def _acts_before_plan(self, unit: Unit, lo: int, hi: int, start: int, end: int = 0) -> bool:
        """Whether the hit's clause states an act of its own before the sentence's plan begins: a
        plan covers its clause and those after it (「推行行政执法公示制度，在网站公布执法依据，力争年底
        前实现……全覆盖」: the first two are done), not a plan that governs from before the sentence.
        A demand (「……，要求各部门……」) follows what was done: the clauses before it are read as
        the sentence reads."""
        text, rx = unit.text, self._rx
        m = rx["plans"].search(text, lo, hi)
        if m is None or (lo and self._governing_plan(unit, lo)):
            return False  # governed by the paragraph's opening or the sentence's first clause
        c_lo, c_hi = clause_span(text, lo, hi, start)
        if end - 1 > start:  # all of the hit's words must stand before the plan
            c_hi = max(c_hi, clause_span(text, lo, hi, min(end, hi) - 1)[1])
        if m.start() < c_hi:
            return False
        if rx["demand_markers"].fullmatch(m.group()):
            return True
        # the verb before the hit's words (which may hold one themselves: 执法公示)
        return rx["action_verbs"].search(text, c_lo, start) is not None

    def _governing_plan(self, unit: Unit, lo: int) -> str | None:
        """A plan marker that governs the sentence at *lo* from before it: one that opens the
        paragraph (「下一步，我们将重点做好以下工作：一是……。二是……。」) or the first clause of the
        sentence this 「；」 clause continues (「下一步，街道将继续深化政务公开……；进一步加强执法队伍建设……；」)."""
        text, plans = unit.text, self._rx["plans"]
        m = plans.search(text, 0, min(PLAN_OPENING, lo))
        if m:
            return m.group()
        start = max(text.rfind(c, 0, lo) for c in _FULL_STOPS) + 1
        if start >= lo:
            return None  # the sentence opens here: its own words decide
        end = min((k for c in "；;" if (k := text.find(c, start, lo)) >= 0), default=lo)
        m = plans.search(text, start, end)
        # a demand governs what follows only from the sentence's first clause (「会议要求：……；……」)
        if m and self._rx["demand_markers"].fullmatch(m.group()):
            return m.group() if m.start() < clause_span(text, start, end, start)[1] else None
        return m.group() if m else None

    def _in_clause(self, unit: Unit, lo: int, hi: int, start: int, facts: _Sentence, preamble: bool) -> Verdict:
        rx, text = self._rx, unit.text
        c_lo, c_hi = clause_span(text, lo, hi, start)
        clause = text[c_lo:c_hi]
        if facts.negation:
            m = rx["negations"].search(clause)
            if m and m.start() < start - c_lo:
                return Verdict(Reading.NEGATED, m.group())
        if preamble and not rx["concrete_verbs"].search(clause) and not has_figure(clause):
            return _PREAMBLE
        # a later clause that says what the work is for, with no verb of its own
        purpose = rx["purpose_markers"].match(text, c_lo) if 0 <= facts.purpose < start and c_lo > lo else None
        # (a verb of the marker itself, 「为优化……」, is the purpose's, not the clause's own)
        if purpose and not rx["action_verbs"].search(text, purpose.end(), c_hi):
            return Verdict(Reading.PURPOSE, purpose.group())
        if facts.award:
            word = _holds(clause, rx["award_markers"])
            if word:
                return Verdict(Reading.AWARD, word)
        # the hit is an item of a list (「A、B、C等」) under a verb of deliberation
        if facts.deliberation and "等" in text[start:c_hi] and self._enumerates(unit, c_lo, c_hi):
            return Verdict(Reading.DELIBERATION, facts.deliberation)
        return facts.base

    @staticmethod
    def _enumerates(unit: Unit, lo: int, hi: int) -> bool:
        """Two or more items in a row (「、」 is folded away: count it in the original)."""
        return "、" in unit.original_text(lo, hi)


def _preamble(doc: Document) -> set[int]:
    """Body paragraphs before the first heading; with no heading at all, the opening paragraph."""
    out: set[int] = set()
    for p in doc.paragraphs:
        if p.kind == "heading":
            return out
        if p.kind == "body":
            if out and _ITEM_OPENING.match(p.text):
                return out  # 「一是坚持依法决策。……」: the items of the year's work, not the opening
            out.add(p.index)
            if _LEAD_END.search(p.text):
                return out  # 「现将有关情况报告如下：」 closes the opening: the report starts after it
    first = next((p.index for p in doc.paragraphs if p.kind == "body"), None)
    return {first} if first is not None else set()
