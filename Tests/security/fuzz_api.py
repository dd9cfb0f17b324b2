#!/usr/bin/env python3
"""Fuzzes every write operation (POST, PUT, DELETE) in `/openapi.json` of a real `amhp serve`.

Two sources of malformed requests, each signed in as a user who may call the operation (manager
for most, hr for TOIL, lead for scenario runs, helen, an AMHP, for /api/requests and /api/my/...):

  A. schemathesis, from the OpenAPI document: negative ("fuzzed") and some positive data;
  B. a generator of hostile values: each body field set to wrong types, huge numbers, dates out of
     range, control characters, 100 KB strings; fields missing and extra; broken and odd JSON;
     wrong media types; bad ids in paths (real ids are used too: a draft rota, leave, requests).

Checks: no 5xx, no dropped connection, every 4xx on the API is JSON naming a field
(problems[].field non-empty); at the end the process is alive, the TOIL ledger reads back
(GET /api/toil/balances as hr is 200, `amhp toil balances` exits 0), the hub's settings page opens
and the hub exports.

    python3 Tests/security/fuzz_api.py [--seed 1] [--examples 40] [--keep]

Exit status 0 when every check holds. Prints: tried, refused cleanly, accepted, crashed/5xx.
"""

import argparse
import http.client
import json
import random
import sys
import time
import traceback
import urllib.parse
import uuid
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import MONTH, PASSWORD, WRONG_PASSWORD, Server, multipart_body, problems_of, run_amhp  # noqa: E402

WRITE_METHODS = {"POST", "PUT", "DELETE", "PATCH"}

HOSTILE_VALUES = [
    None, True, False, 0, -1, 1.5, -0.0, 1e308, -1e308, 10 ** 30, -(10 ** 30), 999999999999.99, 2 ** 63, 2 ** 64,
    "", " ", "x" * 100_000, "\u0000", "A01\u0000", "\r\nX-Evil: 1", "line\nbreak", "\t", "\u001b[2J", "\u007f",
    "\u0085", "\u2028", "\u202e", "\ud800", "\ufeff", "\uffff", "😀" * 300,
    "0000-01-01", "9999-12-31", "0999-12-31", "0001-01", "9999-12", "2026-02-30", "+2026-12-25", "2026-12-25T00:00:00Z",
    "2026-12", "2026-13-01", "-2026-12-25", "NaN", "Infinity", "-Infinity", "0x10", "1e3", "١٢٣", "00000000001",
    "'; DROP TABLE users; --", "../../../../etc/passwd", "..\\..\\windows", "%00", "%0d%0aX: 1",
    '=HYPERLINK("http://evil.example","x")', "<script>alert(1)</script>", "{{7*7}}", "#(user)",
    "A" * 65, "A" * 201, "A" * 1001, [], {}, [1, 2], ["x"] * 1000, {"a": 1}, {"$ne": None},
]

RAW_BODIES = [
    b"", b"{", b"}", b"[", b"null", b"true", b"0", b"-1", b'"string"', b"[]", b"[{}]", b"{}", b"{,}", b'{"a":}',
    b"{'single': 'quotes'}", b'{"kind": NaN}', b'{"hours": Infinity}', b'{"hours": -Infinity}', b'{"hours": 1e999999}',
    b'{"hours": 0x10}', b'{"a": 1} trailing', b'{"a": 1}{"b": 2}', b'{"a": "\\ud800"}', b'{"a": "\\u0000"}',
    b"\xff\xfe{\x00}\x00", b"\xef\xbb\xbf{}", b"\x80\x81\x82", b"{" * 5000, b"[" * 20000 + b"]" * 20000,
    b'{"a":' * 3000 + b"1" + b"}" * 3000, b'{"x": "' + b"y" * 200_000 + b'"}', b"a=1&b=2", b"<xml/>",
    b"\x00" * 64, b'{"kind": "accrued"' + b', "kind": "taken"' * 1000 + b"}",
]

CONTENT_TYPES = [None, "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
                 "application/xml", "application/json; charset=utf-16", "application/json; charset=latin1",
                 "application/yaml", "application/json, text/plain", "*/*", "application/vnd.api+json", "\u00e9/\u00e9"]

