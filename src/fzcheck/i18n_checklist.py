"""Messages of the checklist commands (errors in checklist files, lint, test, doc), in the
catalogue of :mod:`fzcheck.i18n`: Chinese first, English second."""

CHECKLIST_MESSAGES: dict[str, tuple[str, str]] = {
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
    # checklist lint: nesting that is probably a mistake
    "cl.nest.all_flat": (
        "{key} 的每项是一组须同时出现的概念，写成 - [甲, 乙]；单个词「{words}」请写在 any 里",
        "each item of {key} is a group of concepts, written - [a, b]; put 「{words}」 in any",
    ),
    "cl.nest.all_one": (
        "{key} 的这组只有一个概念（{words}）：一组是须同时出现的几个概念 - [甲, 乙]；其一即可请用 any",
        "this group of {key} has one concept ({words}): a group is - [a, b] (all present), or use any",
    ),
    "cl.nest.any_lists": (
        "{key} 的这项是列表的列表（{words}）：每行一个概念，同义词写在一个方括号里 - [甲, 乙]",
        "this item of {key} is a list of lists ({words}): one concept a line, synonyms as - [a, b]",
    ),
    "cl.nest.min_hits": (
        "min_hits 为 {n}，但最多只有 {reach} 个依据：一个方括号里的同义词只算一次，要分别计数请分行",
        "min_hits is {n} but at most {reach} hits: synonyms in one bracket count once; split them",
    ),
}
