"""Shared helpers for the security tests: the amhp executable, fresh databases, a running
`amhp serve` on a free port, and a small HTTP client that never follows redirects and keeps every
header as sent (so a test can see exactly what the service answered).

Only ever talks to 127.0.0.1.
"""

import base64
import csv
import errno
import http.client
import io
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO_HUB = ROOT / "Data" / "demo-hub"
MONTH = "2026-12"

# Long, uncommon passwords: common ones are refused by the service's password policy.
PASSWORD = "Mersey-ferry-4417"
WRONG_PASSWORD = "Wrong-lighthouse-9031"
# (user name, role, AMHP id, display name)
USERS = [
    ("manager", "manager", None, None),
    ("lead", "lead", None, None),
    ("hr", "hr", None, None),
    # The display name carries the characters RFC 5545 says must be escaped in TEXT values.
    ("helen", "amhp", "A01", "Whitfield, Helen; east\\west"),
]
# More users for the per-address throttle test (failures spread over many user names).
EXTRA_USERS = [f"extra{n}" for n in range(1, 8)]

# Every file a hub or planning folder may hold: an error about a hub must name one of them.
HUB_FILES = ["amhps.csv", "shifts.csv", "cover.csv", "rules.yaml", "leave.csv", "requests.csv", "toil.csv",
             "history.csv", "carry_in.csv", "planning.yaml", "referrals.csv", "workforce.csv",
             "training_log.csv", "training_pipeline.csv", "diversity.csv", "toil_by_month.csv", "warrants.csv"]


def amhp_executable():
    return Path(os.environ.get("AMHP_EXECUTABLE", ROOT / ".build" / "debug" / "amhp")).resolve()


def require_executable():
    path = amhp_executable()
    if not path.is_file():
        raise RuntimeError(f"{path} is missing: build it first (swift build --product amhp), or set AMHP_EXECUTABLE.")
    return path


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def clean_environment():
    environment = dict(os.environ)
    # The tests' own databases, never one a developer's environment points at.
    environment.pop("AMHP_DATABASE", None)
    environment.pop("DATABASE_URL", None)
    return environment


class Completed:
    """A finished amhp command: returncode, stdout, stderr, output (both), seconds, timed_out."""

    def __init__(self, arguments, returncode, stdout, stderr, seconds, timed_out):
        self.arguments = arguments
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.output = stdout + stderr
        self.seconds = seconds
        self.timed_out = timed_out

    @property
    def signalled(self):
        """Killed by a signal (directly, or as a shell reports it: 128 + n)."""
        return self.returncode is not None and (self.returncode < 0 or self.returncode >= 128)

    def describe(self):
        status = "timed out" if self.timed_out else f"exit {self.returncode}"
        return f"amhp {' '.join(map(str, self.arguments))} -> {status} in {self.seconds:.1f} s\n{self.output[-3000:]}"


