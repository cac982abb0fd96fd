"""Screenshots of ``fzcheck serve`` for the README: the upload page and the result page of the
real report (uploaded as a drafter's Word file), taken in headless Chromium.

    python scripts/make_web_screenshots.py [--report PATH] [--out docs/img]

Needs the [web] and [test] extras (python-multipart, selenium, python-docx) and Debian's
chromium + chromium-driver.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "corpus" / "real" / "fuling-lizhi-2022.txt"


def word_copy(text_path: Path, target: Path) -> Path:
    """The report as a drafter's .docx: a paragraph per line, numbered headings in heading styles."""
    import docx

    document = docx.Document()
    lines = [line.strip() for line in text_path.read_text(encoding="utf-8").split("\n") if line.strip()]
    for i, line in enumerate(lines):
        style = None
        if i < 5 and "年度报告" in line:
            style = "Title"
        elif re.match(r"^[一二三四五六七八九十]、", line):
            style = "Heading 1"
        elif re.match(r"^[（(][一二三四五六七八九十][）)]", line):
            style = "Heading 2"
        document.add_paragraph(line, style=style)
    document.save(str(target))
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", type=Path, default=REAL)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "img")
    args = parser.parse_args()
    browser, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not (browser and driver_path):
        print("chromium and chromedriver are needed (apt install chromium chromium-driver)", file=sys.stderr)
        return 2
    if not args.report.is_file():
        print(f"{args.report}: not found", file=sys.stderr)
        return 2
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    from fzcheck.serve.server import Server, make_config

    args.out.mkdir(parents=True, exist_ok=True)
    server = Server(("127.0.0.1", 0), make_config([], 50 * 2**20, workers=1), log=lambda line: None)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    with tempfile.TemporaryDirectory() as tmp:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                     "--force-device-scale-factor=1", "--lang=zh-CN", f"--user-data-dir={tmp}/profile"):
            options.add_argument(flag)
        service = Service(driver_path, env={**os.environ, "LANG": "zh_CN.UTF-8"})  # Chinese date fields
        driver = webdriver.Chrome(options=options, service=service)
        try:
            driver.set_window_size(1100, 1000)
            driver.get(url)
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(1100, min(height + 20, 1400))
            driver.save_screenshot(str(args.out / "serve-upload.png"))
            driver.set_window_size(1100, 1600)
            driver.find_element(By.NAME, "file").send_keys(str(word_copy(args.report, Path(tmp) / "report.docx")))
            driver.find_element(By.CSS_SELECTOR, "#check button[type=submit]").click()
            for _ in range(300):
                if driver.find_elements(By.CSS_SELECTOR, "p.verdict"):
                    break
                time.sleep(0.1)
            driver.save_screenshot(str(args.out / "serve-result.png"))
            # where the missing part belongs, marked in the report's own text
            driver.set_window_size(1100, 900)
            driver.execute_script("var m=document.getElementById('m1');"
                                  "window.scrollTo({top: m.getBoundingClientRect().top + window.scrollY - 250,"
                                  " behavior: 'instant'});")
            time.sleep(0.5)
            driver.save_screenshot(str(args.out / "serve-result-text.png"))
        finally:
            driver.quit()
            server.shutdown()
            server.server_close()
    for name in ("serve-upload.png", "serve-result.png", "serve-result-text.png"):
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