BAD_IDS = ["not-a-uuid", "0", "-1", "00000000-0000-0000-0000-000000000000", str(uuid.UUID(int=2 ** 128 - 1)),
           "A" * 65, "A" * 5000, "%00", "%0D%0AX-Evil:%201", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%C0%AF", "%FF",
           "%E2%80%AE", "%F0%9F%98%80", "A01%3B", "{leaveID}", "'%20OR%201=1%20--", "%20", "~", "a.b"]


class Tally:
    def __init__(self):
        self.counts = Counter()
        self.failures = []
        self.by_operation = Counter()

    def record(self, operation, response, description):
        self.counts["tried"] += 1
        self.by_operation[operation] += 1
        if response is None:
            self.counts["dropped"] += 1
            self.failures.append(f"{operation} {description}: connection dropped")
        elif response.status >= 500:
            self.counts["crashed/5xx"] += 1
            self.failures.append(f"{operation} {description}: {response!r}")
        elif 400 <= response.status < 500:
            problem = problems_of(response) if response.path.startswith("/api/") else None
            if problem:
                self.counts["refused without a field"] += 1
                self.failures.append(f"{operation} {description}: {problem}: {response!r}")
            else:
                self.counts["refused cleanly"] += 1
        elif 200 <= response.status < 300:
            self.counts["accepted"] += 1
        else:
            self.counts[f"other {response.status}"] += 1


