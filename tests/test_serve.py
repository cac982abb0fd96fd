"""fzcheck serve: the HTTP answers (curl-like, no JavaScript), 20 uploads at once, the refusals, and
the real page driven in headless Chromium (skipped where Chromium or chromedriver is absent)."""

from __future__ import annotations

import http.client
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytest.importorskip("python_multipart")

from fzcheck.serve.server import Server, make_config, start_line
from test_formats import REAL_TITLE, image_only_pdf, real_docx

PART_TITLE = "党政主要负责人履行推进法治建设第一责任人职责情况"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512  # the start of a Word 97-2003 file
HOSTILE = ("某某街道<script>window.__pwned=1</script>2022年法治政府建设工作年度报告\n\n"
           "一、2022年主要举措及成效\n\n"
           '学习贯彻习近平法治思想<img src=x onerror="window.__pwned=2">，全年学法 4 次。'
           "</p><script>window.__pwned=3</script>\n\n"
           "二、存在的不足和原因\n\n普法宣传效果有待提高。\n\n"
           "三、2023年度推进法治政府建设的主要安排\n\n继续深化依法行政。\n")


@dataclass
class Running:
    url: str
    root: Path  # the server's private temporary root
    logs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    root = tmp_path_factory.mktemp("serve-root")
    config = make_config([], 50 * 2**20, workers=2)
    config.tmp_root = str(root)
    running = Running("", root)
    srv = Server(("127.0.0.1", 0), config, log=running.logs.append)
    running.url = f"http://127.0.0.1:{srv.server_address[1]}"
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield running
    srv.shutdown()
    srv.server_close()
    thread.join(10)


