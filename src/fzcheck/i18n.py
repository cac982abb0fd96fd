"""User-facing message catalogue: Chinese by default, English with ``--lang en``.

Messages are looked up by key so that every output format and the CLI share one wording.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # input errors
    "err.not_found": ("文件不存在", "file not found"),
    "err.is_dir": ("是一个目录，请指定报告文件", "is a directory, not a report file"),
    "err.empty": ("文件为空", "file is empty"),
    "err.no_text": ("没有可检查的正文", "contains no text to check"),
    "err.binary": ("不是文本文件（含二进制内容）", "is not a text file (binary content)"),
    "err.decode": (
        "无法识别文本编码（支持 UTF-8、UTF-16、GB18030/GBK）",
        "cannot decode text (supported: UTF-8, UTF-16, GB18030/GBK)",
    ),
    "err.too_big": ("文件过大（{size} MB，上限 {limit} MB）", "file too large ({size} MB, limit {limit} MB)"),
    "err.unsupported": (
        "暂不支持该格式（{kind}）；请另存为 .md 或 .txt",
        "unsupported format ({kind}); save it as .md or .txt",
    ),
    "err.read": ("无法读取：{reason}", "cannot read: {reason}"),
    "err.baseline": ("无法读取基线文件：{reason}", "cannot read the baseline: {reason}"),
    "err.internal": (
        "内部错误：{reason}（设置 FZCHECK_DEBUG=1 查看详情）",
        "internal error: {reason} (set FZCHECK_DEBUG=1 for details)",
    ),
    # checklist errors
    "cl.not_found": (
        "未找到检查清单：{name}（内置：{builtins}）",
        "checklist not found: {name} (built-in: {builtins})",
    ),
    "cl.yaml": ("YAML 语法错误：{problem}", "YAML syntax error: {problem}"),
    "cl.not_mapping": ("清单顶层必须是映射（键: 值）", "the checklist must be a mapping at the top level"),
    "cl.dup_key": ("重复的键 '{key}'", "duplicate key '{key}'"),
    "cl.unknown_key": ("未知的键 '{key}'{suggest}", "unknown key '{key}'{suggest}"),
    "cl.suggest": ("（是否应为 '{near}'？）", " (did you mean '{near}'?)"),
    "cl.required": ("缺少必需的键 '{key}'", "missing required key '{key}'"),
    "cl.enum": ("取值 {value!r} 无效，可选：{choices}", "invalid value {value!r}, expected one of: {choices}"),
    "cl.type": ("类型错误：应为 {expected}", "wrong type: expected {expected}"),
    "cl.pattern": ("取值 {value!r} 格式不符（{pattern}）", "value {value!r} does not match {pattern}"),
    "cl.schema": ("{message}", "{message}"),
    "cl.dup_id": (
        "重复的要素 ID '{id}'（首次出现在第 {first} 行）",
        "duplicate element id '{id}' (first at line {first})",
    ),
    "cl.cycle": ("extends 循环引用：{chain}", "extends cycle: {chain}"),
    "cl.regex": ("无效的正则表达式 {pattern!r}：{reason}", "invalid regular expression {pattern!r}: {reason}"),
    "cl.incomplete": (
        "要素 '{id}' 缺少 {keys}（新要素必须写全）",
        "element '{id}' lacks {keys} (a new element must be complete)",
    ),
    "cl.child_id": ("子要素 ID '{id}' 必须以 '{parent}.' 开头", "child id '{id}' must start with '{parent}.'"),
    "cl.scope": ("scope 引用了不存在的部分 '{id}'", "scope names a part that does not exist: '{id}'"),
    "cl.children_min": (
        "children_min 为 {n}，但只有 {count} 个子要素",
        "children_min is {n} but there are only {count} children",
    ),
    "cl.rule": ("未知的规则 '{rule}'（可用：{rules}）", "unknown rule '{rule}' (known: {rules})"),
    "cl.empty_phrase": ("短语为空", "empty phrase"),
    # configuration
    "cfg.not_mapping": ("配置必须是映射（键: 值）", "the configuration must be a mapping"),
    "cfg.key": ("配置项", "Setting"),
    "cfg.value": ("取值", "Value"),
    "cfg.source": ("来源", "Source"),
    "cfg.file": ("配置文件：{path}", "Configuration file: {path}"),
    "cfg.default": ("默认值", "default"),
    "cfg.flag": ("命令行", "command line"),
    "cfg.none": ("未找到配置文件，使用默认值", "no configuration file found; using defaults"),
    # statuses and severities
    "status.met": ("已具备", "met"),
    "status.partial": ("不完整", "partial"),
    "status.missing": ("缺失", "missing"),
    "status.failed": ("未通过", "failed"),
    "status.passed": ("通过", "passed"),
    "status.skipped": ("未检查", "skipped"),
    "sev.error": ("错误", "error"),
    "sev.warning": ("警告", "warning"),
    "sev.info": ("提示", "info"),
    # report rendering
    "col.element": ("要素", "Element"),
    "col.severity": ("级别", "Severity"),
    "col.status": ("状态", "Status"),
    "col.where": ("位置", "Where"),
    "baseline.written": ("已写入基线 {path}（{n} 个问题）", "baseline written to {path} ({n} findings)"),
    "suppressed": ("已豁免：{reason}", "suppressed: {reason}"),
    "suppressed.baseline": ("已列入基线", "in the baseline"),
    "directive.no_reason": (
        "fzcheck-disable 缺少理由（写成 <!-- fzcheck-disable ID -- 理由 -->），已忽略",
        "fzcheck-disable without a reason (write <!-- fzcheck-disable ID -- reason -->); ignored",
    ),
    "col.context": ("上下文", "Context"),
    "col.figure": ("数据", "Figure"),
    "col.detail": ("依据 / 应补充", "Evidence / what to add"),
    "group.part": ("报告组成部分", "Parts of the report"),
    "group.topic": ("工作内容", "Topics"),
    "group.doc": ("报告整体", "Report-level rules"),
    "line": ("第 {n} 行", "line {n}"),
    "loc.line": ("第 {n} 行", "line {n}"),
    "loc.paragraph": ("第 {n} 段", "paragraph {n}"),
    "loc.page": ("第 {n} 页", "page {n}"),
    "lines": ("第 {a}–{b} 行", "lines {a}–{b}"),
    "whole_doc": ("全文", "whole text"),
    "add": ("应补充：{hint}", "Add: {hint}"),
    "basis": ("依据：{basis}", "Basis: {basis}"),
    "missing_children": ("缺少：{items}", "lacking: {items}"),
    "note.empty_section": ("该部分标题下没有正文", "no text under this heading"),
    "note.part_in_body": (
        "未单独成部分，相关内容散见正文（应设专门标题）",
        "no part of its own; the content is spread through the text (give it a heading)",
    ),
    "note.no_figures": ("缺少量化数据", "no figures"),
    "note.few_hits": ("仅见 {n} 处相关表述（要求 {min}）", "only {n} relevant mention(s) ({min} required)"),
    # report-level rules
    "rule.year.title": ("报告年度 {year}（取自标题）", "report year {year} (from the title)"),
    "rule.year.text": ("报告年度 {year}（取自正文开头）", "report year {year} (from the opening text)"),
    "rule.year.option": ("报告年度 {year}（由 --year 指定）", "report year {year} (given with --year)"),
    "rule.title.lacks": ("标题缺少「{word}」", "the title lacks 「{word}」"),
    "rule.title.no_year": ("标题未写明年度", "the title names no year"),
    "rule.title.no_unit": ("标题未写明单位名称", "the title names no unit"),
    "rule.title.genre": (
        "标题用「{word}」，应为「……法治政府建设情况报告」",
        "the title says 「{word}」; an annual report is titled 「……法治政府建设情况报告」",
    ),
    "rule.deadline.unknown": (
        "未识别发布日期，未检查时限（可用 --published 指定）",
        "publication date unknown; not checked (give it with --published)",
    ),
    "rule.deadline.no_year": ("报告年度未知，无法计算时限", "report year unknown; no deadline to compare with"),
    "rule.deadline.late": (
        "{name}逾期 {days} 天：应于 {due} 前（含），实际 {published}",
        "{name_en} {days} day(s) late: due on or before {due}, published {published}",
    ),
    "rule.deadline.ok": ("{name}按时：{published}（截止 {due}）", "{name_en} on time: {published} (due {due})"),
    "rule.terminology.undated": ("报告年度和日期均未知，未检查", "neither the year nor a date is known; not checked"),
    "rule.terminology.hit": (
        "「{term}」自 {since} 起已不再使用，应改为「{replacement}」",
        "「{term}」 is outdated since {since}; use 「{replacement}」",
    ),
    "rule.numbering.none": ("未识别到编号标题", "no numbered headings"),
    "rule.numbering.repeat": ("编号重复：{marker}", "repeated number: {marker}"),
    "rule.numbering.gap": (
        "编号跳号：此处应为第 {expected} 项，却是 {marker}",
        "numbering gap: item {expected} expected, found {marker}",
    ),
    "rule.numbering.order": (
        "编号顺序错误：此处应为第 {expected} 项，却是 {marker}",
        "numbering out of order: item {expected} expected, found {marker}",
    ),
    "rule.numbering.mixed_one": ("括号全角、半角混用：{marker}", "full- and half-width brackets mixed: {marker}"),
    "rule.numbering.mixed_level": (
        "同一层级编号样式不一致：{a} 与 {b}",
        "one level numbered in two styles: {a} and {b}",
    ),
    "rule.numbering.halfwidth": (
        "编号使用半角括号 {marker}；公文格式用全角「（一）」（仅为格式提示）",
        "numbering uses half-width brackets {marker}; official documents use full-width 「（一）」 (style note)",
    ),
    "rule.evidence.no_figures": ("{title}：缺少量化数据", "{title}: no figures"),
    "rule.plan_year.no_part": ("未找到下一年度安排部分，未检查", "no next-year part; not checked"),
    "rule.plan_year.no_year": ("报告年度未知，未检查", "report year unknown; not checked"),
    "rule.plan_year.stale": (
        "下一年度安排写的是 {year} 年，应为 {expected} 年（是否沿用了旧报告？）",
        "the plans speak of {year}, expected {expected} (copied from an old report?)",
    ),
    "meta.title": ("标题", "Title"),
    "meta.unit": ("单位", "Unit"),
    "meta.year": ("报告年度", "Report year"),
    "meta.published": ("发布日期", "Published"),
    "meta.signed": ("落款日期", "Signed"),
    "meta.encoding": ("编码", "Encoding"),
    "meta.format": ("格式", "Format"),
    "meta.checklist": ("检查清单", "Checklist"),
    "meta.unknown": ("未识别", "not found"),
    "verdict": (
        "{path}：得分 {score}；错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项",
        "{path}: score {score}; {errors} error(s), {warnings} warning(s), {infos} info",
    ),
    "verdict.clean": ("{path}：得分 {score}；未发现问题", "{path}: score {score}; no findings"),
    "extract.headings": ("标题层级", "Heading tree"),
    "extract.figures": ("数据", "Figures"),
    "extract.no_headings": ("（未识别到标题）", "(no headings found)"),
    # checklist commands
    "cl.list.id": ("名称", "Name"),
    "cl.list.title": ("说明", "Title"),
    "cl.list.extends": ("继承", "Extends"),
    "cl.list.elements": ("要素数", "Elements"),
    "cl.lint.ok": ("{path}：检查清单无问题（{n} 个要素）", "{path}: checklist OK ({n} elements)"),
    "cl.lint.problems": ("{path}：发现 {n} 个问题", "{path}: {n} problem(s)"),
}


def t(msg_key: str, lang: str = "zh", /, **params: object) -> str:
    """Return the message for *msg_key* in *lang*, formatted with *params*."""
    zh, en = MESSAGES[msg_key]
    text = en if lang == "en" else zh
    return text.format(**params) if params else text
