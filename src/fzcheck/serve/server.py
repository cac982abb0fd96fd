"""The HTTP side of ``fzcheck serve``: the standard library's threading server, python-multipart
for the form, and a pool of worker processes for the checks.

A request thread only reads the form and writes the answer; the check itself runs in a worker
process, so one large PDF takes one worker while the others go on (and a crash in a PDF reader
takes a worker, not the server). A request larger than the cap is refused from its
Content-Length, before a byte of it is read. Nothing about a report is logged beyond its size
and the result.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fzcheck.errors import FzcheckError, InputError
from fzcheck.i18n import t
from fzcheck.serve import pages
from fzcheck.serve.jobs import BatchJob, CheckJob, batch_upload, check_upload, display_name, warm

try:
    from python_multipart.multipart import MultipartParseError, MultipartParser, parse_options_header
except ImportError:  # pragma: no cover - the [web] extra is not installed
    MultipartParser = None  # type: ignore[assignment,misc]

BUILTIN_PROFILES = ("national", "township", "county", "department")
FORM_OVERHEAD = 1 << 20  # what a form adds to the file it carries (other fields, part headers)
FIELD_LIMIT = 4096  # bytes of a small form field (year, date, profile)
JOB_TIMEOUT = 600  # seconds a request waits for its check
OUTPUTS = ("page", "docx", "json", "html")


@dataclass(slots=True)
class ServeConfig:
    profiles: dict[str, str]  # form key → checklist name or the server's own path
    titles: list[pages.Profile]
    default: str
    max_bytes: int
    workers: int
    tmp_root: str = ""
    lang: str = "zh"
    batch_max_bytes: int = 0  # a batch request, all files together

    def __post_init__(self) -> None:
        self.batch_max_bytes = self.batch_max_bytes or 4 * self.max_bytes


def make_config(checklists: list[str], max_bytes: int, workers: int | None = None) -> ServeConfig:
    """The profiles a drafter can choose: those the server was started with, then the built-in ones.
    Each is loaded now, so a broken checklist stops the start, not a drafter's request."""
    from fzcheck.checklist import load_checklist

    profiles: dict[str, str] = {}
    titles: list[pages.Profile] = []
    for source in [*checklists, *BUILTIN_PROFILES]:
        cl = load_checklist(source)
        key = cl.id if cl.id not in profiles else f"{cl.id}-{len(profiles) + 1}"
        if source in BUILTIN_PROFILES and source in profiles.values():
            continue
        profiles[key] = source
        titles.append(pages.Profile(key, cl.title_for("zh")))
    return ServeConfig(profiles, titles, titles[0].key, max_bytes, workers or max(1, min(4, os.cpu_count() or 1)))