def post(url: str, fields: dict[str, str] | None = None, files: list[tuple[str, str, bytes]] | None = None,
         ) -> tuple[int, dict[str, str], bytes]:
    """A multipart/form-data POST as a browser or curl sends it: (status, headers, body)."""
    boundary = uuid.uuid4().hex
    body = io.BytesIO()
    for name, value in (fields or {}).items():
        body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, filename, data in files or []:
        body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                   "Content-Type: application/octet-stream\r\n\r\n".encode())
        body.write(data + b"\r\n")
    body.write(f"--{boundary}--\r\n".encode())
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    try:
        conn.request("POST", parts.path + (f"?{parts.query}" if parts.query else ""), body.getvalue(),
                     {"Content-Type": f"multipart/form-data; boundary={boundary}"})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def cli_error(tmp_path: Path, name: str, data: bytes) -> str:
    """What ``fzcheck validate`` says about the same file, without its 「fzcheck: 」 prefix."""
    (tmp_path / name).write_bytes(data)
    run = subprocess.run([sys.executable, "-m", "fzcheck", "validate", name], cwd=tmp_path, capture_output=True,
                         text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert run.returncode == 2
    return run.stderr.strip().removeprefix("fzcheck: ")


# ---------------------------------------------------------------- the HTTP answers

def test_upload_page_is_a_plain_form_in_chinese_and_english(server: Running) -> None:
    status, headers, body = get(server.url + "/")
    page = body.decode()
    assert status == 200
    assert '<form method="post" action="/check" enctype="multipart/form-data"' in page
    assert '<input type="file" name="file"' in page and "开始检查" in page
    for key in ("national", "township", "county", "department"):
        assert f'<option value="{key}"' in page
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert "http" not in re.sub(r"http://127\.0\.0\.1:8000/check", "", page)  # nothing from elsewhere
    _, _, english = get(server.url + "/?lang=en")
    assert "Check one report" in english.decode() and 'action="/check?lang=en"' in english.decode()


def test_real_report_result_page_gaps_first_with_downloads(server: Running, real_report: Path) -> None:
    status, headers, body = post(server.url + "/check", {"checklist": "national"},
                                 [("file", "涪陵.txt", real_report.read_bytes())])
    page = body.decode()
    assert status == 200
    verdict = re.search(r'<p class="verdict fail">([^<]*)</p>', page)
    assert verdict and verdict.group(1).startswith("结论：不通过 — 缺少必备部分 1 个（" + PART_TITLE)
    first_gap = page.index('class="gap ')
    assert page.index(PART_TITLE, first_gap) < page.index('class="gap ', first_gap + 1)  # the missing part first
    assert "✘ 缺失" in page[first_gap:first_gap + 400]
    # the marker in the text stands after 二、存在的不足和原因 (line 39-41), before 三、 (line 43)
    assert page.index('id="m1"') < page.index('id="L43"') and page.index('id="L41"') < page.index('id="m1"')
    assert 'download="涪陵.fzcheck.json"' in page and 'download="涪陵.fzcheck.html"' in page
    assert "reviewed.docx" not in page  # a text upload has no Word copy
    assert headers["cache-control"] == "no-store"
    assert "script-src" not in headers["content-security-policy"]  # the result page runs no script


def test_direct_downloads_for_scripts(server: Running, tmp_path: Path, real_report: Path) -> None:
    import docx

    src = real_docx(real_report, tmp_path / "报告.docx")
    status, headers, body = post(server.url + "/check", {"output": "docx"}, [("file", "报告.docx", src.read_bytes())])
    assert status == 200 and "filename*=UTF-8''%E6%8A%A5%E5%91%8A.reviewed.docx" in headers["content-disposition"]
    out = tmp_path / "out.docx"
    out.write_bytes(body)
    comments = [c.text for c in docx.Document(str(out)).comments]
    assert any(PART_TITLE in c for c in comments)
    status, _, body = post(server.url + "/check", {"output": "json"}, [("file", "报告.docx", src.read_bytes())])
    import json

    data = json.loads(body)
    assert data["reports"][0]["path"] == "报告.docx"  # the drafter's name, not the server's temporary copy
    missing = next(e for e in data["reports"][0]["elements"] if e["id"] == "part.first-responsible")
    assert missing["status"] == "missing"


def test_doc_and_scanned_files_get_the_cli_message(server: Running, tmp_path: Path) -> None:
    status, _, body = post(server.url + "/check", files=[("file", "草稿.doc", OLE)])
    assert status == 422
    message = cli_error(tmp_path, "草稿.doc", OLE)
    assert "Word 97-2003" in message
    assert f'<p class="error" role="alert">{message}</p>' in body.decode()
    status, _, body = post(server.url + "/check?lang=en", files=[("file", "draft.docx", b"PK\x03\x04broken")])
    assert status == 422 and "draft.docx: " in body.decode()


def test_scanned_pdf_gets_the_cli_message(server: Running, tmp_path: Path) -> None:
    scan = image_only_pdf(tmp_path / "scan.pdf").read_bytes()
    status, _, body = post(server.url + "/check", files=[("file", "扫描件.pdf", scan)])
    message = cli_error(tmp_path, "扫描件.pdf", scan)
    assert status == 422 and "没有文字层" in message
    assert f'<p class="error" role="alert">{message}</p>' in body.decode()


def test_profile_year_date_and_english(server: Running, real_report: Path) -> None:
    data = real_report.read_bytes()
    _, _, body = post(server.url + "/check", {"checklist": "township"}, [("file", "r.txt", data)])
    assert "（township " in body.decode()  # the page names the checklist it was checked against
    _, _, on_time = post(server.url + "/check", files=[("file", "r.txt", data)])
    _, _, late = post(server.url + "/check", {"published": "2023-06-30", "year": "2022"}, [("file", "r.txt", data)])
    assert "doc.deadline" not in on_time.decode() and "doc.deadline" in late.decode()
    status, _, body = post(server.url + "/check", {"year": "../../etc"}, [("file", "r.txt", data)])
    assert status == 400 and "报告年度应为 1949 至 2100 之间的年份" in body.decode()
    status, _, body = post(server.url + "/check?lang=en", files=[("file", "r.txt", data)])
    page = body.decode()
    assert status == 200 and '<p class="verdict fail">Verdict: fail' in page and 'href="/?lang=en"' in page


def test_without_the_web_extra_serve_says_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from fzcheck import cli
    from fzcheck.serve import server as module

    monkeypatch.setattr(module, "MultipartParser", None)
    with pytest.raises(SystemExit) as exc:
        cli.main(["serve", "--port", "0"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.strip() == 'fzcheck: 网页版需要额外的组件：pip install "fzcheck[web]"'


def test_a_request_over_the_cap_is_refused_before_its_body_is_sent(server: Running) -> None:
    host, port = urlsplit(server.url).hostname, urlsplit(server.url).port
    with socket.create_connection((host, port), timeout=20) as sock:
        # headers only: a server that read the body would wait here until its timeout
        sock.sendall(b"POST /check HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                     b"Content-Length: 524288000\r\n\r\n")
        answer = b""
        while b"</html>" not in answer:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413")
    assert "上传内容过大（500.0 MB，上限 50 MB），未接收" in answer.decode()


def test_only_the_servers_checklists_and_no_client_path(server: Running, real_report: Path) -> None:
    status, _, body = post(server.url + "/check", {"checklist": str(real_report)},
                           [("file", "r.txt", real_report.read_bytes())])
    assert status == 400 and "没有名为" in body.decode()
    status, _, body = post(server.url + "/check", {"checklist": "township"}, [("file", "r.txt", b"")],)
    assert status == 400 and "请选择文件或粘贴报告全文" in body.decode()
    status, _, body = post(server.url + "/check", {"text": real_report.read_text(encoding="utf-8")})
    assert status == 200 and "粘贴的文本" in body.decode()


def test_batch_of_files_and_a_zip_with_hostile_names(server: Running, tmp_path: Path) -> None:
    examples = Path(__file__).parents[1] / "examples"
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("../../escape/完整.md", (examples / "complete-report.md").read_bytes())
        zf.writestr("sub/dir/deficient-report.md", (examples / "deficient-report.md").read_bytes())
        zf.writestr("tool.exe", b"MZ")
    status, _, body = post(server.url + "/batch", {"checklist": "national"},
                           [("files", "reports.zip", archive.getvalue()), ("files", "草稿.doc", OLE)])
    page = body.decode()
    assert status == 200
    assert "<td>完整.md</td>" in page and "<td>deficient-report.md</td>" in page  # last components only
    assert "草稿.doc" in page and "tool.exe" in page  # the unreadable row, and the member left out
    assert 'download="review.xlsx"' in page
    assert not (server.root.parent / "escape").exists() and not list(server.root.iterdir())
    status, headers, body = post(server.url + "/batch", {"output": "xlsx"},
                                 [("files", "reports.zip", archive.getvalue())])
    assert status == 200 and headers["content-disposition"].startswith('attachment; filename="review.xlsx"')
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(body))
    cells = {str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v}
    assert {"deficient-report.md", "完整.md"} <= cells  # the files of the batch, by their last name
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"0" * (40 * 2**20))
    status, _, body = post(server.url + "/batch", files=[("files", "bomb.zip", bomb.getvalue())])
    assert status == 422 and "疑似压缩炸弹" in body.decode()


def test_twenty_concurrent_uploads_and_nothing_left_behind(server: Running, real_report: Path) -> None:
    data = real_report.read_bytes()
    server.logs.clear()

    def one(n: int) -> tuple[int, bytes]:
        status, _, body = post(server.url + "/check", files=[("file", f"报告{n}.txt", data)])
        return status, body

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(one, range(20)))
    assert [status for status, _ in answers] == [200] * 20
    assert all(PART_TITLE.encode() in body and b'class="verdict fail"' in body for _, body in answers)
    assert list(server.root.iterdir()) == []  # every upload's private directory is gone
    checks = [line for line in server.logs if "POST /check" in line]
    from fzcheck.api import check_file
    from fzcheck.render.view import result_view

    gaps = len(result_view(check_file(str(real_report)), "zh").gaps)  # what the CLI finds in it
    assert len(checks) == 20 and all(f"fail gaps={gaps}" in line for line in checks)
    # nothing about a report in the log: no file name, no title, no text
    assert not any("报告" in line or REAL_TITLE[:6] in line for line in server.logs)


def test_client_file_names_never_become_paths() -> None:
    from fzcheck.serve.jobs import disk_name, display_name

    assert display_name("../../etc/passwd") == "passwd" and display_name("C:\\Users\\张三\\报告.docx") == "报告.docx"
    assert display_name("..") == "report.txt" and display_name("\x00\x1b[31m.md") == "[31m.md"
    assert disk_name('a<b>"|?*.pdf') == "report.pdf" and disk_name("x.exe:bad") == "report.txt"
    taken: set[str] = set()
    assert [disk_name("r.md", taken) for _ in range(3)] == ["r.md", "2-r.md", "3-r.md"]
    assert len(disk_name("长" * 300 + ".docx").encode()) < 255


def test_start_line_says_who_can_reach_it() -> None:
    assert "只有本机可以访问" in start_line("127.0.0.1", 8000, "zh")
    assert "凡能通过网络连到本机 8000 端口的电脑都可以访问" in start_line("0.0.0.0", 8000, "zh")
    assert "this computer only" in start_line("127.0.0.1", 8000, "en")


def test_validate_and_version_do_not_import_the_server() -> None:
    probe = ("import sys\nfrom fzcheck.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "bad = [m for m in ('http.server', 'python_multipart', 'fzcheck.serve') if m in sys.modules]\n"
             "print('IMPORTED', bad)\n")
    examples = Path(__file__).parents[1] / "examples"
    for args in (["--version"], ["validate", str(examples / "complete-report.md")]):
        run = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True)
        assert "IMPORTED []" in run.stdout, (args, run.stdout, run.stderr)


