"""The keys of a checklist file in words a checklist author reads: one gloss per key, in Chinese
(and English for ``--lang en``).

The one source of the glossary: the comment block at the top of each built-in checklist and the
section of ``fzcheck checklist doc`` are generated from it. After changing a gloss, run
``python -m fzcheck.checklist.glossary`` to rewrite the blocks (a test fails while one is stale).
"""

from __future__ import annotations

import sys
from pathlib import Path

Gloss = tuple[str, str]  # (中文, English)

# (section title zh, section title en, {key: gloss}); keys are unique across sections
SECTIONS: list[tuple[str, str, dict[str, Gloss]]] = [
    ("清单文件（顶层）", "The file (top level)", {
        "schema_version": ("文件格式版本，现为 1", "version of the file format, now 1"),
        "id": ("简称（清单的 id，如 national）；在要素里是要素的编号（如 topic.digital，不要改名）",
               "short name of the checklist (national); in an element, the element's id (topic.digital; never rename)"),
        "title": ("名称（清单的或要素的），显示在结果里", "name of the checklist or the element, shown in results"),
        "title_en": ("英文名称（--lang en 时显示）", "English name (shown with --lang en)"),
        "version": ("清单的版本号，如 \"2026.1\"", "version of the checklist, e.g. \"2026.1\""),
        "description": ("清单的说明：适用于哪些单位", "what the checklist is for: which units"),
        "extends": ("继承：在哪个清单（内置名称或相对路径）的基础上修改，只写不同之处",
                    "the checklist this one changes (a built-in name or a relative path): write only what differs"),
        "disable": ("停用继承来的要素（列出 id）", "inherited elements to drop (their ids)"),
        "elements": ("要素列表：部分、工作事项和报告规则", "the elements: parts, topics and report-level rules"),
        "synonyms": ("同义词表：某词出现在任何匹配器里时，表中的写法也算", "phrase → variants, counted wherever "
                     "the phrase appears in a matcher"),
        "mask": ("遮蔽：这些正则表达式匹配的文字（口号、文件名称）不作为依据", "regular expressions for text that "
                 "is never evidence (slogans, titles of documents)"),
        "fallback_exclude": ("某事项的 scope 部分不存在而改查全文时，不查这些部分", "parts not searched when a "
                             "topic's scope part is absent and the whole text is searched"),
        "reading": ("阅读规则：决定一句话怎么读的词表（是计划还是已做、有无具体行动等），见下一节",
                    "reading rules: the word lists that decide how a sentence reads (see the next section)"),
    }),
    ("阅读规则（reading 之下）", "Reading rules (under reading)", {
        "plan_markers": ("计划用语：含这些词的句子说的是打算（「下一步」「将继续」），不是已做的工作",
                         "plan markers: a sentence holding one speaks of plans, not of work done"),
        "demand_markers": ("要求用语：这些词之后是对别人的要求，不算；之前的分句照常读"
                           "（「会议专题学习……，要求各部门……」）",
                           "demand markers: what follows is asked of others; the clauses before it read as usual"),
        "action_verbs": ("行动动词：既无这些词也无数字的句子不算做了事（「开展」「印发」「办理」）",
                         "verbs of doing: a sentence with none of them and no figure reports no activity"),
        "concrete_verbs": ("具体行动动词：报告开头的概述中，只有含这些词（或数字）的句子才算具体做法",
                           "concrete verbs: in the preamble only these (or a figure) make a concrete action"),
        "deliberation_verbs": ("研究部署用语：「研究部署……等」只是列出议题，依据较弱",
                               "deliberation verbs: 「研究部署……等」 lists items under one act: weak evidence"),
        "award_markers": ("获奖用语：所获荣誉不是工作本身，依据较弱", "award markers: an award is not the "
                          "work itself: weak evidence"),
        "negations": ("否定用语：「未」「没有」等否定了后面的词，不算依据", "negations: a negated phrase is "
                      "not evidence"),
        "purpose_markers": ("目的用语：后一分句以这些词开头（「进一步提高」「确保」）且无行动动词，是目的，不算依据",
                            "purpose markers: a later clause opening with one, with no verb of its own, says what "
                            "the work is for: not evidence"),
    }),
    ("遮蔽项（mask 之下写成映射时）", "A mask item written as a mapping", {
        "pattern": ("正则表达式：遮蔽的文字", "the regular expression of the masked text"),
        "stands_for": ("遮蔽的文字按这个词读（法律名称读作「法律法规」：学习《民法典》算学法，书名里的词不算别的事项）",
                       "the word the masked text is read as (a law's title as 法律法规: studying it is "
                       "officials' study; the words inside the title count for nothing else)"),
    }),
    ("要素", "An element", {
        "kind": ("类型：part 部分（按标题找）、topic 工作事项（在正文中找）、doc 报告规则（检查全文）",
                 "part (found by its heading), topic (found in the text) or doc (a report-level rule)"),
        "severity": ("严重程度：error 必备（缺失即不合格）、warning 应有、info 提示",
                     "error (required), warning (expected) or info (a note)"),
        "weight": ("得分权重；不写时按严重程度：error 3、warning 2、info 1",
                   "weight in the score; by default error 3, warning 2, info 1"),
        "enabled": ("是否启用；false 即停用（同 disable）", "false drops the element (like disable)"),
        "basis": ("依据：出自哪个文件的哪一条", "the source: which document and article requires it"),
        "hint": ("缺失时告诉撰写单位补写什么", "what to add when it is missing"),
        "hint_en": ("英文提示（--lang en 时显示）", "English hint (shown with --lang en)"),
        "match": ("匹配器：怎样在报告里找到它（见「匹配器」一节）", "the matcher: how it is found (see Matchers)"),
        "fallback": ("仅用于部分：没有标题时，正文中出现这些词即算部分存在但不完整",
                     "parts only: when no heading matches, a hit of this matcher in the text makes the part partial"),
        "children": ("子要素：一个部分或事项应写到的几个方面", "the aspects a part or topic should cover"),
        "children_min": ("至少要有几个子要素达标（不写即全部）", "how many children must be met (default: all)"),
        "children_specific": ("子要素的词本身就指这一事项（执法记录仪即三项制度之一）：找到一个子要素即为「部分」",
                              "each child's words name the parent on their own: one child found makes it partial"),
        "rule": ("报告规则的名称（title、year、deadline、terminology、numbering、evidence、plan-year）",
                 "the report-level rule (title, year, deadline, terminology, numbering, evidence, plan-year)"),
        "params": ("报告规则的参数（见「规则参数」一节）；继承时逐项覆盖",
                   "the rule's parameters (see Rule parameters); an override merges them key by key"),
        "examples": ("示例：必须得到相应结论的短文，由 fzcheck checklist test 运行",
                     "texts that must give the element a status, run by fzcheck checklist test"),
    }),
    ("匹配器（match、fallback 之下）", "Matchers (under match, fallback)", {
        "any": ("出现其中任一概念即算一个依据；每行一个概念，同一方括号里的词是同义词（[甲, 乙] 只算一次）",
                "concepts, one a line; the words in one pair of brackets are synonyms and count once"),
        "all": ("必须同时出现的概念组：每行一组 [甲, 乙]，组内概念都出现才算一个依据",
                "groups of concepts that must appear together, one group a line: [a, b]"),
        "within": ("all 的一组须在同一 sentence（句子）还是 paragraph（段落）里出现",
                   "where an all group must co-occur: sentence or paragraph"),
        "regex": ("正则表达式：匹配即算一个依据（比较的是折叠后的文字）",
                  "regular expressions; each match is a hit (on the folded text)"),
        "exclude": ("排除：含这些词的标题或段落不作为依据", "a heading or paragraph holding one is not evidence"),
        "not_for": ("不是这些对象：依据所在句子写明面向这些对象（学生、群众……）时不算"
                    "（给中小学生的法治讲座是普法，不是干部学法）",
                    "audiences the work is not for: a hit whose sentence names one is not evidence"),
        "min_hits": ("达标需要几个不同的依据；有但不够为「部分」", "distinct hits needed for met; fewer is partial"),
        "scope": ("在哪些部分里找（部分的 id）；这些部分都不存在时查全文",
                  "the parts to look in; the whole text when none is found"),
        "max_level": ("部分的标题最深可以在第几级", "the deepest heading level a part may be found at"),
        "require_figures": ("依据所在段落须有数字，否则为「部分」", "partial unless a figure stands with a hit"),
    }),
    ("覆盖写法（继承时增删，不必照抄）", "Overlays (add or remove without copying)", {
        "any+": ("在继承的 any 后追加概念", "append concepts to the inherited any"),
        "any-": ("删去继承的 any 中含该词的概念", "remove inherited any concepts holding the phrase"),
        "all+": ("在继承的 all 后追加组", "append groups to the inherited all"),
        "all-": ("删去继承的 all 中含这些词的组", "remove inherited all groups holding the phrases"),
        "regex+": ("追加正则表达式", "append regular expressions"),
        "regex-": ("删去写法完全相同的正则表达式", "remove a regular expression written the same"),
        "exclude+": ("追加排除词", "append exclude phrases"),
        "exclude-": ("删去排除词", "remove exclude phrases"),
        "scope+": ("追加查找的部分", "append parts to look in"),
        "scope-": ("删去查找的部分", "remove parts to look in"),
        "synonyms+": ("追加同义词（不写 + 则替换全部）", "add synonyms (without + they replace the inherited)"),
        "mask+": ("追加遮蔽（不写 + 则替换全部，口号会变成依据）", "add masks (a plain mask replaces the "
                  "inherited ones, and slogans become evidence)"),
        "met+": ("追加「达标」示例（不写 + 则替换继承的示例）", "append met examples (without + they replace)"),
        "partial+": ("追加「部分」示例", "append partial examples"),
        "missing+": ("追加「缺失」示例", "append missing examples"),
        "<param>+": ("在 params 里：向列表参数追加（如 deadlines+ 加一个期限）",
                  "in params: append to a list parameter (deadlines+ adds a deadline)"),
        "<param>-": ("在 params 里：从列表参数删去（如 terms- 按 term 删一条过时表述）",
                  "in params: remove from a list parameter (terms- removes a term by its term)"),
    }),
    ("示例（examples 之下）", "Examples (under examples)", {
        "met": ("应判为「达标」的文字", "texts that must give met"),
        "partial": ("应判为「部分」的文字（可不写）", "texts that must give partial (optional)"),
        "missing": ("应判为「缺失」的文字（报告规则：不合格或缺失）", "texts that must give missing "
                    "(doc rules: failed or missing)"),
        "text": ("示例正文（与直接写字符串相同）", "the example text (the same as a plain string)"),
        "report": ("一整篇报告（不加包装）", "a whole report, not wrapped"),
        "file": ("一个报告文件，路径相对于本清单", "a report file, relative to this checklist"),
        "note": ("说明：为什么是这个结论（显示在说明文档里）", "why the example has this status"),
        "previous": ("上一年度的报告全文（doc.commitments 比较两年的报告）",
                     "the previous year's report, whole (doc.commitments compares the two)"),
    }),
]

