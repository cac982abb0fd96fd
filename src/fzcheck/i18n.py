"""User-facing message catalogue: Chinese by default, English with ``--lang en``.

Messages are looked up by key so that every output format and the CLI share one wording.
"""

from __future__ import annotations

from fzcheck.i18n_checklist import CHECKLIST_MESSAGES

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
    "annotate.elsewhere": ("其他问题：", "Other findings:"),
    "annotate.none_missing": ("报告各部分和各项工作均已具备。", "No part or topic is missing."),
    "annotate.written": (
        "已写入 {path}（{n} 条批注；原文件未改动）",
        "written {path} ({n} comments; the original is unchanged)",
    ),
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
    # the shared reading of a result (render/view.py)
    "loc.under": ("（{heading} 之下）", " (under {heading})"),
    "place.between": ("应在 {after}之后、{before}之前", "belongs after {after} and before {before}"),
    "place.after": ("应在 {after}之后", "belongs after {after}"),
    "place.before": ("应在 {before}之前", "belongs before {before}"),
    "verdict.pass": ("结论：通过", "Verdict: pass"),
    "verdict.fail": ("结论：不通过", "Verdict: fail"),
    "verdict.missing_parts": ("缺少必备部分 {n} 个（{names}）", "{n} required part(s) missing ({names})"),
    "verdict.to_add": ("需补充 {n} 处", "{n} item(s) to add or improve"),
    "add": ("应补充：{hint}", "Add: {hint}"),
    "basis": ("依据：{basis}", "Basis: {basis}"),
    "missing_children": ("缺少：{items}", "lacking: {items}"),
    "note.empty_section": ("该部分标题下没有正文", "no text under this heading"),
    "note.to_fill": ("待填写：标题下只有「（请填写……）」提示语",
                     "to fill in: only the 「（请填写……）」 prompts under this heading"),
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
    # issue 16 (drafters): the terminal view, usage errors, the Word round trip
    "todo": ("应补充：{hint}", "To do: {hint}"),
    "init.format_mismatch": (
        "输出文件的扩展名与 --format {format} 不符", "the output file's extension does not match --format {format}"),
    "place.prompt": ("{loc}的「（请填写……）」处", "at the 「（请填写……）」 prompt, {loc}"),
    "err.annotate_exists": (
        "已存在；加 --force 覆盖（只替换 fzcheck 自己的批注，起草人的批注和修改都保留）",
        "already exists; add --force to overwrite it (only fzcheck's own comments are replaced)"),
    "rule.deadline.signed": (
        "未找到发布日期，按落款日期 {signed} 判断；实际发布日期可能晚于落款日期",
        "no publication date found; judged by the date signed, {signed}; the report may have been published later"),
    "usage.no_option": ("未知选项 {option}，是否应为 {near}？", "unknown option {option}; did you mean {near}?"),
    "usage.no_option_plain": (
        "未知选项 {option}（{cmd} --help 列出全部选项）", "unknown option {option} (see {cmd} --help)"),
    "usage.needs_value": ("选项 {option} 缺少取值", "option {option} needs a value"),
    "usage.missing": ("缺少参数 {name}（{cmd} --help 查看用法）", "missing {name} (see {cmd} --help)"),
    "usage.bad_choice": ("选项 {option} 的取值 {value} 无效，可选：{choices}", "invalid value {value} for {option}; "
                         "expected one of: {choices}"),
    "usage.did_you_mean": ("；是否应为 {near}？", "; did you mean {near}?"),
    "usage.bad_value": (
        "选项 {option} 的取值 {value} 无效：{expected}", "invalid value {value} for {option}: {expected}"),
    "usage.int_range": ("应为 {lo} 到 {hi} 之间的整数", "expected a whole number from {lo} to {hi}"),
    "usage.int_min": ("应为不小于 {lo} 的整数", "expected a whole number of at least {lo}"),
    "usage.int": ("应为整数", "expected a whole number"),
    "usage.value": ("应为{kind}", "expected {kind}"),
    "usage.no_command": ("未知命令 {name}，是否应为 {near}？", "unknown command {name}; did you mean {near}?"),
    "usage.no_command_plain": ("未知命令 {name}（可用：{names}）", "unknown command {name} (available: {names})"),
    "usage.extra": ("多余的参数：{args}（{cmd} --help 查看用法）", "unexpected argument(s): {args} (see {cmd} --help)"),
    "usage.other": ("用法错误：{message}", "usage error: {message}"),
    "usage.bad_date": (
        "选项 {option} 的日期 {value} 无法识别；可写 2023-04-05、2023年4月5日 或 2023/4/5",
        "cannot read the date {value} given to {option}; write 2023-04-05, 2023年4月5日 or 2023/4/5"),
    "explain.several": ("「{query}」对应多个要素：{names}；请指定其中一个 ID", "「{query}」 matches several elements: "
                        "{names}; give one id"),
    "suppress.unknown_id": ("fzcheck-disable 中的要素 ID {id} 不存在{suggest}，此项未生效",
                            "fzcheck-disable names no element {id}{suggest}; ignored"),
    "config.unknown_id": ("disable 中的要素 ID {id} 不存在{suggest}，此项未生效",
                          "disable names no element {id}{suggest}; ignored"),
    "init.written": ("已写入 {path}", "written {path}"),
    "annotate.refreshed": (
        "已更新 {path}（{n} 条 fzcheck 批注，替换了上一轮的；其他人的批注保留）",
        "updated {path} ({n} fzcheck comments, replacing the last round's; other comments kept)"),
    "err.output_exists": ("已存在；加 --force 覆盖", "already exists; add --force to overwrite it"),
    "loc.paren": ("（{loc}）", " ({loc})"),
    "loc.prefix": ("{loc}：", "{loc}: "),
    "place.within": ("应写入 {part}部分", "belongs in {part}"),
    "view.gaps": ("需要补充（{n} 处）", "To add or improve ({n})"),
    "view.met": ("已具备（{n} 项）", "Present ({n})"),
    "view.all": ("全部要素（按检查清单顺序）", "All elements (checklist order)"),
    "view.where": ("位置：{where}", "Where: {where}"),
    "view.score": (
        "得分 {score}；错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项",
        "score {score}; {errors} error(s), {warnings} warning(s), {infos} info",
    ),
    # issue 17: the one-report web page (validate --format html, fzcheck serve)
    "html.text": (
        "报告原文（证据已标出，需补充处已在原位置标注）",
        "The report's text (evidence highlighted, gaps marked)",
    ),
    "html.made_by": ("由 fzcheck {version} 生成", "made by fzcheck {version}"),
    "html.file": ("文件", "File"),
    "html.gaps": ("需补充的内容（{n} 处）", "To add or improve ({n})"),
    "html.no_gaps": ("未发现需补充的内容", "Nothing to add"),
    "html.found": ("已写到", "Found"),
    "html.met": ("已具备的要素（{n} 项）", "Elements present ({n})"),
    "html.suppressed": ("已按说明忽略", "accepted (suppressed)"),
    "serve.title": ("法治政府建设年度报告检查", "Annual rule-of-law report check"),
    "serve.intro": (
        "上传报告草稿，查看缺少哪些必备部分、哪些内容需要补充，并可下载带批注的 Word 文件。",
        "Upload a draft to see which required parts are missing and what to add; download a commented Word copy.",
    ),
    "serve.one": ("检查一份报告", "Check one report"),
    "serve.file": ("把文件拖到这里，或点击选择（{accept}，不超过 {mb} MB）",
                   "Drop a file here or choose one ({accept}, up to {mb} MB)"),
    "serve.paste": ("或粘贴报告全文", "or paste the report's text"),
    "serve.paste_hint": (
        "在此粘贴报告全文（未选择文件时使用）",
        "Paste the whole report here (used when no file is chosen)",
    ),
    "serve.profile": ("检查清单", "Checklist"),
    "serve.year": ("报告年度（可选）", "Report year (optional)"),
    "serve.published": ("发布日期（可选）", "Publication date (optional)"),
    "serve.output": ("结果", "Result"),
    "serve.output.page": ("在网页中查看", "show in the page"),
    "serve.output.docx": ("直接下载批注版 Word", "download the commented Word copy"),
    "serve.output.json": ("直接下载 JSON", "download the JSON"),
    "serve.output.html": ("直接下载单文件网页", "download the one-file HTML"),
    "serve.output.xlsx": ("直接下载汇总表（Excel）", "download the workbook (Excel)"),
    "serve.submit": ("开始检查", "Check"),
    "serve.batch": ("批量审查（审查人员用）", "Batch review (for reviewers)"),
    "serve.batch_files": (
        "选择多份报告或一个 .zip 压缩包（{accept}）",
        "Choose several reports or one .zip ({accept})",
    ),
    "serve.batch_submit": ("批量审查", "Review all"),
    "serve.privacy": (
        "上传的文件只在检查期间保存在本机内存或临时目录中，返回结果后即删除；服务器日志只记录大小和结论。",
        "Uploads are kept in memory or a private temporary folder only while they are checked and deleted "
        "after the answer; the log holds only their size and the result.",
    ),
    "serve.curl": ("也可以用命令行上传：", "Scripted upload:"),
    "serve.again": ("← 再检查一份", "← Check another"),
    "serve.too_big_link": ("{label}：文件过大，无法附在页面中，请在上传页选择「直接下载」",
                           "{label}: too large to attach to the page; choose a direct download on the upload page"),
    "serve.print": ("打印（Ctrl+P）即得 A4 版", "Print (Ctrl+P) for an A4 copy"),
    "serve.skipped": ("压缩包中有 {n} 个文件未检查：", "{n} file(s) in the archive were not checked:"),
    "serve.not_found": ("没有这个页面", "no such page"),
    "serve.no_length": ("请求缺少 Content-Length，未接收", "the request has no Content-Length; refused"),
    "serve.too_big": (
        "上传内容过大（{size} MB，上限 {limit} MB），未接收",
        "upload too large ({size} MB, limit {limit} MB); refused",
    ),
    "serve.bad_form": (
        "请求不是本页的表单（multipart/form-data），未接收",
        "not this page's form (multipart/form-data); refused",
    ),
    "serve.crashed": ("检查这份文件时出错，请重试；如仍出错，请把文件另存为 .docx 后再上传",
                      "checking this file failed; try again, or save it as .docx and upload that"),
    "serve.timeout": ("检查超时，请稍后重试", "the check took too long; try again later"),
    "serve.bad_profile": ("没有名为「{key}」的检查清单", "no checklist called 「{key}」"),
    "serve.pasted_name": ("粘贴的文本", "pasted text"),
    "serve.no_file": ("请选择文件或粘贴报告全文", "choose a file or paste the report's text"),
    "serve.bad_year": ("报告年度应为 1949 至 2100 之间的年份", "the report year must be between 1949 and 2100"),
    "serve.bad_date": ("发布日期应为 YYYY-MM-DD", "the publication date must be YYYY-MM-DD"),
    "serve.dl.docx": ("下载批注版 Word", "Commented Word copy"),
    "serve.dl.json": ("下载 JSON", "JSON"),
    "serve.dl.html": ("下载单文件网页", "One-file HTML"),
    "serve.dl.xlsx": ("下载汇总表（Excel）", "Workbook (Excel)"),
    "serve.too_many_files": ("文件过多（上限 {limit} 个）", "too many files (limit {limit})"),
    "serve.no_reports": ("没有可检查的报告文件", "no report files to check"),
    "serve.started_local": (
        "fzcheck 网页版已启动：{url} （只有本机可以访问；让局域网内的电脑访问请加 --host 0.0.0.0）按 Ctrl+C 停止",
        "fzcheck serve: {url} (reachable from this computer only; --host 0.0.0.0 opens it to the network) "
        "Ctrl+C stops it",
    ),
    "serve.started_network": (
        "fzcheck 网页版已启动：{url} （凡能通过网络连到本机 {port} 端口的电脑都可以访问）按 Ctrl+C 停止",
        "fzcheck serve: {url} (reachable from every computer that can reach port {port} of this one) "
        "Ctrl+C stops it",
    ),
    "serve.need_web": ('网页版需要额外的组件：pip install "fzcheck[web]"',
                       'the web page needs an extra: pip install "fzcheck[web]"'),
    "serve.cannot_bind": ("无法在 {host}:{port} 启动：{reason}", "cannot listen on {host}:{port}: {reason}"),
}


MESSAGES.update(CHECKLIST_MESSAGES)


def t(msg_key: str, lang: str = "zh", /, **params: object) -> str:
    """Return the message for *msg_key* in *lang*, formatted with *params*."""
    zh, en = MESSAGES[msg_key]
    text = en if lang == "en" else zh
    return text.format(**params) if params else text