def test_serve_command_starts_and_answers(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "fzcheck", "serve", "--port", "0", "--workers", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "TMPDIR": str(tmp_path), "PYTHONIOENCODING": "utf-8"})
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url and "只有本机可以访问" in line
        status, _, body = get(url.group(0))
        assert status == 200 and "检查一份报告" in body.decode()
        roots = list(tmp_path.iterdir())
        assert len(roots) == 1 and roots[0].name.startswith("fzcheck-serve-") and roots[0].stat().st_mode & 0o077 == 0
    finally:
        proc.terminate()
        proc.wait(30)
    assert list(tmp_path.iterdir()) == []  # the private root goes with the server


# ---------------------------------------------------------------- in a real browser

def _chromium() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    webdriver = pytest.importorskip("selenium.webdriver")
    found = _chromium()
    if found is None:
        pytest.skip("chromium and chromedriver are not installed")
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1600",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    try:
        driver = webdriver.Chrome(options=options, service=Service(found[1]))
    except Exception as exc:  # a browser that cannot start here (no display libraries, ...)
        pytest.skip(f"chromium does not start: {exc}")
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    yield driver
    driver.quit()


def _upload(driver, url: str, path: Path) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url + "/")
    form = driver.find_element(By.ID, "check")
    form.find_element(By.NAME, "file").send_keys(str(path))
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    for _ in range(600):
        if "/check" in driver.current_url and driver.execute_script("return document.readyState") == "complete":
            return
        time.sleep(0.1)