class Pool:
    """Worker processes (spawned: the server has threads, and a fork of a threaded process is unsafe);
    a pool broken by a crashed worker is replaced."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._lock = threading.Lock()
        self._pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   max_tasks_per_child=200)

    def run(self, fn: Callable[[Any], Any], job: Any) -> Any:
        with self._lock:
            pool = self._pool
        try:
            future: Future[Any] = pool.submit(fn, job)
            return future.result(timeout=JOB_TIMEOUT)
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:
                    self._pool = self._new()
            raise

    def warm(self, checklist: str) -> None:
        """Start the workers, each importing the checker and loading *checklist*, so that the first
        drafter does not wait."""
        with self._lock:
            for _ in range(self.workers):
                self._pool.submit(warm, checklist)

    def close(self) -> None:
        with self._lock:
            self._pool.shutdown(wait=True, cancel_futures=True)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # connections waiting for accept(): 20 drafters at once must not be turned away

    def __init__(self, address: tuple[str, int], config: ServeConfig, log: Callable[[str], None] | None = None) -> None:
        self.config = config
        self.pool = Pool(config.workers)
        self.gate = threading.BoundedSemaphore(4 * config.workers + 4)  # requests holding a body in memory
        self.log = log or (lambda line: print(line, file=sys.stderr, flush=True))
        self._own_root = not config.tmp_root
        if self._own_root:
            config.tmp_root = tempfile.mkdtemp(prefix="fzcheck-serve-")  # mode 0700
        super().__init__(address, Handler)

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()
        if self._own_root:
            shutil.rmtree(self.config.tmp_root, ignore_errors=True)


@dataclass(slots=True)
class Part:
    name: str
    filename: str | None
    data: bytearray = field(default_factory=bytearray)


class FormError(Exception):
    """A request that is not the form we serve: answered with one line and 400."""


def parse_form(read: Callable[[int], bytes], length: int, content_type: str, file_limit: int) -> list[Part]:
    """The parts of a multipart/form-data body of *length* bytes, in memory. A file part may hold up
    to *file_limit* bytes, a field FIELD_LIMIT (the pasted text: *file_limit*)."""
    kind, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise FormError("multipart/form-data")
    parts: list[Part] = []
    headers: dict[bytes, bytes] = {}
    pending = {"field": b"", "value": b""}
    current: list[Part | None] = [None]

    def on_part_begin() -> None:
        headers.clear()
        current[0] = None

    def on_header_field(data: bytes, start: int, end: int) -> None:
        pending["field"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        pending["value"] += data[start:end]

    def on_header_end() -> None:
        headers[pending["field"].lower()] = pending["value"]
        pending["field"] = pending["value"] = b""

    def on_headers_finished() -> None:
        _, disp = parse_options_header(headers.get(b"content-disposition", b""))
        name = disp.get(b"name", b"").decode("utf-8", "replace")
        filename = disp.get(b"filename")
        part = Part(name, filename.decode("utf-8", "replace") if filename is not None else None)
        current[0] = part
        parts.append(part)

    def on_part_data(data: bytes, start: int, end: int) -> None:
        part = current[0]
        if part is None:
            return
        part.data += data[start:end]
        limit = file_limit if part.filename is not None or part.name == "text" else FIELD_LIMIT
        if len(part.data) > limit:
            raise FormError(part.name)

    callbacks = {"on_part_begin": on_part_begin, "on_header_field": on_header_field,
                 "on_header_value": on_header_value, "on_header_end": on_header_end,
                 "on_headers_finished": on_headers_finished, "on_part_data": on_part_data}
    parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
    remaining = length
    try:
        while remaining > 0:
            chunk = read(min(1 << 16, remaining))
            if not chunk:
                raise FormError("incomplete")
            remaining -= len(chunk)
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError as exc:
        raise FormError(str(exc)) from None
    return parts


class Handler(BaseHTTPRequestHandler):
    server: Server
    server_version = "fzcheck"
    protocol_version = "HTTP/1.1"  # keep-alive, and a 413 before curl sends its body (Expect: 100-continue)
    timeout = 120  # seconds a silent client may hold a connection

    def version_string(self) -> str:
        return self.server_version

    def handle_expect_100(self) -> bool:
        if self._too_big() is not None:
            return True  # do_POST answers 413 without inviting the body
        return super().handle_expect_100()

    def _too_big(self) -> int | None:
        """The request's declared size when it is over the cap of its form, else None."""
        cfg = self.server.config
        limit = cfg.batch_max_bytes if urlsplit(self.path).path == "/batch" else cfg.max_bytes
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            return None
        return length if length < 0 or length > limit + FORM_OVERHEAD else None

    def _linger(self) -> None:
        """After refusing a body unread: let the client see the answer instead of a reset connection
        (closing a socket with unread input sends RST). The rest is discarded as it comes, briefly."""
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(1)
            deadline = time.monotonic() + 3
            while time.monotonic() < deadline and self.connection.recv(1 << 16):
                pass
        except OSError:
            pass

    # ------------------------------------------------------------ plumbing

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass  # each request is logged once, by _log, without its query or any report text

    def log_message(self, format: str, *args: Any) -> None:
        self.server.log(f"{self.client_address[0]} {format % args}")

    def _log(self, status: int, size: int, result: str, started: float) -> None:
        path = urlsplit(self.path).path
        self.server.log(f"{self.client_address[0]} {self.command} {path} {status} "
                        f"{size / 1024:.1f} KB {result} {time.monotonic() - started:.2f} s")

    @property
    def lang(self) -> str:
        value = parse_qs(urlsplit(self.path).query).get("lang", [self.server.config.lang])[0]
        return "en" if value == "en" else "zh"

    def _send(self, status: int, body: bytes, content_type: str, *, csp: str | None = None,
              attachment: str | None = None, close: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Content-Security-Policy", csp or "default-src 'none'; frame-ancestors 'none'")
        if attachment:
            self.send_header("Content-Disposition", pages.content_disposition(attachment))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _html(self, status: int, page: str, csp: str = pages.PAGE_CSP, close: bool = False) -> None:
        self._send(status, page.encode("utf-8"), "text/html; charset=utf-8", csp=csp, close=close)

    def _message(self, status: int, message: str, started: float, size: int = 0, close: bool = False) -> None:
        self._html(status, pages.message_page(self.lang, message), close=close)
        self._log(status, size, "refused", started)

    # ------------------------------------------------------------ routes

    def do_GET(self) -> None:
        started = time.monotonic()
        path = urlsplit(self.path).path
        if path in ("/", "/index.html"):
            cfg = self.server.config
            self._html(200, pages.upload_page(self.lang, cfg.titles, cfg.default, cfg.max_bytes // 2**20))
            self._log(200, 0, "-", started)
        else:
            self._message(404, t("serve.not_found", self.lang), started)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        started = time.monotonic()
        path = urlsplit(self.path).path
        if path not in ("/check", "/batch"):
            self._message(404, t("serve.not_found", self.lang), started, close=True)
            return
        cfg = self.server.config
        limit = (cfg.max_bytes if path == "/check" else cfg.batch_max_bytes)
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._message(411, t("serve.no_length", self.lang), started, close=True)
            return
        if length < 0 or length > limit + FORM_OVERHEAD:
            # refused from the header: the body is never read into memory
            self._message(413, t("serve.too_big", self.lang, size=round(length / 2**20, 1),
                                 limit=limit // 2**20), started, length, close=True)
            self._linger()
            return
        with self.server.gate:
            try:
                parts = parse_form(self.rfile.read, length, self.headers.get("Content-Type", ""), limit)
            except FormError:
                self._message(400, t("serve.bad_form", self.lang), started, length, close=True)
                return
            except OSError:
                self.close_connection = True
                return
            try:
                if path == "/check":
                    self._check(parts, length, started)
                else:
                    self._batch(parts, length, started)
            except BrokenProcessPool:
                self._message(500, t("serve.crashed", self.lang), started, length)
            except TimeoutError:
                self._message(503, t("serve.timeout", self.lang), started, length)

    def _fields(self, parts: list[Part]) -> dict[str, str]:
        return {p.name: p.data.decode("utf-8", "replace").strip() for p in parts
                if p.filename is None and p.name != "text"}

    def _profile(self, fields: dict[str, str]) -> str:
        cfg = self.server.config
        key = fields.get("checklist") or cfg.default
        if key not in cfg.profiles:  # only the server's own checklists; never a client's path
            raise FormError(t("serve.bad_profile", self.lang, key=key[:40]))
        return cfg.profiles[key]

    def _check(self, parts: list[Part], size: int, started: float) -> None:
        lang, cfg = self.lang, self.server.config
        fields = self._fields(parts)
        upload = next((p for p in parts if p.name == "file" and p.filename and p.data), None)
        text = next((p for p in parts if p.name == "text" and p.data.strip()), None)
        try:
            checklist = self._profile(fields)
            year = _year(fields.get("year", ""), lang)
            published = _date(fields.get("published", ""), lang)
            output = fields.get("output") or "page"
            if output not in OUTPUTS:
                raise FormError(t("serve.bad_form", lang))
        except FormError as exc:
            self._message(400, str(exc), started, size)
            return
        if upload is not None:
            name, data = display_name(upload.filename or ""), bytes(upload.data)
        elif text is not None:
            name, data = t("serve.pasted_name", lang), bytes(text.data)
        else:
            self._message(400, t("serve.no_file", lang), started, size)
            return
        del parts
        if len(data) > cfg.max_bytes:  # the CLI's refusal, in the CLI's words
            err = InputError(name, "err.too_big", size=round(len(data) / 2**20, 1), limit=cfg.max_bytes // 2**20)
            self._message(413, err.render(lang), started, size)
            return
        job = CheckJob(name, data, checklist, lang, cfg.tmp_root, cfg.max_bytes, year, published)
        del data
        outcome = self.server.pool.run(check_upload, job)
        if outcome.error:
            self._message(422, outcome.error, started, size)
            return
        stem = Path(name).stem or "report"
        result = ("pass" if outcome.passed else "fail") + f" gaps={outcome.gaps}"
        if output == "docx":
            if outcome.docx is None:
                err = InputError(name, "err.annotate_not_docx", format=Path(name).suffix.lstrip(".") or "text")
                self._message(422, err.render(lang), started, size)
                return
            self._send(200, outcome.docx, DOCX_MIME, attachment=f"{stem}.reviewed.docx")
        elif output == "json":
            self._send(200, outcome.json.encode("utf-8"), "application/json; charset=utf-8",
                       attachment=f"{stem}.fzcheck.json")
        elif output == "html":
            self._send(200, outcome.page.encode("utf-8"), "text/html; charset=utf-8", csp=_report_csp(),
                       attachment=f"{stem}.fzcheck.html")
        else:
            downloads = []
            if outcome.docx is not None:
                downloads.append(pages.Download(t("serve.dl.docx", lang), f"{stem}.reviewed.docx", DOCX_MIME,
                                                outcome.docx))
            downloads.append(pages.Download(t("serve.dl.json", lang), f"{stem}.fzcheck.json", "application/json",
                                            outcome.json.encode("utf-8")))
            downloads.append(pages.Download(t("serve.dl.html", lang), f"{stem}.fzcheck.html", "text/html",
                                            outcome.page.encode("utf-8")))
            page = outcome.page.replace("<main>\n", "<main>\n" + pages.download_bar(lang, downloads), 1)
            self._html(200, page, csp=_report_csp())
        self._log(200, size, result, started)

    def _batch(self, parts: list[Part], size: int, started: float) -> None:
        lang, cfg = self.lang, self.server.config
        fields = self._fields(parts)
        try:
            checklist = self._profile(fields)
        except FormError as exc:
            self._message(400, str(exc), started, size)
            return
        files = [(p.filename or "", bytes(p.data)) for p in parts if p.name == "files" and p.filename and p.data]
        del parts
        if not files:
            self._message(400, t("serve.no_file", lang), started, size)
            return
        job = BatchJob(files, checklist, lang, cfg.tmp_root, cfg.max_bytes, cfg.batch_max_bytes)
        del files
        outcome = self.server.pool.run(batch_upload, job)
        if outcome.error:
            self._message(422, outcome.error, started, size)
            return
        result = f"reports={outcome.count} unreadable={outcome.unreadable}"
        if fields.get("output") == "xlsx":
            self._send(200, outcome.xlsx, XLSX_MIME, attachment="review.xlsx")
            self._log(200, size, result, started)
            return
        bar = pages.download_bar(lang, [pages.Download(t("serve.dl.xlsx", lang), "review.xlsx", XLSX_MIME,
                                                       outcome.xlsx)])
        if outcome.skipped:
            bar += pages.skipped_note(lang, outcome.skipped)
        page = _after_body(outcome.page, bar)
        # the batch page brings its own policy (a <meta> admitting its one script by hash)
        self._html(200, page, csp="frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
        self._log(200, size, result, started)


DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _report_csp() -> str:
    from fzcheck.render.html_report import csp

    return csp() + "; frame-ancestors 'none'"


def _after_body(page: str, html: str) -> str:
    at = page.find("<body")
    end = page.find(">", at) + 1 if at >= 0 else 0
    return page[:end] + html + page[end:]


def _year(value: str, lang: str) -> int | None:
    if not value:
        return None
    if not value.isdigit() or not 1949 <= int(value) <= 2100:
        raise FormError(t("serve.bad_year", lang))
    return int(value)


def _date(value: str, lang: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FormError(t("serve.bad_date", lang)) from None


def start_line(host: str, port: int, lang: str) -> str:
    """Who can reach the server: only this computer, or every computer that can reach it on the network."""
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    if host in ("127.0.0.1", "localhost", "::1"):
        return t("serve.started_local", lang, url=url)
    return t("serve.started_network", lang, url=url, port=port)


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve(host: str, port: int, config: ServeConfig, lang: str = "zh") -> None:
    if MultipartParser is None:
        raise FzcheckError(None, "serve.need_web")
    config.lang = lang
    cls = Server
    if ":" in host:  # an IPv6 address such as :: or ::1

        class Server6(Server):
            address_family = socket.AF_INET6

        cls = Server6
    try:
        server = cls((host, port), config)
    except OSError as exc:
        raise FzcheckError(None, "serve.cannot_bind", host=host, port=port, reason=exc.strerror or str(exc)) from exc
    server.pool.warm(config.profiles[config.default])
    print(start_line(host, server.server_address[1], lang), flush=True)
    signal.signal(signal.SIGTERM, _stop)  # a service manager's stop cleans up as Ctrl+C does
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