# the parameters of each report-level rule (params:), as written in national.yaml
PARAMS: dict[str, dict[str, Gloss]] = {
    "title": {
        "require": ("标题必须含有的词：每一组至少出现其中一个", "words the title must hold: one of each group"),
        "discourage": ("不宜作文种的词（如「工作总结」）", "words that name the wrong kind of document"),
        "require_unit": ("标题须写明单位", "the title must name the unit"),
        "require_year": ("标题须写明年度", "the title must name the year"),
    },
    "year": {},
    "deadline": {
        "deadlines": ("期限列表：name 名称、month/day 次年几月几日前（含）、severity 错过时的严重程度",
                      "deadlines: name, month/day in the next year (inclusive), severity when missed"),
    },
    "terminology": {
        "terms": ("过时表述，每条：term 名称、match/regex 写法、replacement 改为、since 起始日期、"
                  "by 按成文日期（written）或报告年度（year）、unless 同时出现即不算、source 出处",
                  "outdated terms: term, match/regex, replacement, since, by (written or year), unless, source"),
        "max_hits": ("最多列出几处", "at most this many places are listed"),
    },
    "numbering": {
        "check_brackets": ("同一层级混用全角、半角括号时提示", "note mixed full- and half-width brackets in a level"),
    },
    "evidence": {
        "severities": ("检查哪些严重程度的要素有无数据", "severities of the elements whose figures are checked"),
        "kinds": ("检查哪类要素（topic 工作事项）", "kinds of the elements checked (topic)"),
    },
    "commitments": {
        "threshold": ("上年承诺的兑现率低于此值（部分落实算一半）即不合格",
                      "fails below this share of commitments kept (partly kept: half)"),
        "done": ("匹配得分达到此值算「已见落实」", "match score from which a commitment counts as carried out"),
        "partial": ("匹配得分达到此值算「部分落实」", "match score from which it counts as partly carried out"),
        "reuse_similarity": ("一段话中与上年报告相同的句子占比达到此值，算沿用上年表述",
                             "share of a paragraph in last year's sentences from which it is taken over"),
        "reuse_share": ("沿用上年表述的正文占比超过此值即不合格", "fails when more of this year's text is taken over"),
    },
    "plan-year": {
        "part": ("在哪一部分里查年份", "the part whose years are checked"),
        "cues": ("表示「打算做」的词", "words that mark a plan"),
        "window": ("「××年（度）」之后多少个字以内出现上述词，才算在说该年的安排",
                   "characters after 「××年」 within which a cue must stand"),
    },
}