def test_browser_real_report_docx_missing_part_and_commented_download(browser, server: Running, tmp_path: Path,
                                                                      real_report: Path) -> None:
    import docx
    from selenium.webdriver.common.by import By

    src = real_docx(real_report, tmp_path / "荔枝街道.docx")
    _upload(browser, server.url, src)
    first = browser.find_elements(By.CSS_SELECTOR, "li.gap")[0]
    assert first.find_element(By.CSS_SELECTOR, ".st").text == "✘ 缺失"
    assert PART_TITLE in first.find_element(By.CSS_SELECTOR, "h3").text
    verdict = browser.find_element(By.CSS_SELECTOR, "p.verdict").text
    assert verdict.startswith("结论：不通过") and PART_TITLE in verdict
    # clicking where the part belongs scrolls to its marker in the report's text
    link = first.find_element(By.CSS_SELECTOR, ".where a")
    assert browser.execute_script("return window.scrollY") == 0
    link.click()
    marker = browser.find_element(By.ID, "m1")
    for _ in range(50):
        inside = browser.execute_script(
            "var r=arguments[0].getBoundingClientRect();return r.top>=0&&r.top<window.innerHeight;", marker)
        if inside:
            break
        time.sleep(0.1)
    assert inside and browser.execute_script("return window.scrollY") > 0
    assert "应补充" in marker.text
    # the annotated copy downloads from the page and python-docx reads its comments
    browser.execute_script("window.scrollTo({top: 0, behavior: 'instant'})")
    browser.find_element(By.CSS_SELECTOR, 'a[download$=".reviewed.docx"]').click()
    target = browser.downloads / "荔枝街道.reviewed.docx"
    for _ in range(200):
        if target.exists() and target.stat().st_size > 0:
            break
        time.sleep(0.1)
    comments = [c.text for c in docx.Document(str(target)).comments]
    assert comments and any(PART_TITLE in c for c in comments)


