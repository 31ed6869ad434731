"""Print the CPU instructions one sync call takes, ours next to raw httpx, counted by
valgrind (callgrind): repeatable to about 0.2% on a shared machine, where wall-clock
figures move by 5%. Use it to decide whether a change to the runtime templates pays.

Run from the repository root::

    .venv/bin/python bench/instructions.py [--calls N] [--generated DIR] [CONTENDER ...]

Contenders (default: all of the first four):

- ``raw``: ``httpx.Client.post`` to a new URL each call (a different host pool, cycling
  through 1,000: ``client.new_url_each_call``), reading the body;
- ``ours``: ``client.host_pools.retrieve_registration_token`` to a new URL each call;
- ``raw-same`` / ``ours-same``: the same URL every call (ours then reuses the parsed URL);
- ``build``, ``handle``, ``call``: ours' request building and validation, response
  handling (JSON and model), and :class:`_policy.Call`'s set-up and bookkeeping alone.

Each figure is the difference between a run of N calls and a run of none (both after
the same warm-up), divided by N: interpreter start-up and imports cancel out. The server
is ``bench/client.py``'s, in its own process. Without valgrind it says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTENDERS = ("raw", "ours", "raw-same", "ours-same", "build", "handle", "call")
WARM_UP = 50


def run_contender(name: str, calls: int, url: str) -> None:
    """The measured process: warm up, then ``calls`` calls of ``name``."""
    import httpx

    import client as bench  # bench/client.py
    from desktopvirtualization import DesktopVirtualizationAPIClient, _operations, _policy

    ours = DesktopVirtualizationAPIClient(bench.Credential(), bench.SUBSCRIPTION, endpoint=url)
    raw = httpx.Client()
    full_url = f"{url}{bench.PATH}?api-version=2025-10-10"
    headers = {"Authorization": "Bearer bench-token", "Accept": "application/json"}
    next_url, next_pool = bench.new_url_each_call(full_url)
    config, pipeline = ours._config, ours._pipeline
    build = _operations.build_host_pools_retrieve_registration_token_request
    handle = _operations.handle_host_pools_retrieve_registration_token_response
    request = build(config, bench.RG, bench.POOL)
    response = pipeline.send(request, timeout=None, deadline=None, retries=None, client_request_id=None)

    def one_call() -> object:
        call = _policy.Call(
            request,
            retry=pipeline._retry,
            retries=None,
            timeout=pipeline._timeout,
            deadline=None,
            headers=pipeline._headers,
            client_request_id=None,
            log_bodies=False,
        )
        call.attempt()
        return call.answered(response)

    functions = {
        "raw": lambda: raw.post(next_url(), headers=headers).content,
        "ours": lambda: ours.host_pools.retrieve_registration_token(bench.RG, next_pool()),
        "raw-same": lambda: raw.post(full_url, headers=headers).content,
        "ours-same": lambda: ours.host_pools.retrieve_registration_token(bench.RG, bench.POOL),
        "build": lambda: build(config, bench.RG, next_pool()),
        "handle": lambda: handle(response),
        "call": one_call,
    }
    function = functions[name]
    for _ in range(WARM_UP + calls):
        function()


def instructions(name: str, calls: int, url: str, generated: Path) -> int:
    """Instructions of a whole run of ``calls`` calls of ``name``, counted by callgrind."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(generated), str(ROOT / "bench")]))
    out = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--contender",
            name,
            "--calls",
            str(calls),
            "--url",
            url,
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    match = re.search(r"Collected : (\d+)", out.stderr)
    if out.returncode != 0 or match is None:
        raise SystemExit(f"{name}: valgrind run failed:\n{out.stderr[-2000:]}")
    return int(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("contenders", nargs="*", metavar="CONTENDER", help=f"any of {', '.join(CONTENDERS)}")
    parser.add_argument("--calls", type=int, default=200, help="calls per measured run (default 200)")
    parser.add_argument("--generated", type=Path, default=ROOT / "generated", help="folder holding desktopvirtualization")
    parser.add_argument("--contender", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.contender:
        run_contender(args.contender, args.calls, args.url)
        return
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction counts (apt install valgrind)")
        return
    sys.path.insert(0, str(ROOT / "bench"))
    import client as bench

    names = args.contenders or list(CONTENDERS[:4])
    unknown = sorted(set(names) - set(CONTENDERS))
    if unknown:
        parser.error(f"unknown contender(s) {', '.join(unknown)}: choose from {', '.join(CONTENDERS)}")
    print(f"{'contender':10s}  instructions per call (callgrind, {args.calls} calls minus none)")
    counts: dict[str, float] = {}
    with bench.Server() as server:
        for name in names:
            whole = instructions(name, args.calls, server.url, args.generated)
            empty = instructions(name, 0, server.url, args.generated)
            counts[name] = (whole - empty) / args.calls
            print(f"{name:10s}  {counts[name] / 1000:9,.1f} k", flush=True)
    for ours, raw in (("ours", "raw"), ("ours-same", "raw-same")):
        if ours in counts and raw in counts:
            print(f"{raw} / {ours}: {counts[raw] / counts[ours]:.3f} (the throughput ratio if time followed instructions)")


if __name__ == "__main__":
    main()
