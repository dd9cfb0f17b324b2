#!/usr/bin/env python3
"""`Scripts/bench service`: how fast `amhp serve` answers, on the demo hub with twelve published months
and a TOIL ledger of 20,000 entries, printed as one table beside issue 17's targets.

Usage: bench_service.py AMHP_EXECUTABLE HUB_FOLDER WORK_FOLDER

Everything it makes (the database, the server's log and workspace) is in WORK_FOLDER, which the caller
removes; the server it starts is stopped on every way out. Reads are measured with wrk (32 connections,
BENCH_SECONDS each, default 10); TOIL writes and balance reads one at a time, as a manager makes them.
"""
import datetime
import http.client
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time

CONNECTIONS = 32
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
PASSWORD = "Bench-lighthouse-5521"
LEDGER_ENTRIES = int(os.environ.get("BENCH_LEDGER", "20000"))
MONTHS = int(os.environ.get("BENCH_MONTHS", "12"))
SOLVE_SECONDS = float(os.environ.get("BENCH_SOLVE_SECONDS", "10"))
WRITES = int(os.environ.get("BENCH_WRITES", "300"))
SETTLE_TOKEN = None


def run(*arguments, stdin=None):
    result = subprocess.run(arguments, input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(map(str, arguments))} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Client:
    def __init__(self, port, token=None):
        self.port, self.token = port, token

    def send(self, method, path, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        connection.close()
        return response.status, (json.loads(text) if text and text.lstrip()[:1] in "[{" else text)

    def require(self, method, path, body=None, expect=(200, 201, 202)):
        status, answer = self.send(method, path, body)
        if status not in expect:
            raise RuntimeError(f"{method} {path}: {status} {str(answer)[:400]}")
        return answer


def add_users(amhp, database):
    for name, role, amhp_id in [("sam", "manager", None), ("lee", "lead", None), ("helen", "amhp", "A01")]:
        arguments = [amhp, "users", "add", "--username", name, "--role", role, "--password-stdin", "--database", database]
        if amhp_id:
            arguments += ["--amhp-id", amhp_id]
        run(*arguments, stdin=PASSWORD + "\n")


def fill_ledger(amhp, database, entries):
    """The ledger's rows written in one SQL transaction, shaped exactly as `amhp toil add` writes them
    (the first row is written by the CLI and copied), then the running totals rebuilt from them: one
    transaction instead of 20,000 appends. Accrued and taken hours alternate so no balance goes below zero;
    every entry is re-checked by the service when it reads the ledger, so a malformed row fails the bench."""
    amhp_ids = [row.split(",")[0] for row in open(os.path.join(HUB, "amhps.csv"), encoding="utf-8-sig").read().splitlines()[1:] if row]
    today = datetime.date.today()
    first_day = today - datetime.timedelta(days=120)
    # The import's own entries are recorded today, so these are too: back-dated, as the ledger allows.
    run(amhp, "toil", "add", "--amhp", amhp_ids[0], "--kind", "accrued", "--hours", "1", "--date", str(first_day),
        "--reason", "bench", "--approved-by", "sam", "--recorded-by", "sam", "--database", database)
    connection = sqlite3.connect(database)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(toil_entries)")]
    template = dict(zip(columns, connection.execute("SELECT * FROM toil_entries ORDER BY position DESC LIMIT 1").fetchone()))
    rows = []
    for position in range(template["position"] + 1, entries + 1):
        amhp_id = amhp_ids[position % len(amhp_ids)]
        taken = (position // len(amhp_ids)) % 4 == 3
        day = first_day + datetime.timedelta(days=position * 100 // entries)
        row = dict(template)
        row.update(position=position, entry_id=f"bench-{position}", amhp_id=amhp_id, kind="taken" if taken else "accrued",
                   date=str(day), hours_hundredths=50 if taken else 100, approved_by=None if taken else "sam", reason="bench")
        rows.append(tuple(row[column] for column in columns))
    with connection:
        connection.executemany(f"INSERT INTO toil_entries ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
    connection.close()
    # The rows went in beside the ledger's running totals: rebuild them from a full replay, then check
    # them as an operator would, so the bench reads the totals a real ledger would have.
    run(amhp, "toil", "rebuild-totals", "--recorded-by", "sam", "--database", database)
    run(amhp, "toil", "verify", "--database", database)
    return amhp_ids


def publish_months(client, first_month, count):
    """Each month planned by a solve job (BENCH_SOLVE_SECONDS) and published, in order, as a manager does."""
    year, month = first_month
    published = []
    for _ in range(count):
        name = f"{year:04d}-{month:02d}"
        rota_id = None
        for seconds in (SOLVE_SECONDS, SOLVE_SECONDS * 3):
            job = client.require("POST", "/api/solve-jobs", {"month": name, "time_limit": seconds, "seed": 1})
            while job["status"] not in ("done", "failed", "cancelled"):
                time.sleep(1)
                job = client.require("GET", f"/api/solve-jobs/{job['id']}")
            if job["status"] != "done":
                raise RuntimeError(f"the solve of {name} ended {job['status']}: {job.get('error')}")
            status, answer = client.send("POST", f"/api/rotas/{job['rota_id']}/publish")
            if status == 200:
                rota_id = job["rota_id"]
                break
            print(f"  {name}: publishing refused ({status}); solving again for longer", file=sys.stderr)
        if rota_id is None:
            raise RuntimeError(f"{name} could not be published")
        published.append((name, rota_id))
        print(f"  published {name}", file=sys.stderr)
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return published


def wrk(port, path, token, seconds=SECONDS):
    """Requests per second, p50 and p99 in milliseconds, and the share of answers that were not 2xx/3xx."""
    script = os.path.join(WORK, "wrk-auth.lua")
    with open(script, "w") as file:
        file.write(f'wrk.headers["Authorization"] = "Bearer {token}"\n' if token else "")
    output = run("wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "-s", script, f"http://127.0.0.1:{port}{path}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))

    def percentile(name):
        match = re.search(rf"^\s+{name}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    total = re.search(r"(\d+) requests in", output)
    bad = int(errors.group(1)) if errors else 0
    if bad:
        print(f"  {path}: {bad} of {total.group(1)} answers were errors", file=sys.stderr)
    timeouts = re.search(r"Socket errors:.*timeout (\d+)", output)
    if timeouts and int(timeouts.group(1)):
        print(f"  {path}: {timeouts.group(1)} requests took over wrk's 2 s and are not in the percentiles", file=sys.stderr)
    settle(port)
    print(f"  {path}: {rate:.0f}/s", file=sys.stderr)
    return rate, percentile(50), percentile(99)


def settle(port):
    """Waits until the server has worked off what wrk left queued (a slow server is still answering
    requests wrk gave up on), so that one measurement does not slow the next."""
    client = Client(port, SETTLE_TOKEN)
    for _ in range(300):
        start = time.perf_counter()
        client.send("GET", "/api/me")
        if time.perf_counter() - start < 0.05:
            return
        time.sleep(0.5)


def lost(rate, quiet_rate):
    return f"lost {100 * (1 - rate / quiet_rate):.0f}% (<=20%)" if quiet_rate > 0 else "(no quiet rate)"


def timed(client, method, path, body_for, count):
    durations = []
    for index in range(count):
        start = time.perf_counter()
        client.require(method, path, body_for(index) if body_for else None)
        durations.append((time.perf_counter() - start) * 1000)
    durations.sort()
    return 1000 * count / sum(durations), durations[len(durations) // 2], durations[min(len(durations) - 1, int(len(durations) * 0.99))]


def peak_memory_mb(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main():
    global HUB, WORK
    amhp, HUB, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
    database = os.path.join(WORK, "bench.sqlite")
    print(f"Setting up: the demo hub, {MONTHS} published months, a TOIL ledger of {LEDGER_ENTRIES} entries...", file=sys.stderr)
    run(amhp, "import", "--hub", HUB, "--database", database)
    add_users(amhp, database)
    amhp_ids = fill_ledger(amhp, database, LEDGER_ENTRIES)
    port = free_port()
    log = open(os.path.join(WORK, "serve.log"), "w")
    server = subprocess.Popen([amhp, "serve", "--database", database, "--port", str(port), "--planning", HUB,
                               "--workspace", os.path.join(WORK, "jobs")], stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)

    def stop(*_):
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
    signal.signal(signal.SIGTERM, lambda *_: (stop(), sys.exit(1)))
    try:
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        tokens = {name: Client(port).require("POST", "/api/session", {"username": name, "password": PASSWORD})["token"]
                  for name in ("sam", "lee", "helen")}
        manager, helen = Client(port, tokens["sam"]), Client(port, tokens["helen"])
        global SETTLE_TOKEN
        SETTLE_TOKEN = tokens["sam"]
        today = datetime.date.today()
        published = publish_months(manager, (today.year, today.month), MONTHS)
        this_month_rota = published[0][1]
        rota_path = f"/api/rotas/{this_month_rota}"

        reads = [
            (f"GET /api/rotas/{{id}} (lead)", rota_path, tokens["lee"], ">=1000/s, p99<50ms"),
            ("GET /api/my/rota (AMHP)", "/api/my/rota", tokens["helen"], ">=1000/s, p99<50ms"),
            ("GET /api/my/changes (AMHP)", "/api/my/changes", tokens["helen"], ">=1000/s, p99<50ms"),
            ("rota page /rotas/{id} (lead)", f"/rotas/{this_month_rota}", tokens["lee"], ">=300/s, p99<100ms"),
            ("GET /api/amhps (lead)", "/api/amhps", tokens["lee"], ">=1000/s"),
        ]
        rows = [("yardstick: GET /css/app.css", *wrk(port, "/css/app.css", None), "(static file)")]
        quiet = {}
        for name, path, token, target in reads:
            quiet[path] = wrk(port, path, token)
            rows.append((name, *quiet[path], target))

        def writes_body(index):
            return {"amhp_id": amhp_ids[index % len(amhp_ids)], "kind": "accrued", "hours": 0.25, "date": str(today),
                    "reason": "bench write", "approved_by": "sam"}
        rows.append((f"POST /api/toil/entries ({WRITES}, one at a time)", *timed(manager, "POST", "/api/toil/entries", writes_body, WRITES),
                     "p99<10ms"))
        rows.append((f"GET /api/toil/amhps/A01/balance ({WRITES}, AMHP)", *timed(helen, "GET", "/api/toil/amhps/A01/balance", None, WRITES),
                     "p99<5ms"))

        # The same reads while a solve job runs (a month after the published ones), then while scenario runs run.
        busy_reads = [(name, path, token) for name, path, token, _ in reads if "/api/" in path][:2] + [(reads[3][0], reads[3][1], reads[3][2])]
        after = published[-1][0]
        year, month = int(after[:4]), int(after[5:]) + 1
        if month == 13:
            year, month = year + 1, 1
        job = manager.require("POST", "/api/solve-jobs", {"month": f"{year:04d}-{month:02d}", "time_limit": SECONDS * len(busy_reads) + 30,
                                                          "seed": 1})
        time.sleep(3)
        for name, path, token in busy_reads:
            rate, p50, p99 = wrk(port, path, token)
            rows.append((f"  during a solve: {name}", rate, p50, p99, lost(rate, quiet[path][0])))
        manager.send("POST", f"/api/solve-jobs/{job['id']}/cancel")
        scenarios = manager.require("GET", "/api/scenarios")
        files = [scenario["file"] for scenario in scenarios][:3]
        runs = [manager.require("POST", "/api/scenario-runs", {"month": published[0][0], "files": [file], "time_limit": SECONDS * len(busy_reads) + 30})
                for file in files]
        time.sleep(3)
        for name, path, token in busy_reads:
            rate, p50, p99 = wrk(port, path, token)
            rows.append((f"  during {len(runs)} scenario runs: {name}", rate, p50, p99, lost(rate, quiet[path][0])))
        for scenario_run in runs:
            manager.send("POST", f"/api/scenario-runs/{scenario_run['id']}/cancel")
        memory = peak_memory_mb(server.pid)
    finally:
        stop()

    print()
    print(f"{'route':58} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}  target")
    for name, rate, p50, p99, target in rows:
        print(f"{name:58} {rate:8.0f} {p50:8.2f} {p99:8.2f}  {target}")
    print(f"{'peak memory of amhp serve (VmHWM)':58} {memory:8.0f} MB{'':15}  <200 MB")


if __name__ == "__main__":
    main()
