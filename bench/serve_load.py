"""Benchmark of ``fzcheck serve``: concurrent uploads, and small uploads while a large one is checked.

    python bench/serve_load.py [--report PATH] [--workers 2] [--n 20]

Prints figures; it asserts nothing (timings on a shared machine are not test material). The
second figure shows the worker pool at work: small reports sent while a large report is being
checked come back in about the time they take alone, not after the large one.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fzcheck.serve.server import Server, make_config  # noqa: E402
from test_serve import post  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real" / "fuling-lizhi-2022.txt"


def timed(url: str, name: str, data: bytes) -> float:
    start = time.perf_counter()
    status, _, _ = post(url + "/check", files=[("file", name, data)])
    if status != 200:
        raise SystemExit(f"{name}: HTTP {status}")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    fallback = ROOT / "examples" / "complete-report.md"
    parser.add_argument("--report", type=Path, default=REAL if REAL.is_file() else fallback)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--n", type=int, default=20)
    args = parser.parse_args()
    data = args.report.read_bytes()
    large = (data.decode("utf-8") + "\n") * 500  # a long report (~5 MB of text)
    server = Server(("127.0.0.1", 0), make_config([], 50 * 2**20, args.workers), log=lambda line: None)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        timed(url, "warm.txt", data)
        alone = statistics.median(timed(url, "one.txt", data) for _ in range(5))
        print(f"one upload alone: {alone * 1000:.0f} ms ({len(data) / 1024:.0f} KB, {args.workers} workers)")

        start = time.perf_counter()
        with ThreadPoolExecutor(args.n) as pool:
            times = list(pool.map(lambda i: timed(url, f"r{i}.txt", data), range(args.n)))
        wall = time.perf_counter() - start
        print(f"{args.n} concurrent uploads: all answered in {wall:.2f} s; latency median "
              f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")

        big = large.encode("utf-8")
        big_alone = timed(url, "big.txt", big)
        print(f"large report alone: {big_alone:.2f} s ({len(big) / 2**20:.1f} MB)")
        with ThreadPoolExecutor(2) as pool:
            big_future = pool.submit(timed, url, "big.txt", big)
            time.sleep(0.3)  # the large one is in a worker now
            small = [timed(url, f"s{i}.txt", data) for i in range(5)]
            big_time = big_future.result()
        print(f"while it is checked: 5 small uploads one after another, median "
              f"{statistics.median(small) * 1000:.0f} ms, max {max(small) * 1000:.0f} ms "
              f"(the large one took {big_time:.2f} s)")
    finally:
        server.shutdown()
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