def test_browser_doc_upload_shows_the_one_line_refusal(browser, server: Running, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    (tmp_path / "up").mkdir()
    path = tmp_path / "up" / "草稿.doc"
    path.write_bytes(OLE)
    _upload(browser, server.url, path)
    shown = browser.find_element(By.CSS_SELECTOR, "p.error").text
    assert shown == cli_error(tmp_path, "草稿.doc", OLE)
    assert "\n" not in shown


def test_browser_drag_and_drop_then_plain_submit(browser, server: Running, real_report: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server.url + "/")
    browser.execute_script(
        "var dt = new DataTransfer(); dt.items.add(new File([arguments[0]], '拖入.txt', {type: 'text/plain'}));"
        "var zone = document.querySelector('#check .drop');"
        "zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
        "zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
        real_report.read_text(encoding="utf-8"))
    assert browser.find_element(By.CSS_SELECTOR, "#check .picked").text == "拖入.txt"  # the script ran (CSP admits it)
    browser.find_element(By.CSS_SELECTOR, "#check button[type=submit]").click()
    for _ in range(300):
        if browser.find_elements(By.CSS_SELECTOR, "p.verdict"):
            break
        time.sleep(0.1)
    assert "文件：拖入.txt" in browser.find_element(By.CSS_SELECTOR, ".facts").text
    assert browser.find_elements(By.CSS_SELECTOR, "li.gap.missing")


def test_browser_upload_over_the_cap_shows_the_refusal(browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    config = make_config([], 2**20, workers=1)  # 1 MB
    config.tmp_root = str(tmp_path)
    small = Server(("127.0.0.1", 0), config, log=lambda line: None)
    threading.Thread(target=small.serve_forever, daemon=True).start()
    try:
        path = tmp_path / "up" / "big.txt"
        path.parent.mkdir()
        path.write_bytes(os.urandom(6 * 2**20).hex().encode())  # 12 MB
        _upload(browser, f"http://127.0.0.1:{small.server_address[1]}", path)
        # refused from its Content-Length, yet the browser shows the answer, not a reset connection
        assert browser.find_element(By.CSS_SELECTOR, "p.error").text == "上传内容过大（12.0 MB，上限 1 MB），未接收"
    finally:
        small.shutdown()
        small.server_close()


def test_browser_runs_no_script_from_a_report(browser, server: Running, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    _upload(browser, server.url, path)
    assert browser.find_element(By.CSS_SELECTOR, "p.verdict").text.startswith("结论：")
    assert browser.execute_script("return window.__pwned === undefined")
    text = browser.find_element(By.CSS_SELECTOR, ".text").text
    assert "<script>window.__pwned=1</script>" in browser.find_element(By.TAG_NAME, "h1").text
    assert 'onerror="window.__pwned=2"' in text and "<script>window.__pwned=3</script>" in text
    assert not browser.find_elements(By.CSS_SELECTOR, "main script, main img")