class Fuzzer:
    def __init__(self, arguments):
        self.arguments = arguments
        self.random = random.Random(arguments.seed)
        self.folder = harness.new_folder("amhp-fuzz-api-")
        self.database = self.folder / "fuzz.sqlite"
        self.tally = Tally()
        self.server = None
        self.sessions = {}
        self.ids = {}

    # Setting up.

    def prepare(self):
        harness.require_executable()
        print(f"Preparing {self.folder}", flush=True)
        harness.make_database(self.database)
        self.server = Server(self.folder, self.database, time_limit=3).start()
        self.http = self.server.http
        self.http.record = False
        for name in ("manager", "lead", "hr", "helen"):
            self.sessions[name] = self.server.sign_in(name)
        self.document = json.loads(self.http.request("GET", "/openapi.json").body)
        self.operations = [(method.upper(), path, operation) for path, methods in self.document["paths"].items()
                           for method, operation in methods.items() if method.upper() in WRITE_METHODS]
        print(f"{len(self.operations)} write operations in /openapi.json", flush=True)
        # A real draft rota (so rota edits, publishing and deleting reach a real one), a real job,
        # real leave and request ids.
        manager = self.sessions["manager"]
        job = manager.post_json("/api/solve-jobs", {"month": MONTH, "time_limit": 3}).json()
        deadline = time.monotonic() + 300
        while job["status"] not in ("done", "failed", "cancelled") and time.monotonic() < deadline:
            time.sleep(0.5)
            job = manager.get(f"/api/solve-jobs/{job['id']}").json()
        if not job.get("rota_id"):
            raise AssertionError(f"the set-up solve job made no draft: {job}")
        self.ids["rotaID"] = [job["rota_id"]]
        self.ids["jobID"] = [job["id"]]
        self.ids["leaveID"] = [item["id"] for item in manager.get("/api/leave").json()][:10]
        self.ids["requestID"] = [item["id"] for item in self.sessions["helen"].get("/api/requests").json()]
        self.ids["runID"] = [str(uuid.uuid4())]
        # Leave requests (issue 16): one of Helen's, so approve, decline, withdraw and impact reach a real one.
        asked = self.sessions["helen"].post_json("/api/leave-requests", {"kind": "annual", "start": "2027-02-08", "end": "2027-02-09"})
        self.ids["leaveRequestID"] = [asked.json()["id"]] if asked.status == 201 else []
        # The hub's own settings, as a manager's settings page sends them back.
        settings = manager.get("/api/hub/settings").json()
        self.hub_settings = {"shift_kinds": [{"shift": shift["code"], "kind": shift["kind"]} for shift in settings["shift_types"]],
                             "cover": settings["cover"], "surplus_hours": settings["surplus_hours"],
                             "unsocial_hours": settings["unsocial_hours"]}
        self.ids["file"] = ["scenarios.csv"]
        print(f"Draft rota {job['rota_id']}; {len(self.ids['leaveID'])} leave and {len(self.ids['requestID'])} request ids",
              flush=True)

    # Who calls what, and a valid body to start from.

    def role_for(self, method, path, operation):
        roles = operation.get("x-roles") or []
        if path.startswith("/api/toil"):
            wanted = "hr"
        elif path.startswith("/api/scenario"):
            wanted = "lead"
        elif path.startswith("/api/requests") or path.startswith("/api/my"):
            wanted = "helen"
        else:
            wanted = "manager"
        role_of = {"manager": "manager", "lead": "lead", "hr": "hr", "helen": "amhp"}
        if roles and role_of[wanted] not in roles:
            wanted = next(name for name, role in role_of.items() if role in roles)
        return wanted

    def valid_body(self, method, path):
        n = self.random.randrange(1, 28)
        bodies = {
            ("POST", "/api/leave"): {"amhp_id": "A02", "kind": "annual", "start": f"2027-01-{n:02d}", "end": f"2027-01-{n:02d}",
                                     "note": "Fuzz"},
            ("POST", "/api/requests"): {"date": f"2027-02-{n:02d}", "shift": "D", "preference": "want", "weight": 5},
            ("POST", "/api/leave-requests"): {"amhp_id": "A02", "kind": "annual", "start": f"2027-02-{n:02d}",
                                              "end": f"2027-02-{n:02d}", "note": "Fuzz"},
            ("POST", "/api/leave-requests/{leaveRequestID}/approve"): {"note": "Fuzz"},
            ("POST", "/api/leave-requests/{leaveRequestID}/decline"): {"note": "Fuzz"},
            ("POST", "/api/toil/entries"): {"amhp_id": "A01", "kind": "accrued", "hours": 1.5, "date": f"{MONTH}-03",
                                            "reason": "Assessment overran", "approved_by": "Sam Patel"},
            ("PUT", "/api/rotas/{rotaID}/assignments"): {"amhp_id": "A02", "date": f"{MONTH}-{n:02d}", "shift": "N",
                                                         "coordinator": False},
            ("POST", "/api/solve-jobs"): {"month": "2027-01", "time_limit": 1, "seed": 3},
            ("POST", "/api/scenario-runs"): {"month": MONTH, "files": ["lose-three-nhs-amhps.yaml"], "time_limit": 1, "seed": 1},
            ("POST", "/api/users"): {"username": f"fuzz{n}", "display_name": "Fuzz User", "role": "lead",
                                     "password": "Quayside-lantern-8812"},
            ("POST", "/api/session"): {"username": "manager", "password": WRONG_PASSWORD},
            ("PUT", "/api/hub/settings"): self.hub_settings,
        }
        return bodies.get((method, path))

    # Sending.

    def headers_for(self, role, path):
        if path == "/api/session":
            return {}
        return self.sessions[role].auth_headers()

    def send(self, operation, method, path, body=None, content_type=None, headers=None, description=""):
        all_headers = {"Accept": "application/json", **(headers or {})}
        if content_type:
            all_headers["Content-Type"] = content_type
        try:
            response = self.http.request(method, path, body=body, headers=all_headers, timeout=60)
        except (http.client.InvalidURL, ValueError):
            self.tally.counts["not sent (invalid in HTTP)"] += 1
            return None  # http.client would not send it: not a request at all
        except OSError as error:  # reset, refused, closed mid-answer
            response = None
            if not self.server.alive():
                self.tally.record(operation, None, description + f" ({error})")
                raise AssertionError(f"the service died on {method} {path[:200]} {description}:\n{self.server.log_tail()}")
            if isinstance(body, bytes) and len(body) > 4_000_000:
                # Closing the connection on a body over the limit, without reading it, is acceptable.
                self.tally.counts["tried"] += 1
                self.tally.counts["refused cleanly"] += 1
                return None
        self.tally.record(operation, response, description)
        if response is not None:
            self.tidy(method, path, response)
        return response

    def tidy(self, method, path, response):
        """Stops work an accepted fuzz request started (solve jobs and scenario runs cost CPU)."""
        if response.status not in (200, 201, 202) or method != "POST":
            return
        try:
            created = response.json()
        except ValueError:
            return
        if path == "/api/solve-jobs" and isinstance(created, dict) and created.get("id"):
            self.sessions["manager"].send("POST", f"/api/solve-jobs/{created['id']}/cancel")
        if path == "/api/scenario-runs" and isinstance(created, dict) and created.get("id"):
            self.sessions["lead"].send("POST", f"/api/scenario-runs/{created['id']}/cancel")
        if path == "/api/requests" and isinstance(created, dict) and created.get("id"):
            self.ids["requestID"].append(created["id"])
        if path == "/api/leave" and isinstance(created, dict) and created.get("id"):
            self.ids["leaveID"].append(created["id"])
        if path == "/api/leave-requests" and isinstance(created, dict) and created.get("id"):
            self.ids.setdefault("leaveRequestID", []).append(created["id"])

    def fill_path(self, path, bad=False):
        def value(name):
            if bad or not self.ids.get(name):
                return self.random.choice(BAD_IDS)
            return urllib.parse.quote(str(self.random.choice(self.ids[name])), safe="")
        parts = []
        for part in path.split("/"):
            parts.append(value(part[1:-1]) if part.startswith("{") and part.endswith("}") else part)
        return "/".join(parts)

    # B: hostile values.

    def generated_cases(self, method, path, operation):
        """(description, path, body bytes or None, content type) for one operation."""
        cases = []
        has_parameters = "{" in path
        body = self.valid_body(method, path)
        declared = list(((operation.get("requestBody") or {}).get("content") or {}).keys())
        if body is not None:
            for field in list(body):
                for hostile in HOSTILE_VALUES:
                    cases.append((f"{field}={_short(hostile)}", {**body, field: hostile}))
                cases.append((f"without {field}", {key: item for key, item in body.items() if key != field}))
            cases.append(("extra field", {**body, "extra": "x", "__proto__": {"admin": True}, "role": "manager"}))
            cases.append(("every field null", {key: None for key in body}))
            cases.append(("duplicated body", [body, body]))
            cases = [(description, self.fill_path(path), json.dumps(document).encode(), "application/json")
                     for description, document in cases]
        elif path == "/api/scenarios/check":
            for text in ["name: x\nremove:\n  - {employer: LA, count: 2}\n", "", "- a\n- b\n", "a: &a [*a]\n",
                         "a: !!python/object/apply:os.system ['true']\n", "name: " + "x" * 100_000 + "\n",
                         "name: \"\\0\"\n", "rules:\n  minimum_rest_hours: 0x10\n", "{", "name: x\n" * 2000,
                         "a: " + "[" * 5000 + "]" * 5000 + "\n", "month: 0000-01\n", "\x00\x01\x02",
                         "lol: &a [\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\n"
                         "d: &d [*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e]\n"]:
                cases.append((f"yaml {_short(text)}", self.fill_path(path), text.encode("utf-8", "surrogatepass"), "application/yaml"))
        for raw in RAW_BODIES:
            cases.append((f"raw {_short(raw)}", self.fill_path(path), raw, (declared or ["application/json"])[0]))
        for content_type in CONTENT_TYPES:
            sample = json.dumps(body or {}).encode()
            if content_type and content_type.startswith("multipart"):
                text, content_type = multipart_body({"a": "1"})
                sample = text.encode()
            cases.append((f"content type {content_type}", self.fill_path(path), sample, content_type))
        if has_parameters:
            for bad in BAD_IDS:
                filled = "/".join(bad if part.startswith("{") else part for part in path.split("/"))
                cases.append((f"path id {bad[:30]}", filled, json.dumps(body).encode() if body else None,
                              "application/json" if body else None))
        # Odd headers on a valid request.
        valid = json.dumps(body).encode() if body else None
        for headers in ({"Accept": "text/html"}, {"Accept": "application/xml"},
                        {"Authorization": "Bearer " + "x" * 5000}, {"Authorization": "Basic !!!"},
                        {"Cookie": "amhp_session=" + "%" * 100}, {"Host": "evil.example"}, {"Origin": "null"},
                        {"X-HTTP-Method-Override": "DELETE"}):
            cases.append((f"header {list(headers)[0]}", self.fill_path(path), valid, "application/json" if body else None, headers))
        return cases

    def run_generated(self, method, path, operation):
        role = self.role_for(method, path, operation)
        operation_name = f"{method} {path}"
        for case in self.generated_cases(method, path, operation):
            description, target, body, content_type = case[:4]
            headers = {**self.headers_for(role, path), **(case[4] if len(case) > 4 else {})}
            if path == "/api/session" and method == "DELETE":
                headers = {**self.fresh_session_headers(), **{k: v for k, v in headers.items() if k != "Authorization"}}
            self.send(operation_name, method, target, body, content_type, headers, description)

    def fresh_session_headers(self):
        """A session of its own for DELETE /api/session, which ends the session it is sent with."""
        if not hasattr(self, "_spare_tokens"):
            self._spare_tokens = []
        if not self._spare_tokens:
            try:
                self._spare_tokens = [self.server.sign_in("manager").token for _ in range(3)]
            except AssertionError:  # sign-in throttled by the fuzz of POST /api/session: use a dead token
                return {"Authorization": "Bearer " + "0" * 64}
        return {"Authorization": "Bearer " + self._spare_tokens.pop()}

    # A: schemathesis.

    def run_schemathesis(self, order):
        try:
            import schemathesis
            from hypothesis import HealthCheck, Phase, given, settings
            from schemathesis import GenerationMode
        except ImportError:
            print("schemathesis is not installed: part A skipped (pip install schemathesis)", flush=True)
            self.tally.failures.append("schemathesis is not installed")
            return
        schema = schemathesis.openapi.from_url(self.http.base + "/openapi.json")
        operations = {}
        for result in schema.get_all_operations():
            try:
                operation = result.ok()
            except Exception:  # noqa: BLE001 - an operation schemathesis cannot read is reported, not fatal
                self.tally.failures.append(f"schemathesis could not read an operation: {result!r}")
                continue
            operations[(operation.method.upper(), operation.path)] = operation
        for method, path, openapi_operation in order:
            if (method, path) == ("DELETE", "/api/session"):
                continue  # no parameters or body to fuzz; part B sends it with spare sessions
            operation = operations.get((method, path))
            if operation is None:
                self.tally.failures.append(f"schemathesis did not load {method} {path}")
                continue
            role = self.role_for(method, path, openapi_operation)
            name = f"{method} {path}"
            for mode, examples in ((GenerationMode.NEGATIVE, self.arguments.examples),
                                   (GenerationMode.POSITIVE, max(5, self.arguments.examples // 4))):
                strategy = operation.as_strategy(generation_mode=mode)

                @settings(max_examples=examples, deadline=None, database=None, derandomize=True, phases=[Phase.generate],
                          suppress_health_check=list(HealthCheck), report_multiple_bugs=False)
                @given(case=strategy)
                def fuzz(case):
                    if "{" in path and self.random.random() < 0.5:
                        for key in list(case.path_parameters or {}):
                            if self.ids.get(key):
                                case.path_parameters[key] = str(self.random.choice(self.ids[key]))
                    headers = {**(case.headers or {}), **self.headers_for(role, path)}
                    headers.pop("Origin", None)
                    headers.pop("Sec-Fetch-Site", None)
                    try:
                        response = case.call(base_url=self.http.base, headers=headers, timeout=60, allow_redirects=False)
                    except Exception as error:  # noqa: BLE001 - what matters is whether the service survived
                        if not self.server.alive():
                            self.tally.record(name, None, f"schemathesis {mode.value}: {error}")
                            raise
                        self.tally.counts["not sent (schemathesis could not serialise)"] += 1
                        return
                    self.tally.record(name, _Adapter(response, method, path), f"schemathesis {mode.value} {_short(case.body)}")

                try:
                    fuzz()
                except AssertionError:
                    raise
                except Exception as error:  # noqa: BLE001
                    if not self.server.alive():
                        raise AssertionError(f"the service died during {name}:\n{self.server.log_tail()}") from error
                    self.tally.counts["schemathesis errors"] += 1
                    print(f"  schemathesis stopped early on {name} ({mode.value}): {type(error).__name__}: {str(error)[:200]}",
                          flush=True)

    # The run.

    def ordered_operations(self):
        """Real ids used up last: edits before publishing, publishing before deleting, sign-in fuzz
        (which may throttle this address) at the very end."""
        def rank(item):
            method, path, _ = item
            if path == "/api/session":
                return (3 if method == "POST" else 0, path)
            if path == "/api/rotas/{rotaID}/publish":
                return (1, path)
            if method == "DELETE" and path.startswith("/api/rotas"):
                return (2, path)
            return (0, path)
        return sorted(self.operations, key=rank)

    def run(self):
        started = time.monotonic()
        order = self.ordered_operations()
        print("B: hostile values, bodies, media types and ids", flush=True)
        for method, path, operation in order:
            before, clock = self.tally.counts["tried"], time.monotonic()
            self.run_generated(method, path, operation)
            print(f"  {method:6} {path}: {self.tally.counts['tried'] - before} requests in {time.monotonic() - clock:.1f} s",
                  flush=True)
        print(f"  ({time.monotonic() - started:.0f} s so far)", flush=True)
        print("A: schemathesis, negative and positive data", flush=True)
        before = self.tally.counts["tried"]
        self.run_schemathesis(order)
        print(f"  {self.tally.counts['tried'] - before} requests ({time.monotonic() - started:.0f} s so far)", flush=True)

    def final_checks(self):
        problems = []
        if not self.server.alive():
            problems.append("the service is not alive after the fuzz:\n" + self.server.log_tail())
            return problems
        hr = self.sessions["hr"]
        for path in ("/api/toil/balances", f"/api/toil/balances?as_of={MONTH}-31", "/api/toil/amhps/A01/history"):
            response = hr.get(path)
            if response.status != 200:
                problems.append(f"GET {path} as hr after the fuzz: {response!r}")
        for session, path in ((hr, "/toil"), (self.sessions["helen"], "/my"), (self.sessions["manager"], "/rotas"),
                              (self.sessions["manager"], "/hub")):
            response = session.page(path)
            if response.status != 200:
                problems.append(f"GET {path} as {session.username} after the fuzz: {response!r}")
        for arguments in (("toil", "balances", "--database", self.database),
                          ("toil", "balances", "--as-of", f"{MONTH}-31", "--database", self.database),
                          ("export", "--hub", self.folder / "export", "--database", self.database)):
            result = run_amhp(*arguments, timeout=60)
            if result.returncode != 0:
                problems.append("after the fuzz: " + result.describe())
        return problems


class _Adapter:
    """A schemathesis response seen as harness.Response, for the same checks."""

    def __init__(self, response, method, path):
        self.status = response.status_code
        self.header_list = [(key, ", ".join(values) if isinstance(values, list) else values)
                            for key, values in response.headers.items()]
        self.body = response.content or b""
        self.method = method
        self.path = path

    header = harness.Response.header
    headers_named = harness.Response.headers_named
    text = harness.Response.text
    is_json = harness.Response.is_json
    json = harness.Response.json
    __repr__ = harness.Response.__repr__


def _short(value, limit=40):
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} chars)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--examples", type=int, default=40, help="schemathesis negative examples per operation")
    parser.add_argument("--minimum", type=int, default=2000, help="fail unless at least this many requests were sent")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    arguments = parser.parse_args()
    fuzzer = Fuzzer(arguments)
    started = time.monotonic()
    problems = []
    try:
        fuzzer.prepare()
        fuzzer.run()
        problems = fuzzer.final_checks()
    except Exception:  # noqa: BLE001
        problems.append(traceback.format_exc())
    finally:
        if fuzzer.server:
            fuzzer.server.stop()
    tally = fuzzer.tally
    problems = tally.failures + problems
    if tally.counts["tried"] < arguments.minimum:
        problems.append(f"only {tally.counts['tried']} requests were sent (at least {arguments.minimum} wanted)")
    print(f"\nAPI fuzz (seed {arguments.seed}) in {time.monotonic() - started:.0f} s:")
    for key in ("tried", "refused cleanly", "accepted", "crashed/5xx", "refused without a field", "dropped"):
        print(f"  {key}: {tally.counts[key]}")
    for key, value in sorted(tally.counts.items()):
        if key not in ("tried", "refused cleanly", "accepted", "crashed/5xx", "refused without a field", "dropped"):
            print(f"  {key}: {value}")
    uncovered = [f"{method} {path}" for method, path, _ in fuzzer.operations if not tally.by_operation[f"{method} {path}"]]
    if uncovered:
        problems.append(f"write operations never fuzzed: {uncovered}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for problem in problems[:60]:
            print("  - " + problem[:1500])
        if len(problems) > 60:
            print(f"  ... and {len(problems) - 60} more")
        print(f"Files kept in {fuzzer.folder}")
        print("API fuzz FAILED")
        return 1
    if not arguments.keep:
        import shutil
        shutil.rmtree(fuzzer.folder, ignore_errors=True)
    print("API fuzz passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