def run_amhp(*arguments, stdin=None, cwd=None, timeout=120, check=False, keep_bytes=1_000_000):
    """Runs the amhp executable; never raises on a non-zero exit unless check. Kills it (and its
    children) after timeout seconds, reporting timed_out. Output goes through temporary files and
    only its first keep_bytes (and last 64 KB) are kept: a refusal may list a million problems."""
    command = [str(amhp_executable()), *map(str, arguments)]
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = _start(command, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                         stdout=out, stderr=err, cwd=cwd, env=clean_environment(), start_new_session=True)
        timed_out = False
        try:
            process.communicate(input=stdin.encode() if isinstance(stdin, str) else stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            kill_group(process)
            process.communicate()
        seconds = time.monotonic() - started
        stdout, stderr = (_head_and_tail(handle, keep_bytes) for handle in (out, err))
    result = Completed(arguments, process.returncode, stdout, stderr, seconds, timed_out)
    if check and (timed_out or result.returncode != 0):
        raise AssertionError("command failed: " + result.describe())
    return result


def _start(command, **options):
    """Popen, waiting out a moment when the executable is being replaced by a build (ETXTBSY, ENOENT)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            return subprocess.Popen(command, **options)
        except OSError as error:
            if error.errno not in (errno.ETXTBSY, errno.ENOENT, errno.EACCES) or time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def _head_and_tail(handle, keep_bytes):
    size = handle.seek(0, os.SEEK_END)
    handle.seek(0)
    if size <= keep_bytes + 65536:
        return handle.read().decode("utf-8", "replace")
    head = handle.read(keep_bytes)
    handle.seek(size - 65536)
    tail = handle.read()
    return (head.decode("utf-8", "replace") + f"\n[... {size - keep_bytes - 65536} bytes left out ...]\n"
            + tail.decode("utf-8", "replace"))


def kill_group(process):
    """Kills a process we started, and the children in its own process group."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        try:
            process.kill()
        except ProcessLookupError:
            pass


def add_user(database, username, role, amhp_id=None, display_name=None, password=PASSWORD):
    arguments = ["users", "add", "--username", username, "--role", role, "--password-stdin", "--database", database]
    if amhp_id:
        arguments += ["--amhp-id", amhp_id]
    if display_name:
        arguments += ["--display-name", display_name]
    return run_amhp(*arguments, stdin=password + "\n", check=True)


def make_database(database, hub=DEMO_HUB, users=True, extra_users=False):
    """A fresh SQLite database with the hub imported and the test users added."""
    run_amhp("import", "--hub", hub, "--database", database, check=True)
    if users:
        for username, role, amhp_id, display_name in USERS:
            add_user(database, username, role, amhp_id, display_name)
    if extra_users:
        for username in EXTRA_USERS:
            add_user(database, username, "lead")
    return database


def dump_database(database):
    """The database's whole content as SQL text, to compare before and after."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def copy_hub(destination, source=DEMO_HUB):
    shutil.copytree(source, destination)
    return Path(destination)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


# HTTP.

class Response:
    def __init__(self, status, reason, headers, body, method, path):
        self.status = status
        self.reason = reason
        self.header_list = headers  # [(name, value)] as received
        self.body = body
        self.method = method
        self.path = path

    def header(self, name, default=None):
        for key, value in self.header_list:
            if key.lower() == name.lower():
                return value
        return default

    def headers_named(self, name):
        return [value for key, value in self.header_list if key.lower() == name.lower()]

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    @property
    def is_json(self):
        return (self.header("Content-Type") or "").lower().startswith("application/json")

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def cookies(self):
        found = {}
        for value in self.headers_named("Set-Cookie"):
            name, _, rest = value.partition("=")
            found[name.strip()] = rest.split(";", 1)[0]
        return found

    def __repr__(self):
        return f"<{self.method} {self.path[:120]} -> {self.status} {self.text[:300]!r}>"


# Every 4xx the API answered during a run, for the check that each names a field.
API_REFUSALS = []


def problems_of(response):
    """Why a 4xx API answer does not meet the error contract, or None when it does."""
    if not response.is_json:
        return f"not JSON (Content-Type {response.header('Content-Type')!r})"
    try:
        document = response.json()
    except ValueError:
        return "body is not valid JSON"
    if not isinstance(document, dict):
        return "body is not a JSON object"
    error = document.get("error")
    if not isinstance(error, str) or not error.strip():
        return "no error text"
    if error.strip().rstrip(".") in ("Unprocessable Entity", "Something went wrong", "Bad Request", "Not Found",
                                      "Forbidden", "Unauthorized", "Unsupported Media Type", "Too Many Requests"):
        return f"error is only the status's name: {error!r}"
    problems = document.get("problems")
    if not isinstance(problems, list) or not problems:
        return "problems is missing or empty"
    for problem in problems:
        if not isinstance(problem, dict) or not isinstance(problem.get("field"), str) or not problem["field"].strip():
            return f"a problem without a field: {problem!r}"
        if not isinstance(problem.get("message"), str) or not problem["message"].strip():
            return f"a problem without a message: {problem!r}"
    return None


def fields_of(response):
    try:
        return [problem.get("field") for problem in response.json().get("problems", [])]
    except (ValueError, AttributeError):
        return []


class HTTP:
    """Requests to one port on 127.0.0.1: one connection per request, no redirects followed."""

    def __init__(self, port, record=True):
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.record = record

    def request(self, method, path, body=None, headers=None, timeout=60):
        headers = dict(headers or {})
        if isinstance(body, str):
            body = body.encode("utf-8")
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.putrequest(method, path, skip_accept_encoding=True)
            if body is not None and not any(key.lower() == "content-length" for key in headers):
                headers["Content-Length"] = str(len(body))
            for key, value in headers.items():
                connection.putheader(key, value)
            connection.endheaders(body)
            answer = connection.getresponse()
            response = Response(answer.status, answer.reason, answer.getheaders(), answer.read(), method, path)
        finally:
            connection.close()
        if self.record and path.startswith("/api/") and 400 <= response.status < 500:
            API_REFUSALS.append(response)
        return response


class Session:
    """A signed-in user: sends the bearer token (API) or the session cookie (pages)."""

    def __init__(self, http_client, token, username):
        self.http = http_client
        self.token = token
        self.username = username

    def auth_headers(self, cookie=False):
        if cookie:
            return {"Cookie": f"amhp_session={self.token}"}
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path, cookie=False, headers=None):
        return self.http.request("GET", path, headers={**self.auth_headers(cookie), "Accept": "application/json", **(headers or {})})

    def page(self, path, headers=None):
        return self.http.request("GET", path, headers={**self.auth_headers(True), "Accept": "text/html", **(headers or {})})

    def send_json(self, method, path, document, cookie=False, headers=None):
        body = document if isinstance(document, (bytes, str)) else json.dumps(document)
        return self.http.request(method, path, body=body, headers={
            **self.auth_headers(cookie), "Content-Type": "application/json", "Accept": "application/json", **(headers or {})})

    def post_json(self, path, document, **options):
        return self.send_json("POST", path, document, **options)

    def send(self, method, path, body=None, content_type=None, cookie=False, headers=None):
        extra = {"Content-Type": content_type} if content_type else {}
        return self.http.request(method, path, body=body, headers={**self.auth_headers(cookie), **extra, **(headers or {})})

    def form_token(self, page_path):
        """The csrf_token of the first form on a page."""
        response = self.page(page_path)
        assert response.status == 200, f"GET {page_path} for its form token: {response!r}"
        match = re.search(r'name="csrf_token"\s+value="([^"]*)"', response.text) or \
            re.search(r'value="([^"]*)"\s+name="csrf_token"', response.text)
        assert match, f"no csrf_token hidden field in the form on {page_path}"
        return match.group(1)


def basic(username, password):
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def form_body(fields):
    return urllib.parse.urlencode(fields)


def multipart_body(fields, boundary="----amhpsecurityboundary7MA4YWxkTrZu0gW"):
    parts = []
    for name, value in fields.items():
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    parts.append(f"--{boundary}--\r\n")
    return "".join(parts), f"multipart/form-data; boundary={boundary}"


class Server:
    """`amhp serve` on a free port and its own database; stop() ends it (and only it)."""

    def __init__(self, folder, database, planning=DEMO_HUB, time_limit=5, extra_arguments=()):
        self.folder = Path(folder)
        self.database = Path(database)
        self.planning = planning
        self.time_limit = time_limit
        self.extra_arguments = list(extra_arguments)
        self.port = None
        self.process = None
        self.log_path = self.folder / f"server-{self.database.stem}.log"
        self.http = None

    def start(self, attempts=3, port=None):
        for attempt in range(attempts):
            self.port = port if port and attempt == 0 else free_port()
            arguments = [str(amhp_executable()), "serve", "--port", str(self.port), "--hostname", "127.0.0.1",
                         "--database", str(self.database), "--time-limit", str(self.time_limit),
                         "--workspace", str(self.folder / f"jobs-{self.database.stem}")]
            if self.planning:
                arguments += ["--planning", str(self.planning)]
            arguments += self.extra_arguments
            self.log = open(self.log_path, "ab")
            self.process = _start(arguments, stdout=self.log, stderr=subprocess.STDOUT, cwd=self.folder,
                                            env=clean_environment(), start_new_session=True)
            if self.http is None:
                self.http = HTTP(self.port)
            else:  # a restart: the sessions made before keep using the same client
                self.http.port, self.http.base = self.port, f"http://127.0.0.1:{self.port}"
            if self.wait_until_ready():
                return self
            self.stop()
        raise RuntimeError(f"amhp serve did not start:\n{self.log_tail()}")

    def wait_until_ready(self, seconds=60):
        deadline = time.monotonic() + seconds
        probe = HTTP(self.port, record=False)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False  # e.g. the port was taken between probing and binding: try another
            try:
                if probe.request("GET", "/signin", timeout=2).status == 200:
                    return True
            except OSError:
                pass
            time.sleep(0.1)
        return False

    def restart_if_dead(self):
        """Starts the service again (same database, same port if free) when a test killed it;
        returns the end of the dead one's log, or None when it was alive."""
        if self.alive():
            return None
        tail = self.log_tail()
        self.stop()
        self.start(port=self.port)
        return tail

    def alive(self):
        if self.process is None or self.process.poll() is not None:
            return False
        try:
            return HTTP(self.port, record=False).request("GET", "/signin", timeout=10).status == 200
        except OSError:
            return False

    def log_tail(self, lines=40):
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def sign_in(self, username, password=PASSWORD):
        response = self.http.request("POST", "/api/session", body=json.dumps({"username": username, "password": password}),
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
        if response.status != 201:
            raise AssertionError(f"sign-in as {username} failed: {response!r}")
        return Session(self.http, response.json()["token"], username)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                kill_group(self.process)
                self.process.wait()
        if getattr(self, "log", None):
            self.log.close()
            self.log = None


def new_folder(prefix):
    return Path(tempfile.mkdtemp(prefix=prefix))