GLOSSARY: dict[str, Gloss] = {key: gloss for _, _, keys in SECTIONS for key, gloss in keys.items()}

HEADING: Gloss = ("键的中文释义", "Keys of a checklist")
INTRO: Gloss = ("清单文件中每个键的含义（与各内置清单开头的注释相同）。",
                "What each key of a checklist file means (the same glossary heads each built-in checklist).")
BEGIN = "# ---------------------------------------------------------------- 键的中文释义"
END = "# ---------------------------------------------------------------- 释义完"
_WIDTH = 2 + max(len(k) for k in [*GLOSSARY, *(f"{r}.{k}" for r, ps in PARAMS.items() for k in ps)])


def comment_block() -> str:
    """The glossary as the YAML comment block that heads each built-in checklist."""
    lines = [BEGIN, "# 由 src/fzcheck/checklist/glossary.py 生成，勿手改（更新：python -m fzcheck.checklist.glossary）"]
    for title, _, keys in SECTIONS:
        lines += ["#", f"# {title}"]
        lines += [line for key, (zh, _) in keys.items() for line in _comment_lines(key, zh)]
    lines += ["#", "# 规则参数（params 之下）"]
    for rule, params in PARAMS.items():
        if not params:
            lines.append(f"#   {rule:<{_WIDTH}}无参数")
        for key, (zh, _) in params.items():
            lines += _comment_lines(f"{rule}.{key}", zh)
    lines.append(END)
    return "\n".join(lines) + "\n"


