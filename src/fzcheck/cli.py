"""The command line. Thin on purpose: options in, library calls, renderers out."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated

import typer

from fzcheck import __version__
from fzcheck.errors import FzcheckError, os_error
from fzcheck.fileio import check_output
from fzcheck.i18n import t
from fzcheck.terminal import printable, utf8_safe

app = typer.Typer(
    name="fzcheck",
    help="检查法治政府建设年度报告是否具备应有的要素，并列出缺失和薄弱之处。",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
checklist_app = typer.Typer(help="查看、检查检查清单（checklist list|show|lint|test|doc|schema）。",
                            no_args_is_help=True)
app.add_typer(checklist_app, name="checklist")


class Lang(StrEnum):
    zh = "zh"
    en = "en"


ReportFormat = StrEnum("ReportFormat", ["rich", "json"])  # extract and checklist show


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


LangOpt = Annotated[Lang, typer.Option("--lang", help="输出语言：zh（中文）或 en（English）。")]
ChecklistOpt = Annotated[str, typer.Option("--checklist", "-c", help="内置清单名称或 YAML 文件路径。")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="写入文件而不是终端。", dir_okay=False)]
MaxSizeOpt = Annotated[int, typer.Option("--max-size", min=1, metavar="MB", help="单个报告文件的大小上限（MB）。")]
PreviousOpt = Annotated[str | None, typer.Option("--previous", metavar="FILE", show_default=False,
                                                 help="上年报告：核对上年承诺兑现和沿用上年表述。")]


def _version(value: bool) -> None:
    if value:
        print(f"fzcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="显示版本并退出。")] = False,
) -> None:
    """fzcheck：法治政府建设年度报告要素检查。"""


def _console(stream: IO[str] | None = None):  # -> rich.console.Console
    from rich.console import Console

    return Console(file=stream) if stream is not None else Console()


def _print_to(output: Path | None, render) -> None:  # render: Callable[[Console], None]
    """Rich output to the terminal, or as plain text (120 columns) into *output*."""
    if output is None:
        render(_console())
        return
    import io

    from rich.console import Console

    buffer = io.StringIO()
    render(Console(file=buffer, width=120, force_terminal=False, color_system=None, soft_wrap=False))
    _write(buffer.getvalue(), output)


def _fail(message: str) -> None:
    print(f"fzcheck: {printable(message)}", file=sys.stderr)  # one line, whatever a file name holds


def _write(text: str, output: Path | None) -> None:
    """To stdout, or into *output* atomically: a failed run never leaves half a file behind."""
    text = utf8_safe(text)  # a file name with bytes that are not UTF-8 must not stop the output
    if output is None:
        sys.stdout.write(text)
        return
    from fzcheck.fileio import atomic_write

    atomic_write(output, lambda tmp: tmp.write_text(text, encoding="utf-8"))


class OutputFormat(StrEnum):
    rich = "rich"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    markdown = "markdown"
    html = "html"


@app.command()
def validate(
    paths: Annotated[list[str], typer.Argument(help="报告文件（.md、.txt；- 表示标准输入）。", show_default=False)],
    checklist: Annotated[str | None, typer.Option(
        "--checklist", "-c", help="内置清单名称或 YAML 文件路径（默认 national）。", show_default=False)] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="输出格式。")] = OutputFormat.rich,
    output: OutputOpt = None,
    fail_on: Annotated[FailOn | None, typer.Option(
        "--fail-on", help="达到该级别的问题时退出码为 1（默认 error）。", show_default=False)] = None,
    year: Annotated[int | None, typer.Option("--year", min=1949, max=2100,
                                             help="报告年度（覆盖从标题、正文识别的年度）。")] = None,
    published: Annotated[str | None, typer.Option("--published", metavar="YYYY-MM-DD",
                                                  help="发布日期（覆盖从正文识别的日期）。")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="配置文件（默认从报告所在目录向上查找）。",
                                                dir_okay=False)] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="不读取任何配置文件。")] = False,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="基线文件：其中已列出的问题不再计入。",
                                                  dir_okay=False)] = None,
    write_baseline: Annotated[Path | None, typer.Option(
        "--write-baseline", help="把本次发现的问题写入基线文件并以 0 退出。", dir_okay=False)] = None,
    max_size: MaxSizeOpt = 50,
    lang: Annotated[Lang | None, typer.Option("--lang", help="输出语言：zh（中文）或 en（English）。",
                                              show_default=False)] = None,
    show_all: Annotated[bool, typer.Option("--all", help="按检查清单顺序详列全部要素（默认只详列问题）。")] = False,
    previous: PreviousOpt = None,
) -> None:
    """检查报告：先列缺失和不完整的要素，再列已具备的，最后一行是结论。
    退出码：0 通过；1 有达到 --fail-on 级别的问题；2 用法或输入错误。"""
    from fzcheck.api import validate_paths
    from fzcheck.config import load_config

    flags = {"checklist": checklist, "fail-on": fail_on.value if fail_on else None,
             "lang": lang.value if lang else None}
    run = validate_paths(
        paths, flags, config=load_config(config) if config else None, discover=not no_config, year=year,
        published=_date_option(published, "--published") if published else None, baseline=baseline,
        max_bytes=max_size * 2**20, previous=previous)
    out_lang = lang.value if lang else (run.settings[paths[0]].lang if paths else "zh")
    for problem in (*run.errors, *run.notices):
        _fail(problem.render(out_lang))
    if write_baseline is not None:
        from fzcheck.suppress import write_baseline as write

        count = write(run.reports, write_baseline)
        print(printable(t("baseline.written", out_lang, path=write_baseline, n=count)), file=sys.stderr)
        raise typer.Exit(2 if run.errors else 0)
    _render_reports(run, fmt, output, out_lang, show_all)
    raise typer.Exit(run.exit_code())


def _render_reports(run, fmt: OutputFormat, output: Path | None, lang: str,  # run: api.ValidateRun
                    show_all: bool = False) -> None:
    if fmt is OutputFormat.rich:
        if run.reports:
            from fzcheck.render.console import print_reports

            fail_on = {path: settings.fail_on for path, settings in run.settings.items()}
            _print_to(output, lambda console: print_reports(console, run.reports, lang, fail_on=fail_on,
                                                            show_all=show_all))
        return
    from fzcheck.render.formats import reports_text

    text = reports_text(run, fmt.value, lang)
    if text is not None:
        _write(text, output)


@app.command()
def batch(
    paths: Annotated[list[str], typer.Argument(help="报告文件、目录（递归）或通配符。", show_default=False)],
    checklist: ChecklistOpt = "national",
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="并行进程数（默认 CPU 核数）。",
                                             show_default=False)] = None,
    output: Annotated[list[Path] | None, typer.Option(
        "--output", "-o", dir_okay=False, help="汇总表：.xlsx、.csv、.json 或 .html（可多次给出）。")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="达到该级别的问题时退出码为 1。")] = FailOn.error,
    dates: Annotated[Path | None, typer.Option("--dates", dir_okay=False, help=(
        "发布日期表（CSV：文件名或单位，日期），用于本身没有发布日期的报告的逾期判断。"), show_default=False)] = None,
    matrix: Annotated[bool | None, typer.Option("--matrix/--no-matrix", help="在终端显示单位×要素矩阵。",
                                                show_default=False)] = None,
    max_size: MaxSizeOpt = 50,
    lang: LangOpt = Lang.zh,
    previous: Annotated[list[str] | None, typer.Option(
        "--previous", help="上年报告（文件、目录或通配符）：按单位配对，计算承诺兑现率。", show_default=False)] = None,
) -> None:
    """批量审查：每个文件一行（已审查、已拒收并说明补救办法，或按规则跳过），汇总缺失要素、逾期、雷同段落和得分排名。"""
    # numpy (copy detection) never calls BLAS here, but OpenBLAS starts a thread per core that
    # spins for a while and takes CPU from the workers
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from fzcheck.batch import delivered, run_batch
    from fzcheck.inputs import batch_root, collect, read_dates
    from fzcheck.render.batch import WRITERS, summary_renderables, write

    outputs = output or []
    for target in outputs:
        if target.suffix.lower() not in WRITERS:
            raise typer.BadParameter(t("b.bad_output", lang.value, suffix=target.suffix or "(none)"),
                                     param_hint="--output")
    for target in outputs:  # a FIFO, a device or a missing folder is refused before the work, not after
        check_output(target)
    try:
        files = collect([*paths, *(previous or [])])  # last year's reports are checked too, and paired by unit
        known = read_dates(str(dates)) if dates is not None else {}
    except FzcheckError as exc:
        _fail(exc.render(lang.value))
        raise typer.Exit(2) from None
    root = batch_root(paths)
    if not files:
        _fail(t("b.no_files", lang.value))
        raise typer.Exit(2)
    console = _console(sys.stderr)
    if console.is_terminal:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console, transient=True) as bar:
            task = bar.add_task("fzcheck", total=len(files))
            result = run_batch(files, checklist, jobs, lang.value,
                               progress=lambda done, _total: bar.update(task, completed=done),
                               max_bytes=max_size * 2**20, dates=known, root=root)
    else:
        result = run_batch(files, checklist, jobs, lang.value, max_bytes=max_size * 2**20, dates=known, root=root)
    try:
        code = result.exit_code(fail_on.value)  # first: once the outputs are written, the batch is done
        for target in outputs:
            write(result, target, lang.value)
            _fail(t("b.written", lang.value, path=target))
        with delivered():
            out = _console()
            for item in summary_renderables(result, lang.value, matrix if matrix is not None else len(files) <= 40):
                out.print(item)
            result.close()
    finally:
        result.close()
    raise typer.Exit(code)


@app.command("config")
def show_config(
    path: Annotated[str, typer.Argument(help="报告文件或目录（默认当前目录）。")] = ".",
    checklist: Annotated[str | None, typer.Option("--checklist", "-c", show_default=False)] = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", show_default=False)] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", show_default=False)] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="输出格式。")] = ReportFormat.rich,
) -> None:
    """显示某个报告实际使用的配置，以及每一项来自哪里（默认值、配置文件或命令行）。"""
    from rich.table import Table

    from fzcheck.config import DEFAULT_SOURCE, FLAG_SOURCE, resolve

    target = str(Path(path) / "report.md") if Path(path).is_dir() else path
    flags = {"checklist": checklist, "fail-on": fail_on.value if fail_on else None,
             "lang": lang.value if lang else None}
    settings = resolve(target, flags)
    out_lang = settings.lang
    if fmt is ReportFormat.json:
        from fzcheck.render.jsonout import dumps

        _write(dumps({"config": str(settings.config.path) if settings.config else None,
                      "values": settings.values, "sources": settings.sources}), None)
        return
    console = _console()
    console.print(printable(t("cfg.file", out_lang, path=settings.config.path)) if settings.config
                  else t("cfg.none", out_lang), markup=False)
    table = Table()
    for key in ("cfg.key", "cfg.value", "cfg.source"):
        table.add_column(t(key, out_lang))
    for key, value in settings.values.items():
        shown = ", ".join(value) if isinstance(value, list) else str(value)
        source = settings.sources[key]
        source = {DEFAULT_SOURCE: t("cfg.default", out_lang), FLAG_SOURCE: t("cfg.flag", out_lang)}.get(source, source)
        table.add_row(key, shown or "—", source)
    console.print(table)


def _date_option(value: str, name: str):  # -> datetime.date
    from fzcheck.usage import parse_date

    date = parse_date(value)
    if date is None:
        raise FzcheckError(None, "usage.bad_date", option=name, value=value)
    return date


@app.command()
def explain(
    element_id: Annotated[str, typer.Argument(
        metavar="ID", help="要素 ID（如 part.first-responsible）、中文标题或其中的词（如 第一责任人）。")],
    checklist: ChecklistOpt = "national",
    raw: Annotated[bool, typer.Option("--markdown", help="输出 Markdown 原文。")] = False,
    lang: LangOpt = Lang.zh,
) -> None:
    """说明一个要素：标题、级别、依据、什么算作依据、应补充什么，以及示例。可用 ID、中文标题或其中的词查找。"""
    from fzcheck.checklist import load_checklist
    from fzcheck.lookup import find_elements, nearest_id
    from fzcheck.render.checklist_doc import element_markdown

    cl = load_checklist(checklist)
    found = find_elements(cl, element_id)
    if not found:
        raise FzcheckError(None, "explain.unknown", id=element_id, checklist=cl.id,
                           near=nearest_id(cl, element_id) or "fzcheck checklist show " + cl.id)
    if len(found) > 1:
        names = "、".join(f"{e.id}（{e.title_for(lang.value)}）" for e in found[:6])
        raise FzcheckError(None, "explain.several", query=element_id, names=names)
    el = found[0]
    if el.kind == "child":  # a child is judged inside its parent's text: explain the parent
        el = cl.get(el.id.rsplit(".", 1)[0]) or el
    text = element_markdown(el, cl, lang.value)
    if raw:
        _write(text, None)
    else:
        from rich.markdown import Markdown

        _console().print(Markdown(text))


@app.command()
def annotate(
    path: Annotated[str, typer.Argument(help="起草人的 Word 文件（.docx）。", show_default=False)],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", dir_okay=False,
        help="批注后的副本（默认 原名.reviewed.docx；对 .reviewed.docx 再次批注时默认写回它本身）。")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="覆盖已存在的输出文件：只替换 fzcheck 以前写的批注，起草人的批注和修改保留。")] = False,
    checklist: Annotated[str | None, typer.Option(
        "--checklist", "-c", help="内置清单名称或 YAML 文件路径（默认 national）。", show_default=False)] = None,
    fail_on: Annotated[FailOn | None, typer.Option(
        "--fail-on", help="达到该级别的问题时退出码为 1（默认 error），与 validate 相同。", show_default=False)] = None,
    max_size: MaxSizeOpt = 50,
    lang: LangOpt = Lang.zh,
    previous: PreviousOpt = None,
) -> None:
    """把检查结果以 Word 批注写入报告副本：批注落在所涉及的文字上，缺失的部分批注在应补写的位置，
    标题上的批注给出结论和得分；原文件不变。再次批注时只替换 fzcheck 以前的批注，起草人的批注保留。

    退出码同 validate：0 通过；1 有达到 --fail-on 级别的问题；2 用法或输入错误（含输出已存在而未加 --force）。"""
    from fzcheck.annotate import annotate_docx, default_output
    from fzcheck.api import validate_paths

    run = validate_paths([path], {"checklist": checklist, "fail-on": fail_on.value if fail_on else None,
                                  "lang": lang.value}, max_bytes=max_size * 2**20, previous=previous)
    if run.errors:
        raise run.errors[0]
    target = str(output) if output else default_output(path)
    count = annotate_docx(path, target, run.reports[0], lang.value, force=force,
                          fail_on=run.settings[path].fail_on)
    refreshed = Path(target).resolve() == Path(path).resolve()
    print(printable(t("annotate.refreshed" if refreshed else "annotate.written", lang.value, path=target, n=count)),
          file=sys.stderr)
    raise typer.Exit(run.exit_code())


SkeletonFormat = StrEnum("SkeletonFormat", ["md", "docx"])


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="监听地址（默认只允许本机访问；0.0.0.0 允许局域网访问）。")
                    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="端口（0 表示任选空闲端口）。")] = 8000,
    checklist: Annotated[list[str] | None, typer.Option(
        "--checklist", "-c", help="供选择的检查清单（可多次指定；内置清单始终可选）。", show_default=False)] = None,
    workers: Annotated[int | None, typer.Option("--workers", "-j", min=1, help="检查进程数（默认 CPU 核数，至多 4）。",
                                                show_default=False)] = None,
    max_size: MaxSizeOpt = 50,
    lang: LangOpt = Lang.zh,
) -> None:
    """启动网页版：起草人在浏览器中上传报告、查看结果、下载批注版 Word（需 pip install "fzcheck[web]"）。"""
    from fzcheck.serve.server import make_config
    from fzcheck.serve.server import serve as run

    run(host, port, make_config(checklist or [], max_size * 2**20, workers), lang.value)


@app.command()
def init(
    checklist: ChecklistOpt = "national",
    unit: Annotated[str, typer.Option("--unit", help="单位名称，如「某某街道办事处」。")] = "××",
    year: Annotated[int | None, typer.Option("--year", min=1949, max=2100,
                                             help="报告年度（默认去年）。", show_default=False)] = None,
    fmt: Annotated[SkeletonFormat | None, typer.Option(
        "--format", "-f", help="md（Markdown，默认）或 docx（Word，默认写入 report.docx）；-o 以 .docx 结尾时为 docx。",
        show_default=False)] = None,
    output: OutputOpt = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的 .docx 文件。")] = False,
) -> None:
    """生成报告框架：各部分和各项工作的标题，以及「（请填写……）」提示；Word 版用标题样式，可在导航窗格中看到。"""
    import datetime as dt

    from fzcheck.checklist import load_checklist
    from fzcheck.skeleton import skeleton, skeleton_docx

    lang = _lang_from_argv(sys.argv[1:])
    suffix_docx = output is not None and output.suffix.lower() == ".docx"
    if (fmt is SkeletonFormat.md and suffix_docx) or (fmt is SkeletonFormat.docx and output and not suffix_docx):
        raise FzcheckError(str(output), "init.format_mismatch", format=fmt.value)
    cl, year = load_checklist(checklist), year or dt.date.today().year - 1
    if fmt is SkeletonFormat.docx or suffix_docx:
        from fzcheck.fileio import atomic_write

        target = output or Path("report.docx")
        if target.exists() and not force:
            raise FzcheckError(str(target), "err.output_exists")
        document = skeleton_docx(cl, unit, year)
        atomic_write(target, lambda tmp: document.save(str(tmp)))
        print(t("init.written", lang, path=target), file=sys.stderr)
        return
    _write(skeleton(cl, unit, year), output)


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="报告文件（- 表示标准输入）。", show_default=False)],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="输出格式。")] = ReportFormat.rich,
    output: OutputOpt = None,
    lang: LangOpt = Lang.zh,
) -> None:
    """显示解析结果：标题、单位、年度、发布日期、标题层级和数据。"""
    from fzcheck.api import load_document

    doc = load_document(path)
    if fmt is ReportFormat.json:
        from fzcheck.render.jsonout import document_to_json, dumps

        _write(dumps(document_to_json(doc)), output)
    else:
        from fzcheck.render.console import document_renderable

        _print_to(output, lambda console: console.print(document_renderable(doc, lang.value)))


@checklist_app.command("list")
def checklist_list(lang: LangOpt = Lang.zh) -> None:
    """列出内置检查清单。"""
    from fzcheck.checklist import builtin_names, load_checklist
    from fzcheck.render.console import checklist_list_renderable

    rows = []
    for name in builtin_names():
        cl = load_checklist(name)
        rows.append((name, cl.title_for(lang.value), " ← ".join(cl.chain[1:]) or "—", len(cl.elements)))
    _console().print(checklist_list_renderable(rows, lang.value))


@checklist_app.command("show")
def checklist_show(
    name: Annotated[str, typer.Argument(help="内置清单名称或 YAML 文件路径。")] = "national",
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="输出格式。")] = ReportFormat.rich,
    lang: LangOpt = Lang.zh,
) -> None:
    """显示检查清单（合并 extends 之后）的全部要素。"""
    from fzcheck.checklist import load_checklist

    cl = load_checklist(name)
    if fmt is ReportFormat.json:
        from fzcheck.render.jsonout import checklist_to_json, dumps

        _write(dumps(checklist_to_json(cl, lang.value)), None)
    else:
        from fzcheck.render.console import checklist_renderable

        _console().print(checklist_renderable(cl, lang.value))


@checklist_app.command("lint")
def checklist_lint(
    paths: Annotated[list[str], typer.Argument(help="检查清单名称或 YAML 文件。", show_default=False)],
    lang: LangOpt = Lang.zh,
) -> None:
    """检查清单文件：结构、未知键、重复 ID、extends 循环、无效正则等。有问题时退出码为 1。"""
    from fzcheck.checklist import lint_checklist

    bad = False
    for path in paths:
        checklist, problems = lint_checklist(path)
        for problem in problems:
            print(problem.render(lang.value))
        if problems:
            bad = True
            print(printable(t("cl.lint.problems", lang.value, path=path, n=len(problems))), file=sys.stderr)
        elif checklist is not None:
            print(t("cl.lint.ok", lang.value, path=path, n=len(checklist.elements)))
    if bad:
        raise typer.Exit(1)


@checklist_app.command("test")
def checklist_test(
    names: Annotated[list[str] | None, typer.Argument(help="检查清单名称或 YAML 文件（默认：全部内置清单）。",
                                                      show_default=False)] = None,
    coverage: Annotated[bool, typer.Option(
        "--coverage", help="列出缺少 met 或 missing 示例的要素；有则退出码为 1。")] = False,
    lang: LangOpt = Lang.zh,
) -> None:
    """运行检查清单中的示例；有示例未通过时退出码为 1。"""
    from fzcheck.checklist.examples import run_command

    raise typer.Exit(run_command(names or None, coverage=coverage, lang=lang.value))


@checklist_app.command("doc")
def checklist_doc(
    name: Annotated[str, typer.Argument(help="内置清单名称或 YAML 文件路径。")] = "national",
    output: OutputOpt = None,
    lang: LangOpt = Lang.zh,
) -> None:
    """生成检查清单的 Markdown 参考文档（可发布给被审查单位）。"""
    from fzcheck.checklist import load_checklist
    from fzcheck.render.checklist_doc import checklist_markdown

    _write(checklist_markdown(load_checklist(name), lang.value, name=name), output)


@checklist_app.command("schema")
def checklist_schema() -> None:
    """输出检查清单的 JSON Schema（Draft 2020-12）。"""
    from fzcheck.checklist import schema
    from fzcheck.render.jsonout import dumps

    _write(dumps(schema()), None)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: our own errors are one line and exit 2, never a traceback."""
    args = sys.argv[1:] if argv is None else argv
    code = _run(args, "en" if _lang_from_argv(args) == "en" else "zh")
    if argv is None:
        # Our own process, its work done: Python gives SIGINT back its default action while it
        # finalizes, so a Ctrl-C in those last milliseconds killed a finished batch (exit -2).
        # An ignored signal is left ignored. Not for in-process callers (tests): their Ctrl-C stays.
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(code)


def _run(args: list[str], lang: str) -> int:
    """The command's exit code; every error becomes one line on stderr."""
    try:
        # standalone_mode=False: click returns the code of typer.Exit instead of exiting
        code = app(args=args, prog_name="fzcheck", standalone_mode=False)
    except FzcheckError as exc:
        _fail(exc.render(lang))
        return exc.exit_code
    except typer.Exit as exc:
        return exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        _fail(t("err.interrupted", lang))
        return 130
    except OSError as exc:  # one that no reader caught: still one line naming the file and the cause
        _fail(os_error(exc).render(lang))
        return 2
    except Exception as exc:
        # Usage errors (click's own, or the copy typer >= 0.28 vendors): one line, exit 2
        from fzcheck.usage import is_usage_error, usage_message

        if is_usage_error(exc):
            _fail(usage_message(exc, args, lang))
            return 2
        if os.environ.get("FZCHECK_DEBUG"):
            raise
        _fail(t("err.internal", lang, reason=f"{type(exc).__name__}: {exc}"))
        return 2
    if code == 130:  # typer's code for Ctrl-C (128 + SIGINT); no command returns it otherwise
        _fail(t("err.interrupted", lang))
    return code if isinstance(code, int) else 0


def _lang_from_argv(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "zh"
