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
    # container formats (Word, HTML, PDF) and hostile inputs
    "err.legacy_doc": (
        "是 Word 97-2003（.doc）或 WPS（.wps）格式，无法直接检查；请在 Word/WPS 中另存为 .docx",
        "is a Word 97-2003 (.doc) or WPS (.wps) file; open it in Word or WPS and save it as .docx",
    ),
    "err.encrypted_docx": (
        "Word 文档设有打开密码（已加密）；请取消密码后另存为 .docx",
        "the Word document is password-protected (encrypted); remove the password and save it as .docx",
    ),
    "err.zip_not_docx": (
        "是 ZIP 压缩包或其他 Office 文件，不是 Word .docx 文档；请另存为 .docx",
        "is a ZIP archive or another Office file, not a Word .docx document; save it as .docx",
    ),
    "err.corrupt": (
        "文件已损坏或不完整，无法读取（{kind}）；请重新保存或重新下载",
        "the file is corrupt or truncated and cannot be read ({kind}); save or download it again",
    ),
    "err.zip_bomb": (
        "解压后共 {size} MB，超过上限 {limit} MB（疑似压缩炸弹），已拒绝",
        "would decompress to {size} MB, over the {limit} MB limit (a decompression bomb?); refused",
    ),
    "err.zip_ratio": (
        "压缩包成员 {name} 的压缩比 {ratio}:1 异常（上限 {limit}:1，疑似压缩炸弹），已拒绝",
        "member {name} has a compression ratio of {ratio}:1 (limit {limit}:1; a decompression bomb?); refused",
    ),
    "err.zip_members": (
        "压缩包成员过多（{n} 个，上限 {limit} 个），已拒绝",
        "too many members in the archive ({n}, limit {limit}); refused",
    ),
    "err.encrypted_pdf": (
        "PDF 设有打开密码（已加密），无法读取；请提供未加密的 PDF",
        "the PDF is password-protected (encrypted); provide an unencrypted PDF",
    ),
    "err.no_text_layer": (
        "PDF 没有文字层（{pages} 页，可能是扫描件），无法检查；请提供可复制文字的 PDF 或 Word 文件（本工具不做 OCR）",
        "the PDF has no text layer ({pages} page(s); a scan?) and cannot be checked; provide a PDF with "
        "selectable text or the Word file (no OCR)",
    ),
    "err.too_many_pages": (
        "PDF 页数过多（{pages} 页，上限 {limit} 页）",
        "too many PDF pages ({pages}, limit {limit})",
    ),
    "err.too_much_text": (
        "提取的文字过多（{chars} 字，上限 {limit} 字）",
        "too much text ({chars} characters, limit {limit})",
    ),
    "err.annotate_not_docx": (
        "只能为 Word .docx 文件添加批注（此文件为 {format}）",
        "comments can be added to Word .docx files only (this file is {format})",
    ),
    "err.annotate_same_file": (
        "输出文件不能与原文件相同（原文件不会被修改）；请用 -o 指定另一个文件",
        "the output must not be the input file (the original is never modified); name another file with -o",
    ),
    "err.write": ("无法写入：{reason}", "cannot write: {reason}"),
    # annotate (Word comments)
    "annotate.finding": ("【{status}】{title}（{id}，{severity}）", "[{status}] {title} ({id}, {severity})"),
    "annotate.summary": (
        "fzcheck 检查结果：得分 {score}；错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项。",
        "fzcheck: score {score}; {errors} error(s), {warnings} warning(s), {infos} info.",
    ),
    "annotate.missing": ("缺少以下内容：", "Missing:"),
    "annotate.item": ("· {title}（{id}，{severity}）", "· {title} ({id}, {severity})"),
    "annotate.item_add": ("· {title}（{id}，{severity}）。{add}", "· {title} ({id}, {severity}). {add}"),
    "annotate.elsewhere": ("其他问题：", "Other findings:"),
    "annotate.none_missing": ("报告各部分和各项工作均已具备。", "No part or topic is missing."),
    "annotate.written": (
        "已写入 {path}（{n} 条批注；原文件未改动）",
        "written {path} ({n} comments; the original is unchanged)",
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
    "cl.mask_replaces": (
        "mask 会整体替换继承的遮蔽规则（口号、文件标题将被当作依据）；要追加请写 mask+",
        "mask replaces the inherited masks (slogans and document titles would count as evidence); use mask+ to add",
    ),
    "cl.extends_escape": (
        "extends 只能是内置清单名称或本清单所在目录内的文件：{name}",
        "extends must name a built-in checklist or a file inside this checklist's directory: {name}",
    ),
    "cl.regex_nested": (
        "正则表达式 {pattern!r} 含嵌套的无界重复（如 (a+)+），匹配可能极慢，已拒绝",
        "regular expression {pattern!r} nests unbounded repetition (like (a+)+) and could take "
        "exponential time; refused",
    ),
    "cl.children_min": (
        "children_min 为 {n}，但只有 {count} 个子要素",
        "children_min is {n} but there are only {count} children",
    ),
    "cl.rule": ("未知的规则 '{rule}'（可用：{rules}）", "unknown rule '{rule}' (known: {rules})"),
    "cl.empty_phrase": ("短语为空", "empty phrase"),
    # batch
    "b.path": ("文件", "File"),
    "b.unit": ("单位", "Unit"),
    "b.year": ("年度", "Year"),
    "b.published": ("发布日期", "Published"),
    "b.late": ("逾期", "Late"),
    "b.days_late": ("逾期天数", "Days late"),
    "b.score": ("得分", "Score"),
    "b.errors": ("错误", "Errors"),
    "b.warnings": ("警告", "Warnings"),
    "b.infos": ("提示", "Info"),
    "b.copied": ("疑似雷同", "Copied with"),
    "b.error": ("读取错误", "Read error"),
    "b.element": ("要素", "Element"),
    "b.severity": ("级别", "Severity"),
    "b.status": ("状态", "Status"),
    "b.location": ("位置", "Location"),
    "b.message": ("说明", "Message"),
    "b.evidence": ("原文依据", "Evidence"),
    "b.similarity": ("相似度", "Similarity"),
    "b.paragraphs": ("雷同段落数", "Paragraphs"),
    "b.snippet": ("片段", "Snippet"),
    "b.sheet.summary": ("汇总", "Summary"),
    "b.sheet.findings": ("问题清单", "Findings"),
    "b.sheet.copies": ("疑似雷同段落", "Copied paragraphs"),
    "b.matrix": ("各单位要素情况", "Units × elements"),
    "b.worst": ("最常缺失或不完整的要素", "Most frequent gaps"),
    "b.units": ("单位数", "Units"),
    "b.ranking": ("得分排名", "Ranking"),
    "b.verdict": (
        "共 {n} 份报告：无法读取 {unreadable} 份，逾期 {late} 份，疑似雷同 {copies} 对",
        "{n} reports: {unreadable} unreadable, {late} late, {copies} copied pair(s)",
    ),
    "b.written": ("已写入 {path}", "written to {path}"),
    "b.no_files": ("没有找到报告文件", "no report files found"),
    "b.bad_output": ("不支持的输出格式 {suffix}（可用 .xlsx .csv .json .html）",
                     "unsupported output {suffix} (use .xlsx .csv .json .html)"),
    "explain.unknown": (
        "清单 {checklist} 中没有要素 {id}（是否要找：{near}）",
        "checklist {checklist} has no element {id} (did you mean: {near})",
    ),
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
    # checklist lint: silent failures (issue 7)
    "cl.level.warning": ("警告：", "warning: "),
    "cl.phrase_empty": (
        "短语 {phrase!r} 在比较时为空（空格、引号、顿号不参与匹配），永远不会匹配",
        "phrase {phrase!r} is empty once folded (spaces, quotation marks and 、 are ignored): it can never match",
    ),
    "cl.phrase_dropped": (
        "短语 {phrase!r} 含有比较时被忽略的字符（{chars}），实际按「{folded}」匹配；请删去这些字符",
        "phrase {phrase!r} holds characters matching ignores ({chars}); it matches as 「{folded}」: remove them",
    ),
    "cl.phrase_masked": (
        "短语 {phrase!r} 总被 mask {pattern!r} 遮蔽，永远不会成为依据",
        "phrase {phrase!r} is always hidden by mask {pattern!r}: it can never be evidence",
    ),
    "cl.phrase_excluded": (
        "短语 {phrase!r} 含有本匹配器 exclude 中的「{by}」：出现它的段落总被排除，永远不会成为依据",
        "phrase {phrase!r} contains 「{by}」 from this matcher's exclude: wherever it stands the text is "
        "excluded, so it can never be evidence",
    ),
    "cl.phrase_shadowed": (
        "短语 {phrase!r} 不起作用：含有它的文字必然含有同一概念中的「{by}」；"
        "请删去它（若「{by}」过宽，请改写「{by}」）",
        "phrase {phrase!r} changes nothing: any text with it has 「{by}」 of the same concept; remove it "
        "(or narrow 「{by}」 if that one is too broad)",
    ),
    "cl.phrase_duplicate": (
        "短语 {phrase!r} 与同一概念中的另一短语在比较时相同（重复）",
        "phrase {phrase!r} is the same as another phrase of its concept once folded (a duplicate)",
    ),
    "cl.phrase_overlap": (
        "短语 {phrase!r} 含有同一 any 列表中另一概念的「{by}」：一处提及会算作 2 个依据（min_hits 为 {n}）",
        "phrase {phrase!r} contains 「{by}」 of another concept of the same any list: one mention counts as "
        "two hits (min_hits {n})",
    ),
    "cl.exclude_shadowed": (
        "exclude 短语 {phrase!r} 不起作用：含有它的文字必然含有 exclude 中的「{by}」",
        "exclude phrase {phrase!r} changes nothing: any text with it has 「{by}」, also excluded",
    ),
    "cl.regex_never_char": (
        "正则表达式 {pattern!r} 永远不会匹配：它要求字符 {char}，而比较用的文字中没有这个字符"
        "（空格、引号、顿号被删去，全角字母、数字和（）＋－％．／转为半角，大写字母转为小写）",
        "regular expression {pattern!r} can never match: it requires {char}, which folded text never holds "
        "(spaces, quotation marks and 、 are removed, full-width letters, digits and （）＋－％．／ become "
        "half-width, capitals lower case)",
    ),
    "cl.regex_never_anchor": (
        "正则表达式 {pattern!r} 永远不会匹配：「{anchor}」的位置不可能满足",
        "regular expression {pattern!r} can never match: {anchor} is anchored where nothing can stand",
    ),
    "cl.overlay_nothing": (
        "{key}- 中的「{item}」没有从继承的列表中删去任何内容",
        "{item!r} in {key}- removes nothing from the inherited list",
    ),
    "cl.overlay_new": (
        "{key}：没有可追加的继承内容（新要素请直接写 {plain}）",
        "{key}: there is nothing inherited to add to (write {plain} in a new element)",
    ),
    "cl.overlay_not_list": (
        "参数 {key} 不是列表，不能用 {key}+ / {key}- 追加或删除",
        "parameter {key} is not a list: {key}+ / {key}- cannot add to or remove from it",
    ),
    "cl.example_failed": (
        "示例与要素不符：{id} 的 {expect} 示例实际为 {got}：「{text}」",
        "example contradicts its element: a {expect} example of {id} gives {got}: 「{text}」",
    ),
    "cl.example_error": ("无法运行 {id} 的示例：{reason}", "cannot run an example of {id}: {reason}"),
    # checklist test
    "clt.ok": ("{id}：{n} 个示例全部通过", "{id}: all {n} examples pass"),
    "clt.failed": ("{id}：{n} 个示例中 {failed} 个未通过", "{id}: {failed} of {n} examples failed"),
    "clt.failure": (
        "{where}：{element} 的 {expect} 示例应为 {expected}，实际为 {got}：「{text}」",
        "{where}: {element}, {expect} example: expected {expected}, got {got}: 「{text}」",
    ),
    "clt.error": (
        "{where}：{element} 的示例无法运行：{reason}",
        "{where}: {element}: cannot run the example: {reason}",
    ),
    "clt.coverage": (
        "{id}：{covered}/{total} 个要素（含子要素）既有 met 示例也有 missing 示例",
        "{id}: {covered}/{total} elements (children included) have both a met and a missing example",
    ),
    "clt.uncovered": ("{element}：缺少 {kinds} 示例", "{element}: no {kinds} example"),
    "clt.uncovered_hint": (
        "{id}：{n} 个要素缺少示例（加 --coverage 列出）",
        "{id}: {n} element(s) lack examples (--coverage lists them)",
    ),
    # checklist doc (the generated Markdown reference)
    "cldoc.title": ("检查清单参考：{title}", "Checklist reference: {title}"),
    "cldoc.generated": (
        "本文件由 `fzcheck checklist doc {name}` 生成，请勿手工修改；修改清单文件后重新生成。",
        "Generated by `fzcheck checklist doc {name}`; do not edit by hand, regenerate after changing the checklist.",
    ),
    "cldoc.id": ("清单", "Checklist"),
    "cldoc.version": ("版本 {version}", "version {version}"),
    "cldoc.chain": ("继承", "Extends"),
    "cldoc.description": ("说明", "Description"),
    "cldoc.contents": ("要素一览", "Elements at a glance"),
    "cldoc.how": ("怎样阅读", "How to read this"),
    "cldoc.how.severity": (
        "级别：**错误**为必备内容，**警告**为应有内容，**提示**为宜有内容。",
        "Severity: **error** is required, **warning** expected, **info** good practice.",
    ),
    "cldoc.how.fold": (
        "比较时忽略空格、引号和顿号，全角字母、数字、括号按半角处理，大写字母按小写处理；"
        "下面列出的短语是比较时的写法。",
        "Phrases are compared ignoring spaces, quotation marks and 、, with full-width letters, digits and "
        "brackets as half-width and capitals as lower case; the phrases below are shown as compared.",
    ),
    "cldoc.how.status": (
        "要素的状态为「具备」「不完整」「缺失」；报告整体规则为「通过」「未通过」「缺失」「未检查」。",
        "An element is met, partial or missing; a report-level rule passes (met), fails, is missing or skipped.",
    ),
    "cldoc.how.examples": (
        "示例由 `fzcheck checklist test` 逐条检验：部分的示例是标题（及其下正文），工作内容的示例是放在"
        "「主要举措和成效」部分中的正文，报告整体规则的示例是完整的报告。",
        "Every example is checked by `fzcheck checklist test`: a part's example is a heading (and the text "
        "under it), a topic's example is text inside the measures part, a report-level rule's example is a "
        "whole report.",
    ),
    "cldoc.masks": ("不计入依据的文字", "Text that is never evidence"),
    "cldoc.masks.intro": (
        "匹配前遮蔽下列正则表达式匹配的文字（书名号中的文件名称、开篇的指导思想表述等）：",
        "Before matching, text matching these regular expressions is masked (titles of documents, the "
        "opening guiding-thought formula):",
    ),
    "cldoc.col.id": ("ID", "ID"),
    "cldoc.col.title": ("名称", "Title"),
    "cldoc.col.severity": ("级别", "Severity"),
    "cldoc.severity": ("级别", "Severity"),
    "cldoc.basis": ("依据", "Basis"),
    "cldoc.evidence": ("怎样算具备", "What counts as evidence"),
    "cldoc.hint": ("应补充", "What to add"),
    "cldoc.examples": ("示例", "Examples"),
    "cldoc.children": ("子项", "Children"),
    "cldoc.weight": ("权重 {weight}", "weight {weight}"),
    "cldoc.part.where": (
        "第 1 级标题中查找", "looked for in level-1 headings",
    ),
    "cldoc.part.where_levels": (
        "第 1 至第 {n} 级标题中查找（取层级最高、位置最前者）",
        "looked for in headings of levels 1 to {n} (the shallowest, then the first)",
    ),
    "cldoc.part.any": ("标题含下列任一表述：", "the heading contains any of:"),
    "cldoc.part.empty": ("标题下没有正文：不完整", "nothing under the heading: partial"),
    "cldoc.part.fallback": (
        "没有这样的标题时，若正文中出现下列 {count} 项中的至少 {n} 项，记为「不完整」（未单独成部分）：",
        "without such a heading, at least {n} of these {count} in the text make the part partial "
        "(no part of its own):",
    ),
    "cldoc.part.fallback_one": (
        "没有这样的标题时，若正文中出现下列任一项，记为「不完整」（未单独成部分）：",
        "without such a heading, any of these in the text makes the part partial (no part of its own):",
    ),
    "cldoc.scope": (
        "在下列部分中查找：{parts}；找不到这些部分时查全文{less}",
        "looked for in: {parts}; in the whole text when none of them is found{less}",
    ),
    "cldoc.scope.less": ("（不含 {parts}）", " (less {parts})"),
    "cldoc.scope.all": ("在全文中查找{less}", "looked for in the whole text{less}"),
    "cldoc.heading_only": ("只看标题", "headings only"),
    "cldoc.any.one": (
        "出现下列任一项即算（同一行的写法任选其一）：",
        "any one of these counts (one wording per line is enough):",
    ),
    "cldoc.any.min": (
        "下列 {count} 项中至少出现 {n} 项为「具备」，少于 {n} 项为「不完整」（同一行的写法任选其一）：",
        "at least {n} of these {count} make it met, fewer partial (one wording per line is enough):",
    ),
    "cldoc.all": (
        "须在同一{unit}中同时出现的词组（每组算 1 项）：",
        "groups whose words must appear in one {unit} (each group counts once):",
    ),
    "cldoc.unit.sentence": ("句", "sentence"),
    "cldoc.unit.paragraph": ("段", "paragraph"),
    "cldoc.and": ("与", "with"),
    "cldoc.regex": (
        "符合下列正则表达式的文字（每个算 1 项）：",
        "text matching these regular expressions (each counts once):",
    ),
    "cldoc.exclude": (
        "含有下列表述的{where}不算：{words}",
        "a {where} containing any of these does not count: {words}",
    ),
    "cldoc.where.heading": ("标题", "heading"),
    "cldoc.where.paragraph": ("段落", "paragraph"),
    "cldoc.figures": (
        "须有数据：有依据的段落中须有数字和单位，否则为「不完整」",
        "figures required: without a number in the paragraphs with evidence, partial",
    ),
    "cldoc.children.min": (
        "至少 {n} 项（共 {count} 项）具备，否则为「不完整」：",
        "at least {n} of {count} must be met, else partial:",
    ),
    "cldoc.children.all": ("全部 {count} 项均须具备，否则为「不完整」：", "all {count} must be met, else partial:"),
    "cldoc.example.met": ("具备", "met"),
    "cldoc.example.partial": ("不完整", "partial"),
    "cldoc.example.missing": ("缺失", "missing"),
    "cldoc.example.pass": ("通过", "passes"),
    "cldoc.example.fail": ("未通过", "fails"),
    "cldoc.example.file": ("文件：{file}", "file: {file}"),
    "cldoc.none": ("无", "none"),
    "cldoc.or": ("或", "or"),
    "cldoc.rule": ("规则 `{rule}`", "rule `{rule}`"),
    "cldoc.params": ("参数：", "Parameters:"),
    "cldoc.title.require": ("标题须含：{words}", "the title must contain: {words}"),
    "cldoc.title.unit": ("标题须写明单位名称", "the title must name the unit"),
    "cldoc.title.year": ("标题须写明年度", "the title must state the year"),
    "cldoc.title.discourage": ("标题不宜用：{words}（文种不对）", "the title should not say: {words} (wrong genre)"),
    "cldoc.title.missing": ("没有标题：缺失", "no title: missing"),
    "cldoc.year": (
        "依次从标题、正文开头识别报告年度（也可用 --year 指定）；识别不出：缺失",
        "the report year is read from the title, then the opening text (or given with --year); none: missing",
    ),
    "cldoc.deadline.intro": (
        "发布日期不晚于报告年度次年的下列日期：",
        "published no later than these dates of the year after the report year:",
    ),
    "cldoc.deadline.item": (
        "{name}：{month}月{day}日（含）前，逾期为「{severity}」",
        "{name}: on or before {month}/{day}; late is {severity}",
    ),
    "cldoc.deadline.source": (
        "发布日期取自「发布时间」「日期」等行、文件本身或 --published；未知时不检查",
        "the date comes from 「发布时间」/「日期」 lines, the file itself or --published; unknown: skipped",
    ),
    "cldoc.terms.intro": ("下列表述自所列日期起已过时：", "These terms are outdated from the date given:"),
    "cldoc.terms.col.term": ("过时表述", "Outdated term"),
    "cldoc.terms.col.match": ("识别", "Recognised as"),
    "cldoc.terms.col.replacement": ("应改为", "Replacement"),
    "cldoc.terms.col.since": ("自", "Since"),
    "cldoc.terms.col.by": ("按", "Judged by"),
    "cldoc.terms.col.source": ("出处", "Source"),
    "cldoc.terms.written": ("成文（发布）日期", "date written (published)"),
    "cldoc.terms.year": ("报告年度", "report year"),
    "cldoc.terms.unless": ("（同时写有{words}时不算）", " (not when {words} also appears)"),
    "cldoc.numbering": (
        "各层级编号连续，不跳号、不重复、不倒序",
        "each level is numbered without gaps, repeats or going backwards",
    ),
    "cldoc.numbering.brackets": (
        "同一层级只用一种括号；只用半角「(一)」仅作格式提示",
        "one bracket style per level; half-width 「(一)」 alone is only a style note",
    ),
    "cldoc.evidence_rule": (
        "级别为{severities}的{kinds}，只要出现，描述它的部分须有数量、比例等数据（次、件、人、项、条、%……）",
        "every {kinds} of severity {severities} that is present needs a figure (counts, rates) in the text "
        "that describes it",
    ),
    "cldoc.plan_year": (
        "在{part}部分中，首段或「××年」后 {window} 个字内有{cues}等词时，年份须晚于报告年度",
        "in {part}, a year in the first paragraph or followed within {window} characters by {cues} must be "
        "later than the report year",
    ),
    # issue 19 (reliability): special files, causes of OS errors, interruption, configs
    "err.not_regular": ("不是普通文件（{kind}），不能读取", "not a regular file ({kind}); not read"),
    "err.too_big_read": ("文件过大（超过上限 {limit} MB）", "file too large (over the {limit} MB limit)"),
    "err.write_not_regular": ("不是普通文件（{kind}），不会覆盖它", "not a regular file ({kind}); it is not replaced"),
    "err.os": ("{reason}", "{reason}"),
    "err.crashed": ("读取时进程意外退出（文件可能已损坏），已跳过；其余报告照常检查",
                    "the reader's process died on this file (it may be damaged); skipped, the others were checked"),
    "err.interrupted": ("已中断（Ctrl-C），未完成的输出没有写入",
                        "interrupted (Ctrl-C); no partial output was written"),
    "err.too_many_elements": ("结构过于复杂（{n} 个标记元素，上限 {limit}），已拒绝",
                              "too complex ({n} markup elements, limit {limit}); refused"),
    "err.too_many_lines": ("段落过多（{n} 段，上限 {limit}），已拒绝",
                           "too many paragraphs ({n}, limit {limit}); refused"),
    "err.config_skipped": ("未检查：所用的配置 {config} 有误",
                           "not checked: the configuration it uses ({config}) is invalid"),
    "ftype.dir": ("目录", "a directory"),
    "ftype.fifo": ("命名管道", "a FIFO"),
    "ftype.socket": ("套接字", "a socket"),
    "ftype.device": ("设备文件", "a device"),
    "ftype.other": ("特殊文件", "a special file"),
    "ftype.dangling": ("指向不存在文件的符号链接", "a symbolic link to nothing"),
    "os.enoent": ("所在目录不存在", "the folder does not exist"),
    "os.enotdir": ("路径中的上级不是目录", "a parent in the path is not a folder"),
    "os.eacces": ("没有权限", "permission denied"),
    "os.enametoolong": ("文件名过长", "file name too long"),
    "os.eisdir": ("是一个目录", "is a directory"),
    "os.enospc": ("磁盘空间已满", "no space left on the disk"),
    "os.erofs": ("只读文件系统", "read-only file system"),
    "os.eloop": ("符号链接循环", "too many levels of symbolic links"),
    "os.eio": ("输入输出错误", "input/output error"),
    "os.ebusy": ("文件正被占用", "the file is busy"),
    "b.matrix_more": ("另有 {n} 项要素未在矩阵中显示（输出文件中有全部要素）",
                      "{n} more elements are not shown in the matrix (the output file has them all)"),
    "cl.regex_unsafe": (
        "正则表达式 {pattern!r} 在重复中含可重叠的分支或可变部分（如 (a|aa)+、(a?a)+、.*a.*b.*c），"
        "匹配可能极慢，已拒绝",
        "regular expression {pattern!r} repeats alternatives or optional parts that overlap (like (a|aa)+, "
        "(a?a)+ or .*a.*b.*c) and could take exponential time; refused",
    ),
    "cfg.type": ("类型错误：应为{expected}", "wrong type: expected {expected}"),
    "cfg.checklist_empty": ("checklist 不能为空", "checklist must not be empty"),
    "cfg.checklist_escape": (
        "checklist 只能是内置清单名称或配置文件所在目录之内的文件",
        "checklist must be a built-in name or a file under the configuration's folder",
    ),
    "cfg.checklist_missing": ("checklist 指向的文件不存在", "the checklist file does not exist"),
    "cfg.too_deep": ("嵌套过深", "nested too deeply"),
    "cfg.expect.list_of_strings": ("字符串列表", "a list of strings"),
    "cfg.expect.string": ("字符串", "a string"),
    "cfg.expect.mapping": ("映射（键: 值）", "a mapping"),
    "cfg.expect.list_of_mappings": ("映射列表", "a list of mappings"),
}


def t(msg_key: str, lang: str = "zh", /, **params: object) -> str:
    """Return the message for *msg_key* in *lang*, formatted with *params*."""
    zh, en = MESSAGES[msg_key]
    text = en if lang == "en" else zh
    return text.format(**params) if params else text
