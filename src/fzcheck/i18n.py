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
    "cl.empty_phrase": ("短语为空", "empty phrase"),
    # statuses and severities
    "status.met": ("已具备", "met"),
    "status.partial": ("不完整", "partial"),
    "status.missing": ("缺失", "missing"),
    "sev.error": ("错误", "error"),
    "sev.warning": ("警告", "warning"),
    "sev.info": ("提示", "info"),
    # report rendering
    "col.element": ("要素", "Element"),
    "col.severity": ("级别", "Severity"),
    "col.status": ("状态", "Status"),
    "col.where": ("位置", "Where"),
    "col.context": ("上下文", "Context"),
    "col.figure": ("数据", "Figure"),
    "col.detail": ("依据 / 应补充", "Evidence / what to add"),
    "group.part": ("报告组成部分", "Parts of the report"),
    "group.topic": ("工作内容", "Topics"),
    "group.doc": ("报告整体", "Report-level rules"),
    "line": ("第 {n} 行", "line {n}"),
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
