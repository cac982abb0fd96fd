"""Make the README's pictures of the reviewer's outputs: the review workbook's first printed page
and the review page as a browser shows it at 1366×768.

    python scripts/make_screenshots.py [FOLDER]   # default: the shared corpus, else examples/

It runs ``fzcheck batch FOLDER -o review.xlsx -o review.html``, prints the workbook with
LibreOffice (``soffice``) to PDF and turns its first page into a PNG with ``pdftoppm``
(poppler-utils), and takes a Chromium screenshot of the page; the pictures go to docs/img/.
The check date printed on the pages is pinned (SOURCE_DATE_EPOCH), so a rerun on the same
reports gives the same pictures.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "img"
SHARED = ROOT.parent / "shared" / "corpus"
EPOCH = "1767225600"  # 2026-01-01: the check date shown in the pictures
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise SystemExit(f"make_screenshots: {tool} not found (apt install "
                         f"{ {'soffice': 'libreoffice', 'pdftoppm': 'poppler-utils'}.get(tool, tool)})")
    return path


def reports(folder: Path, into: Path) -> Path:
    """The reports to show, copied into one folder (the workbook names files relative to it)."""
    into.mkdir()
    sources = [folder] if folder.is_dir() else []
    if not sources:
        raise SystemExit(f"make_screenshots: no folder {folder}")
    for src in sources:
        for f in sorted(src.rglob("*")):
            if f.is_file():
                shutil.copy(f, into / f.name)
    return into


def main() -> None:
    soffice, pdftoppm, chromium = need("soffice"), need("pdftoppm"), need("chromium")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fzshots-") as tmp_name:
        tmp = Path(tmp_name)
        if len(sys.argv) > 1:
            folder = reports(Path(sys.argv[1]), tmp / "reports")
        elif (SHARED / "excerpts").is_dir():
            folder = reports(SHARED / "excerpts", tmp / "reports")
            for f in (SHARED / "real").glob("*.txt"):
                shutil.copy(f, folder / f.name)
        else:
            folder = reports(ROOT / "examples", tmp / "reports")
        env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
        book, page = tmp / "review.xlsx", tmp / "review.html"
        subprocess.run([sys.executable, "-m", "fzcheck", "batch", str(folder), "-o", str(book), "-o", str(page),
                        "--fail-on", "never"], check=True, env=env, stdout=subprocess.DEVNULL)
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={(tmp / 'lo').as_uri()}",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(book)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        subprocess.run([pdftoppm, "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", str(tmp / "review.pdf"),
                        str(OUT / "review-workbook")], check=True)
        subprocess.run([chromium, *CHROME_FLAGS, f"--user-data-dir={tmp / 'profile'}", "--window-size=1366,768",
                        f"--screenshot={OUT / 'review-page.png'}", page.as_uri()], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    for name in ("review-workbook.png", "review-page.png"):
        print(OUT / name)


if __name__ == "__main__":
    main()