def _comment_lines(key: str, gloss: str, width: int = 60) -> list[str]:
    """A key and its gloss, the gloss wrapped after a 、，； near *width* characters."""
    pieces: list[str] = []
    while len(gloss) > width:
        cut = max(gloss.rfind(p, 0, width) for p in "、，；") + 1 or width
        pieces.append(gloss[:cut])
        gloss = gloss[cut:]
    pieces.append(gloss)
    return [f"#   {key if i == 0 else '':<{_WIDTH}}{piece}" for i, piece in enumerate(pieces)]


def markdown(lang: str = "zh") -> list[str]:
    """The glossary as a Markdown section of ``checklist doc``: a heading, then a table per group of keys."""
    out = [f"## {HEADING[0] if lang == 'zh' else HEADING[1]}", "", INTRO[0] if lang == "zh" else INTRO[1]]
    col_key, col_gloss = ("键", "含义") if lang == "zh" else ("Key", "Meaning")
    for title_zh, title_en, keys in [*SECTIONS, ("规则参数（params 之下）", "Rule parameters (under params)",
                                                {f"{rule}.{key}": gloss for rule, params in PARAMS.items()
                                                 for key, gloss in params.items()})]:
        out += ["", f"### {title_zh if lang == 'zh' else title_en}", "",
                f"| {col_key} | {col_gloss} |", "| --- | --- |"]
        out += [f"| `{key}` | {(zh if lang == 'zh' else en).replace('|', '｜')} |" for key, (zh, en) in keys.items()]
    return out


def with_block(text: str) -> str:
    """*text* (a checklist file) with the glossary block at its top, replacing the one there; a
    line ``#`` separates the block from the file's own header."""
    if BEGIN in text and END in text:
        start, end = text.index(BEGIN), text.index(END) + len(END) + 1
        text = (text[:start] + text[end:]).lstrip("\n").removeprefix("#\n")
    return comment_block() + "#\n" + text


def main(paths: list[str]) -> int:
    """Rewrite the glossary block of each checklist file in *paths* (default: the built-in ones)."""
    from fzcheck.checklist.discovery import builtin_dir

    files = [Path(p) for p in paths] or sorted(builtin_dir().glob("*.yaml"))
    for path in files:
        text = path.read_text(encoding="utf-8")
        new = with_block(text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
