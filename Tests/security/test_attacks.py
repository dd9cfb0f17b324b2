"""Regression tests for the security review's findings (F1-F7), against a real `amhp serve` and the
real `amhp` command line, each on fresh SQLite databases in a temporary folder.

Run from the repository root (after the amhp executable is built):

    python3 -m pytest -v Tests/security/test_attacks.py

The executable is AMHP_EXECUTABLE or .build/debug/amhp. Only 127.0.0.1 is ever contacted.
"""

import csv
import html
import json
import re
import shutil
import sys
import time
import urllib.parse
import uuid
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import (API_REFUSALS, DEMO_HUB, MONTH, PASSWORD, WRONG_PASSWORD, HTTP, Server, Session,  # noqa: E402
                     basic, copy_hub, dump_database, fields_of, form_body, multipart_body, problems_of, read_csv,
                     run_amhp, write_csv)

SOLVE_TIMEOUT = 300


# Fixtures: one template database (demo hub + users), copied for every server so each starts clean.

@pytest.fixture(scope="session")
def folder(tmp_path_factory):
    harness.require_executable()
    return tmp_path_factory.mktemp("amhp-security")


@pytest.fixture(scope="session")
def template(folder):
    database = folder / "template.sqlite"
    harness.make_database(database, extra_users=True)
    return database


def copy_database(template, folder, name):
    target = folder / f"{name}.sqlite"
    shutil.copyfile(template, target)
    return target


@pytest.fixture(scope="session")
def server(template, folder):
    """The service most tests share. A solve job for December is queued at once (see `published_rota`)."""
    service = Server(folder, copy_database(template, folder, "main")).start()
    yield service
    service.stop()


@pytest.fixture(autouse=True)
def _revive_shared_server(request):
    """A test that kills the shared service fails by itself; the next ones get it started again on
    the same database (sessions live in the database, so they stay signed in)."""
    yield
    if "server" in request.fixturenames:
        tail = request.getfixturevalue("server").restart_if_dead()
        if tail is not None:
            print(f"\nThe shared service had died during {request.node.name}; started it again. Its log ended:\n{tail}")


@pytest.fixture(scope="session")
def sessions(server):
    return {name: server.sign_in(name) for name in ("manager", "lead", "hr", "helen")}


@pytest.fixture(scope="session")
def solve_job(server, sessions):
    response = sessions["manager"].post_json("/api/solve-jobs", {"month": MONTH, "time_limit": 5})
    assert response.status == 202, response
    return response.json()["id"]


@pytest.fixture(scope="session")
def published_rota(server, sessions, solve_job):
    manager = sessions["manager"]
    deadline = time.monotonic() + SOLVE_TIMEOUT
    while True:
        job = manager.get(f"/api/solve-jobs/{solve_job}").json()
        if job["status"] in ("done", "failed", "cancelled"):
            break
        assert time.monotonic() < deadline, f"the solve job did not finish within {SOLVE_TIMEOUT} s: {job}"
        time.sleep(0.5)
    assert job["status"] == "done" and job.get("rota_id"), f"the solve job did not make a draft: {job}"
    response = manager.send("POST", f"/api/rotas/{job['rota_id']}/publish")
    assert response.status == 200, f"publishing the solver's draft: {response!r}"
    return job["rota_id"]


def assert_alive(server):
    assert server.alive(), f"the service died:\n{server.log_tail()}"


def assert_refused(response, status, field=None):
    """An API refusal with this status, meeting the error contract, and naming `field` if given."""
    assert response.status == status, f"expected {status}: {response!r}"
    problem = problems_of(response)
    assert problem is None, f"{problem}: {response!r}"
    if field:
        assert field in fields_of(response), f"the refusal should name {field!r}: {response!r}"


VALID_ENTRY = {"amhp_id": "A01", "kind": "accrued", "hours": 1.5, "date": "2026-12-03",
               "reason": "Section 2 assessment overran", "approved_by": "Sam Patel"}


# F1: one GET kills the server.

F1_API = [
    ("helen", "/api/toil/amhps/A01/balance?as_of=0000-06-15", "as_of"),
    ("hr", "/api/toil/balances?as_of=0000-01-01", "as_of"),
    ("hr", "/api/toil/amhps/A01/balance?as_of=9999-12-31", "as_of"),
    ("hr", "/api/toil/balances?as_of=2026-12-31&month=0000-01", "month"),
]


@pytest.mark.parametrize("who,path,field", F1_API, ids=[path for _, path, _ in F1_API])
def test_f1_out_of_range_dates_in_queries_are_422(server, sessions, who, path, field):
    assert_refused(sessions[who].get(path), 422, field)
    assert_alive(server)


def test_f1_out_of_range_date_in_toil_entry_is_422(server, sessions):
    response = sessions["hr"].post_json("/api/toil/entries", {**VALID_ENTRY, "date": "0000-12-25"})
    assert_refused(response, 422, "date")
    assert_alive(server)


F1_PAGES = [("helen", "/my?month=9999-12"), ("helen", "/my?month=0001-01"), ("hr", "/toil?as_of=0000-01-01"),
            ("hr", "/toil?as_of=9999-12-31"), ("lead", "/sufficiency?month=0000-01"),
            ("helen", "/team?month=9999-12"), ("hr", "/league?years=0")]


@pytest.mark.parametrize("who,path", F1_PAGES, ids=[path for _, path in F1_PAGES])
def test_f1_out_of_range_dates_on_pages_are_4xx(server, sessions, who, path):
    response = sessions[who].page(path)
    assert 400 <= response.status < 500, f"a page with an impossible date should answer 4xx: {response!r}"
    assert_alive(server)


F1_CLI = [
    (["toil", "add", "--amhp", "A01", "--kind", "accrued", "--hours", "1", "--date", "0000-12-25", "--reason", "Overran",
      "--approved-by", "Sam Patel"], "--date"),
    (["toil", "add", "--amhp", "A01", "--kind", "accrued", "--hours", "1", "--date", "2026-12-03", "--reason", "Overran",
      "--approved-by", "Sam Patel", "--recorded-on", "0000-01-01"], "--recorded-on"),
    (["toil", "balances", "--as-of", "0000-06-15"], "--as-of"),
    (["toil", "payroll", "--month", "9999-12", "--out", "payroll.csv"], "--month"),
]


@pytest.mark.parametrize("arguments,option", F1_CLI, ids=[option + " " + a[1] for a, option in F1_CLI])
def test_f1_cli_refuses_out_of_range_dates_with_exit_2(template, folder, arguments, option):
    database = copy_database(template, folder, "f1-cli")
    result = run_amhp(*arguments, "--database", database, cwd=folder, timeout=60)
    assert not result.signalled and not result.timed_out, result.describe()
    assert result.returncode == 2, "an input error should exit 2: " + result.describe()
    assert option in result.output, f"the message should name {option}: " + result.describe()


# F2: one entry breaks the ledger.

F2_ENTRIES = [
    ("date 0999-12-31", {"date": "0999-12-31"}, "date"),
    ("date +2026-12-25", {"date": "+2026-12-25"}, "date"),
    ("NUL in approved_by", {"approved_by": "Sam\u0000Patel"}, "approved_by"),
    ("NUL in reason", {"reason": "Overran\u0000"}, "reason"),
    ("BEL in reason", {"reason": "Overran\u0007 by an hour"}, "reason"),
    ("ESC in reason", {"reason": "\u001b[31mOverran"}, "reason"),
    ("CR LF in reason", {"reason": "Overran\r\nby an hour"}, "reason"),
    ("LF in approved_by", {"approved_by": "Sam\nPatel"}, "approved_by"),
    ("DEL in approved_by", {"approved_by": "Sam\u007fPatel"}, "approved_by"),
    ("C1 NEL in reason", {"reason": "Overran\u0085"}, "reason"),
    ("hours 999999999999.99", {"hours": 999999999999.99}, "hours"),
    ("hours 500.01", {"hours": 500.01}, "hours"),
    ("hours 1e308", {"hours": 1e308}, "hours"),
    ("hours negative", {"hours": -5}, "hours"),
    # The caps: reasons 500 characters and names 100 in the brief; InputLimits says 1,000 and 200.
    # These lengths are over both.
    ("reason 1001 characters", {"reason": "r" * 1001}, "reason"),
    ("reason 100 KB", {"reason": "r" * 100_000}, "reason"),
    ("approved_by 201 characters", {"approved_by": "a" * 201}, "approved_by"),
]


def ledger_still_works(server, sessions):
    hr, helen = sessions["hr"], sessions["helen"]
    assert_alive(server)
    response = hr.get("/api/toil/balances")
    assert response.status == 200, f"GET /api/toil/balances after the attempt: {response!r}"
    response = hr.get(f"/api/toil/balances?as_of={MONTH}-31")
    assert response.status == 200, f"GET /api/toil/balances?as_of={MONTH}-31 after the attempt: {response!r}"
    for session, path in ((hr, "/toil"), (hr, f"/toil?as_of={MONTH}-31"), (hr, "/toil/A01"), (helen, "/my"),
                          (helen, f"/my?month={MONTH}")):
        response = session.page(path)
        assert response.status == 200, f"GET {path} as {session.username} after the attempt: {response!r}"
    response = hr.post_json("/api/toil/entries", {**VALID_ENTRY, "hours": 0.25, "reason": "Ten minutes over, twice"})
    assert response.status == 201, f"a valid TOIL entry after the attempt: {response!r}"


@pytest.mark.parametrize("name,change,field", F2_ENTRIES, ids=[name for name, _, _ in F2_ENTRIES])
def test_f2_hostile_toil_entry_is_422_and_the_ledger_still_works(server, sessions, name, change, field):
    response = sessions["hr"].post_json("/api/toil/entries", {**VALID_ENTRY, **change})
    assert_refused(response, 422, field)
    ledger_still_works(server, sessions)


def test_f2_import_of_leave_dated_year_0_exits_2_and_changes_nothing(template, folder):
    hub = copy_hub(folder / "hub-leave-year-0")
    rows = read_csv(hub / "leave.csv")
    rows[2][2] = "0000-01-01"  # the second absence, on line 3 of the file
    write_csv(hub / "leave.csv", rows)
    database = copy_database(template, folder, "f2-import")
    before = dump_database(database)
    result = run_amhp("import", "--hub", hub, "--database", database, timeout=60)
    assert not result.signalled and not result.timed_out, result.describe()
    assert result.returncode == 2, result.describe()
    assert "leave.csv" in result.output, "the message should name leave.csv: " + result.describe()
    assert re.search(r"line\D{0,3}3\b", result.output), "the message should name line 3: " + result.describe()
    assert dump_database(database) == before, "a refused import must leave the database as it was"
    service = Server(folder, database).start()
    try:
        hr, manager = service.sign_in("hr"), service.sign_in("manager")
        for session, path in ((manager, "/api/amhps"), (manager, "/api/leave"), (hr, "/api/toil/balances")):
            response = session.get(path)
            assert response.status == 200, f"GET {path} after the refused import: {response!r}"
    finally:
        service.stop()


# F3: sign-in redirects.

class NextField(HTMLParser):
    def __init__(self):
        super().__init__()
        self.values = []

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag == "input" and attributes.get("name") == "next":
            self.values.append(attributes.get("value"))


def assert_same_site_redirect(server, response, payload):
    assert response.status in (301, 302, 303, 307, 308), f"signing in should redirect: {response!r}"
    locations = response.headers_named("Location")
    assert len(locations) == 1, f"one Location header: {response.header_list}"
    location = locations[0]
    assert not any(ord(character) < 0x20 or ord(character) == 0x7F for character in location), f"control character in {location!r}"
    assert location.startswith("/") and not location.startswith("//") and not location.startswith("/\\"), \
        f"next={payload!r} redirected off-site: Location {location!r}"
    assert "\\" not in location, f"a backslash in Location {location!r}"
    target = urllib.parse.urlsplit(urllib.parse.urljoin(server.http.base + "/signin", location))
    assert target.netloc == f"127.0.0.1:{server.port}", f"Location {location!r} leaves the site ({target.netloc})"
    for name, value in response.header_list:
        assert "injected" not in name.lower() and "injected" not in value.lower(), f"injected header: {name}: {value}"


NEXT_VALUES = ["/\r\nSet-Cookie: injected=1", "/\nSet-Cookie: injected=1", "/\t/evil.example", "//evil.example",
               "/\\evil.example", "https://evil.example", "/%2F%2Fevil.example", "\\\\evil.example", " //evil.example",
               "/\u3000/evil.example", "javascript:alert(1)"]
# The same written as raw form bodies: percent-decoding them gives a tab, // and CR LF.
NEXT_RAW = ["next=/%09/evil.example", "next=/%2F%2Fevil.example", "next=/%0D%0ASet-Cookie:%20injected=1",
            "next=%2F%5Cevil.example"]


@pytest.mark.parametrize("payload", NEXT_VALUES, ids=[repr(value) for value in NEXT_VALUES])
def test_f3_signin_next_is_always_a_same_site_path(server, payload):
    body = form_body({"username": "manager", "password": PASSWORD, "next": payload})
    response = server.http.request("POST", "/signin", body=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_same_site_redirect(server, response, payload)
    assert "injected" not in response.cookies()


@pytest.mark.parametrize("raw", NEXT_RAW)
def test_f3_signin_next_raw_form_body(server, raw):
    body = form_body({"username": "manager", "password": PASSWORD}) + "&" + raw
    response = server.http.request("POST", "/signin", body=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_same_site_redirect(server, response, raw)
    assert "injected" not in response.cookies()


SIGNIN_PAGE_NEXT = ['/"><script>alert(1)</script>', "/x\" onfocus=\"alert(1)\" autofocus=\"", "/'><img src=x onerror=alert(1)>",
                    "/\r\nSet-Cookie: injected=1", "//evil.example"]


@pytest.mark.parametrize("payload", SIGNIN_PAGE_NEXT, ids=[repr(value) for value in SIGNIN_PAGE_NEXT])
def test_f3_signin_page_renders_next_escaped(server, payload):
    response = server.http.request("GET", "/signin?" + urllib.parse.urlencode({"next": payload}))
    assert response.status == 200, response
    for marker in ("<script>alert(1)", 'onfocus="alert', "onerror=alert(1)>", "<img src=x"):
        assert marker not in response.text, f"next rendered unescaped ({marker!r})"
    parser = NextField()
    parser.feed(response.text)
    assert len(parser.values) == 1, f"one hidden next field: {parser.values}"
    assert parser.values[0] in (payload, "/") or parser.values[0].startswith("/") and not parser.values[0].startswith("//"), \
        f"the next field holds {parser.values[0]!r}"
    assert "injected" not in response.cookies() and not any("injected" in name.lower() for name, _ in response.header_list)


# F4: brute force. Each throttle test runs on its own server and database: the limits are per
# address too, and every test comes from 127.0.0.1.

def json_sign_in(service, username, password):
    return service.http.request("POST", "/api/session", body=json.dumps({"username": username, "password": password}),
                                headers={"Content-Type": "application/json", "Accept": "application/json"})


def form_sign_in(service, username, password):
    return service.http.request("POST", "/signin", body=form_body({"username": username, "password": password, "next": "/"}),
                                headers={"Content-Type": "application/x-www-form-urlencoded"})


def basic_sign_in(service, username, password):
    return service.http.request("GET", "/api/me", headers={"Authorization": basic(username, password), "Accept": "application/json"})


WAYS_IN = {"json": json_sign_in, "form": form_sign_in, "basic": basic_sign_in}


def assert_throttled(response, way):
    assert response.status == 429, f"{way}: expected 429 Too Many Requests: {response!r}"
    retry = response.header("Retry-After")
    assert retry is not None and retry.strip().isdigit(), f"{way}: Retry-After should be whole seconds: {retry!r}"
    assert 1 <= int(retry) <= 900, f"{way}: Retry-After {retry} s is not within the 15-minute window"


@pytest.fixture
def throttle_server(template, folder, request):
    service = Server(folder, copy_database(template, folder, "throttle-" + re.sub(r"\W+", "-", request.node.name)[:60])).start()
    yield service
    service.stop()


@pytest.mark.parametrize("way", ["json", "form", "basic"])
def test_f4_ten_wrong_passwords_lock_the_user_on_every_way_in(throttle_server, way):
    failures = [WAYS_IN[way](throttle_server, "manager", WRONG_PASSWORD) for _ in range(10)]
    assert all(response.status == 401 for response in failures), \
        f"the first 10 wrong passwords ({way}) should each be 401: {[response.status for response in failures]}"
    for other_way, attempt in WAYS_IN.items():
        assert_throttled(attempt(throttle_server, "manager", PASSWORD), f"{other_way} after 10 wrong passwords by {way}")
    # Another user at the same address (10 failures, under the address's 30) still gets in.
    assert json_sign_in(throttle_server, "hr", PASSWORD).status == 201, "the lock should be for that user name only"
    assert_alive(throttle_server)


def test_f4_thirty_failures_from_one_address_lock_the_address(throttle_server):
    names = ["manager", "lead", "hr"] + harness.EXTRA_USERS  # 10 names, 3 wrong passwords each
    statuses = [json_sign_in(throttle_server, name, WRONG_PASSWORD).status for name in names for _ in range(3)]
    assert statuses == [401] * 30, f"30 wrong passwords, none over a user's limit, should each be 401: {statuses}"
    # helen has had no wrong password: only the address's limit can refuse her.
    for way, attempt in WAYS_IN.items():
        assert_throttled(attempt(throttle_server, "helen", PASSWORD), f"{way} after 30 failures from 127.0.0.1")


def test_f4_basic_auth_is_not_accepted_on_pages(server):
    for path in ("/rotas", "/toil", f"/my?month={MONTH}"):
        user = {"/rotas": "manager", "/toil": "hr"}.get(path, "helen")
        response = server.http.request("GET", path, headers={"Authorization": basic(user, PASSWORD), "Accept": "text/html"})
        redirected = response.status in (302, 303, 307) and (response.header("Location") or "").startswith("/signin")
        assert redirected or response.status == 401, f"Basic on a page should not sign in: {response!r}"


# F5: cross-site writes.

def test_f5_api_write_with_form_or_multipart_body_is_415(server, sessions):
    hr = sessions["hr"]
    fields = {key: str(value) for key, value in VALID_ENTRY.items()}
    response = hr.send("POST", "/api/toil/entries", form_body(fields), "application/x-www-form-urlencoded", cookie=True)
    assert_refused(response, 415, "Content-Type")
    body, content_type = multipart_body(fields)
    assert_refused(hr.send("POST", "/api/toil/entries", body, content_type, cookie=True), 415, "Content-Type")
    assert_refused(hr.send("POST", "/api/toil/entries", json.dumps(VALID_ENTRY), "text/plain", cookie=True), 415, "Content-Type")


CROSS_SITE = [({"Origin": "https://evil.example"}, "Origin"), ({"Origin": "null"}, "Origin"),
              ({"Origin": "http://127.0.0.1.evil.example"}, "Origin"),
              ({"Sec-Fetch-Site": "cross-site"}, "Sec-Fetch-Site"), ({"Sec-Fetch-Site": "same-site"}, "Sec-Fetch-Site")]


@pytest.mark.parametrize("headers,field", CROSS_SITE, ids=[json.dumps(headers) for headers, _ in CROSS_SITE])
def test_f5_cross_site_api_writes_are_403(server, sessions, headers, field):
    hr, manager, helen = sessions["hr"], sessions["manager"], sessions["helen"]
    assert_refused(hr.post_json("/api/toil/entries", VALID_ENTRY, cookie=True, headers=headers), 403, field)
    assert_refused(manager.send_json("PUT", f"/api/rotas/{uuid.uuid4()}/assignments",
                                     {"amhp_id": "A02", "date": f"{MONTH}-10", "shift": "D"}, cookie=True, headers=headers), 403, field)
    assert_refused(helen.send("DELETE", "/api/requests/anything", cookie=True, headers=headers), 403, field)
    assert_refused(manager.send_json("POST", "/api/leave", {"amhp_id": "A02", "kind": "annual", "start": "2027-02-01",
                                                            "end": "2027-02-01"}, cookie=True, headers=headers), 403, field)


def test_f5_same_origin_api_writes_work(server, sessions):
    hr, helen = sessions["hr"], sessions["helen"]
    own = {"Origin": server.http.base, "Sec-Fetch-Site": "same-origin"}
    assert hr.post_json("/api/toil/entries", VALID_ENTRY, cookie=True).status == 201, "no Origin at all (a script)"
    assert hr.post_json("/api/toil/entries", VALID_ENTRY, cookie=True, headers=own).status == 201, "the service's own origin"
    created = helen.post_json("/api/requests", {"date": "2027-02-11", "shift": "D", "preference": "avoid", "weight": 3},
                              cookie=True, headers=own)
    assert created.status == 201, created
    deleted = helen.send("DELETE", f"/api/requests/{urllib.parse.quote(created.json()['id'])}", cookie=True, headers=own)
    assert deleted.status == 204, deleted
    # A PUT that gets past the guard reaches the route (404: no such rota), not 403.
    response = sessions["manager"].send_json("PUT", f"/api/rotas/{uuid.uuid4()}/assignments",
                                             {"amhp_id": "A02", "date": f"{MONTH}-10", "shift": "D"}, cookie=True, headers=own)
    assert response.status == 404, response


def page_post(session, path, fields, multipart=False, headers=None):
    if multipart:
        body, content_type = multipart_body(fields)
    else:
        body, content_type = form_body(fields), "application/x-www-form-urlencoded"
    return session.send("POST", path, body, content_type, cookie=True, headers={"Accept": "text/html", **(headers or {})})


def test_f5_signout_form_needs_the_csrf_token(server):
    helen = server.sign_in("helen")  # a session of its own: signing out ends it
    token = helen.form_token("/my")
    assert page_post(helen, "/signout", {}).status == 403, "POST /signout without csrf_token"
    assert page_post(helen, "/signout", {"csrf_token": "0" * len(token)}).status == 403, "POST /signout with a wrong token"
    assert page_post(helen, "/signout", {"csrf_token": token + "x"}).status == 403, "POST /signout with a longer token"
    assert helen.get("/api/me").status == 200, "a refused sign-out must not end the session"
    response = page_post(helen, "/signout", {"csrf_token": token})
    assert response.status in (302, 303) and response.header("Location", "").startswith("/signin"), response
    assert helen.get("/api/me").status == 401, "signing out with the token ends the session"


def test_f5_form_token_differs_per_session(server):
    first, second = server.sign_in("lead"), server.sign_in("lead")
    token = first.form_token("/scenarios")
    assert token and token != second.form_token("/scenarios"), "each session should have its own form token"
    assert page_post(second, "/scenarios/runs/" + str(uuid.uuid4()) + "/cancel", {"csrf_token": token}).status == 403, \
        "one session's token must not work for another"


def test_f5_scenario_forms_need_the_csrf_token(server, sessions):
    lead = sessions["lead"]
    token = lead.form_token("/scenarios")
    fields = {"month": MONTH, "time_limit": "1", "seed": "1", "yaml": ""}
    assert page_post(lead, "/scenarios", fields, multipart=True).status == 403, "POST /scenarios without csrf_token"
    assert page_post(lead, "/scenarios", {**fields, "csrf_token": "forged"}, multipart=True).status == 403, "with a wrong token"
    # With the token the form reaches the route (which refuses a month without scenarios as it likes).
    response = page_post(lead, "/scenarios", {**fields, "month": "not-a-month", "csrf_token": token}, multipart=True)
    assert response.status != 403 and response.status < 500, response
    run = f"/scenarios/runs/{uuid.uuid4()}/cancel"
    assert page_post(lead, run, {}).status == 403, "cancelling a scenario run without csrf_token"
    assert page_post(lead, run, {"csrf_token": "forged"}).status == 403, "with a wrong token"
    response = page_post(lead, run, {"csrf_token": token})
    assert response.status == 404, f"with the token it reaches the route (no such run): {response!r}"
    assert_alive(server)


def test_f5_leave_request_forms_need_the_csrf_token(server, sessions):
    helen, manager = sessions["helen"], sessions["manager"]
    token = helen.form_token("/my")
    fields = {"kind": "annual", "start": "2027-02-15", "end": "2027-02-16"}
    assert page_post(helen, "/my/leave-requests", fields).status == 403, "POST /my/leave-requests without csrf_token"
    assert page_post(helen, "/my/leave-requests", {**fields, "csrf_token": "forged"}).status == 403, "with a wrong token"
    # With the token an impossible date reaches the form's reader: 422, the form shown again.
    response = page_post(helen, "/my/leave-requests", {**fields, "start": "0000-01-01", "csrf_token": token})
    assert response.status == 422, response
    decide = f"/requests/{uuid.uuid4()}/approve"
    assert page_post(manager, decide, {"note": "x"}).status == 403, "approving without csrf_token"
    response = page_post(manager, decide, {"note": "x", "csrf_token": manager.form_token("/requests")})
    assert response.status == 404, f"with the token it reaches the route (no such request): {response!r}"
    assert_alive(server)


def test_f5_signin_from_a_foreign_origin_is_403(server):
    body = form_body({"username": "manager", "password": PASSWORD, "next": "/"})
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
        response = server.http.request("POST", "/signin", body=body,
                                       headers={"Content-Type": "application/x-www-form-urlencoded", **headers})
        assert response.status == 403, f"sign-in with {headers}: {response!r}"
        assert "amhp_session" not in response.cookies()


# F6: CSV formula injection.

FORMULA_NAME = '=HYPERLINK("http://evil.example","x")'
FORMULA_EMPLOYER = "+cmd|' /C calc'!A0"
PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
MONTH_TEXT = re.compile(r'^="\d{4}-(0[1-9]|1[0-2])"$')


def formula_cells(path):
    """The cells of a CSV file that a spreadsheet would run as a formula."""
    found = []
    with open(path, newline="", encoding="utf-8-sig") as handle:
        for line, row in enumerate(csv.reader(handle), start=1):
            for cell in row:
                # A month written as ="2026-12" (text to Excel, docs/data-format.md) is a constant, not a formula.
                if cell and cell[0] in "=+-@\t\r" and not PLAIN_NUMBER.match(cell) and not MONTH_TEXT.match(cell):
                    found.append((line, cell))
    return found


@pytest.fixture(scope="session")
def formula_hub(folder):
    hub = copy_hub(folder / "hub-formulas")
    rows = read_csv(hub / "amhps.csv")
    header = rows[0]
    name, employer = header.index("name"), header.index("employer")
    for row in rows[1:]:
        if row[0] == "A01":
            row[name] = FORMULA_NAME
        if row[0] == "A24":  # an NHS AMHP: any employer other than LA is a trust's name
            row[employer] = FORMULA_EMPLOYER
    write_csv(hub / "amhps.csv", rows)
    return hub


@pytest.fixture(scope="session")
def formula_database(formula_hub, folder):
    database = folder / "formulas.sqlite"
    result = run_amhp("import", "--hub", formula_hub, "--database", database, timeout=60)
    assert result.returncode == 0, "names that look like formulas are still names: " + result.describe()
    for username, role in (("hr", "hr"),):
        harness.add_user(database, username, role)
    for amhp in ("A01", "A24"):
        run_amhp("toil", "add", "--amhp", amhp, "--kind", "accrued", "--hours", "1.5", "--date", f"{MONTH}-03",
                 "--reason", "Assessment overran", "--approved-by", "Sam Patel", "--database", database, check=True)
    return database


def check_csv_outputs(paths, expect_name=True, expect_employer=False):
    paths = [Path(path) for path in paths]
    assert paths, "no CSV was written"
    bad = {str(path): cells for path in paths if (cells := formula_cells(path))}
    assert not bad, f"cells a spreadsheet would run as formulas: {bad}"
    text = "\n".join(path.read_text(encoding="utf-8-sig") for path in paths)
    rows = [cell for path in paths for row in read_csv(path) for cell in row]
    if expect_name:
        assert "'" + FORMULA_NAME in rows, f"the AMHP's name should be written, neutralised, in {[p.name for p in paths]}"
    if expect_employer:
        assert "'" + FORMULA_EMPLOYER in rows, f"the employer should be written, neutralised, in {[p.name for p in paths]}"
    return text


def test_f6_payroll_csv_from_the_api(formula_database, folder):
    service = Server(folder, formula_database).start()
    try:
        response = service.sign_in("hr").get(f"/api/toil/payroll?month={MONTH}")
        assert response.status == 200, response
        path = folder / "payroll-api.csv"
        path.write_bytes(response.body)
        check_csv_outputs([path], expect_name=True, expect_employer=True)
    finally:
        service.stop()


def test_f6_payroll_csv_from_the_cli(formula_database, folder):
    path = folder / "payroll-cli.csv"
    run_amhp("toil", "payroll", "--month", MONTH, "--out", path, "--database", formula_database, check=True)
    check_csv_outputs([path], expect_name=True, expect_employer=True)


def test_f6_rota_csvs(formula_hub, folder):
    out = folder / "rota-formulas"
    result = run_amhp("rota", "--hub", formula_hub, "--month", MONTH, "--out", out, "--time-limit", "5", timeout=180)
    assert result.returncode == 0, result.describe()
    check_csv_outputs([out / "rota.csv"], expect_name=True)
    check_csv_outputs(sorted(out.glob("*.csv")), expect_name=True, expect_employer=True)


def test_f6_sufficiency_and_succession_csvs(formula_hub, folder):
    for command, required in (("sufficiency", "workforce_fte.csv"), ("succession", "register.csv")):
        out = folder / f"{command}-formulas"
        result = run_amhp(command, "--hub", formula_hub, "--out", out, timeout=300)
        assert result.returncode == 0, result.describe()
        assert (out / required).is_file(), f"amhp {command} should write {required}"
        check_csv_outputs([out / required], expect_name=True, expect_employer=True)
        check_csv_outputs(sorted(out.glob("*.csv")), expect_name=False)


def test_f6_exported_hub_is_neutralised_and_imports_unchanged(formula_database, folder):
    out = folder / "export-formulas"
    run_amhp("export", "--hub", out, "--database", formula_database, check=True)
    check_csv_outputs([out / "amhps.csv"], expect_name=True, expect_employer=True)
    check_csv_outputs(sorted(out.glob("*.csv")), expect_name=False)
    again = folder / "formulas-again.sqlite"
    run_amhp("import", "--hub", out, "--database", again, check=True)
    out_again = folder / "export-formulas-again"
    run_amhp("export", "--hub", out_again, "--database", again, check=True)
    assert (out / "amhps.csv").read_text() == (out_again / "amhps.csv").read_text(), "export, import, export should round-trip"


# F7: headers, calendar, caps, long paths, start-up and big inputs.

SECURITY_HEADERS = ["Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"]


def assert_security_headers(response, no_store):
    what = f"{response.method} {response.path} ({response.status})"
    for name in SECURITY_HEADERS:
        assert response.header(name), f"{what} has no {name}"
    assert "frame-ancestors 'none'" in response.header("Content-Security-Policy"), f"{what}: CSP without frame-ancestors 'none'"
    assert response.header("X-Frame-Options").upper() == "DENY", what
    assert response.header("X-Content-Type-Options").lower() == "nosniff", what
    if no_store:
        assert "no-store" in (response.header("Cache-Control") or ""), f"{what} should be Cache-Control: no-store"


def test_f7_security_headers_on_every_kind_of_response(server, sessions):
    anonymous = server.http
    checks = [
        (anonymous.request("GET", "/signin"), False),
        (anonymous.request("GET", "/openapi.json"), False),
        (anonymous.request("GET", "/css/app.css"), False),
        # The operator's routes, the only others answered without signing in (docs/service.md, Operations).
        (anonymous.request("GET", "/healthz"), True),
        (anonymous.request("GET", "/readyz"), True),
        (anonymous.request("GET", "/metrics"), True),
        (anonymous.request("GET", "/rotas"), False),  # a redirect to sign in
        (anonymous.request("GET", "/api/me"), True),  # 401
        (anonymous.request("GET", "/no-such-page"), False),
        (anonymous.request("GET", "/api/no-such-route"), True),
        (anonymous.request("POST", "/api/session", body="{not json", headers={"Content-Type": "application/json"}), True),
        (sessions["helen"].page("/my"), True),
        (sessions["helen"].page(f"/my?month={MONTH}"), True),
        (sessions["hr"].page("/toil"), True),
        (sessions["hr"].page("/toil/A01"), True),
        (sessions["manager"].page("/rotas"), True),
        (sessions["lead"].page("/sufficiency?month=0000-01"), True),
        (sessions["helen"].page("/rotas"), True),  # 403
        (sessions["helen"].get("/api/me"), True),
        (sessions["hr"].get("/api/toil/balances"), True),
        (sessions["manager"].get("/api/amhps"), True),
        (sessions["manager"].get("/api/amhps/NOPE"), True),  # 404
        (sessions["helen"].get("/api/toil/balances"), True),  # 403
        (sessions["hr"].get(f"/api/toil/payroll?month={MONTH}"), True),
    ]
    for response, no_store in checks:
        assert response.status < 500, response
        assert_security_headers(response, no_store)


def test_f7_display_name_with_crlf_is_refused_by_the_cli(template, folder):
    database = copy_database(template, folder, "f7-users")
    result = run_amhp("users", "add", "--username", "helen2", "--display-name", "Helen\r\nX-Evil: 1", "--role", "amhp",
                      "--amhp-id", "A02", "--password-stdin", "--database", database, stdin=PASSWORD + "\n")
    assert not result.signalled, result.describe()
    assert result.returncode == 2, "an input error should exit 2: " + result.describe()
    assert "display" in result.output.lower(), "the message should name the display name: " + result.describe()


def test_f7_display_name_with_crlf_is_refused_by_the_api(server, sessions):
    response = sessions["manager"].post_json("/api/users", {"username": "helen3", "display_name": "Helen\r\nX-Evil: 1",
                                                            "role": "amhp", "amhp_id": "A03", "password": "Quayside-lantern-8812"})
    assert_refused(response, 422, "display_name")


def test_f7_hub_name_with_crlf_is_refused_by_import(template, folder):
    hub = copy_hub(folder / "hub-crlf-name")
    rows = read_csv(hub / "amhps.csv")
    rows[1][1] = "Helen\r\nX-Evil: 1"
    write_csv(hub / "amhps.csv", rows)
    result = run_amhp("import", "--hub", hub, "--database", folder / "crlf-name.sqlite", timeout=60)
    assert result.returncode == 2 and "amhps.csv" in result.output, result.describe()


def unfolded_lines(text):
    assert "\r\n" in text, "iCalendar lines end with CRLF"
    raw = text.split("\r\n")
    for line in raw:
        assert "\r" not in line and "\n" not in line, f"a bare CR or LF inside a line: {line!r}"
    lines = []
    for line in raw:
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        elif line:
            lines.append(line)
    return lines


def unescape_text(value):
    return re.sub(r"\\([\\;,nN])", lambda match: "\n" if match.group(1) in "nN" else match.group(1), value)


TEXT_PROPERTIES = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "X-WR-CALNAME", "X-WR-CALDESC", "NAME",
                   "CATEGORIES", "RESOURCES", "TZNAME"}


def test_f7_calendar_feed_is_valid_and_escaped(server, sessions, published_rota):
    from icalendar import Calendar

    helen = sessions["helen"]
    link = helen.send("POST", "/api/my/calendar-link")
    assert link.status in (200, 201), link
    url = urllib.parse.urlsplit(link.json()["url"])
    assert url.hostname == "127.0.0.1" and url.port == server.port, f"the calendar address points elsewhere: {url.geturl()}"
    response = server.http.request("GET", url.path)
    assert response.status == 200 and (response.header("Content-Type") or "").startswith("text/calendar"), response
    text = response.text
    calendar = Calendar.from_ical(text)
    events = list(calendar.walk("VEVENT"))
    assert events, "helen has shifts on the published rota"
    for line in unfolded_lines(text):
        name_part, _, value = line.partition(":")
        name = name_part.split(";", 1)[0].upper()
        if name in TEXT_PROPERTIES:
            bad = re.search(r"\\[^\\;,nN]|\\$|(?<!\\);|(?<!\\),", re.sub(r"\\\\", "", value))
            assert not bad, f"{name} is not escaped per RFC 5545: {value!r}"
    names = [line.partition(":")[2] for line in unfolded_lines(text) if line.upper().startswith("X-WR-CALNAME")]
    assert len(names) == 1, names
    assert "Whitfield, Helen; east\\west" in unescape_text(names[0]), f"the display name should survive escaping: {names[0]!r}"


def test_f7_text_over_its_cap_is_422(server, sessions):
    response = sessions["manager"].post_json("/api/leave", {"amhp_id": "A02", "kind": "annual", "start": "2027-02-01",
                                                            "end": "2027-02-02", "note": "n" * 100_000})
    assert_refused(response, 422, "note")


def test_f7_at_most_40_requests_per_amhp_per_month(server, sessions):
    helen = sessions["helen"]
    days = [f"2027-03-{day:02d}" for day in range(1, 32)]
    combinations = [(day, shift) for shift in ("D", "N") for day in days][:40]
    for day, shift in combinations:
        response = helen.post_json("/api/requests", {"date": day, "shift": shift, "preference": "avoid", "weight": 2})
        assert response.status == 201, f"request {day} {shift}: {response!r}"
    response = helen.post_json("/api/requests", {"date": "2027-03-05", "shift": "L", "preference": "want", "weight": 2})
    assert_refused(response, 422)
    assert sessions["manager"].get("/api/requests?month=2027-03").status == 200


@pytest.mark.parametrize("path", ["/" + "a" * 5000, "/api/amhps/" + "A" * 5000, "/api/toil/amhps/" + "A" * 5000 + "/balance",
                                  "/calendar/" + "c" * 5000 + ".ics", "/css/" + "x/" * 2500])
def test_f7_very_long_paths_are_404_or_414(server, sessions, path):
    response = sessions["manager"].get(path)
    assert response.status in (404, 414), f"a {len(path)}-character path: {response.status}"
    assert_alive(server)


def test_f7_serve_refuses_a_zero_length_database(folder):
    empty = folder / "empty-database.sqlite"
    empty.write_bytes(b"")
    port = harness.free_port()
    result = run_amhp("serve", "--database", empty, "--port", port, "--hostname", "127.0.0.1", "--workspace", folder / "jobs-empty",
                      timeout=10, cwd=folder)
    assert not result.timed_out, "amhp serve started on a zero-length database (it should refuse within 10 s)"
    assert result.returncode != 0 and not result.signalled, result.describe()
    assert "empty-database.sqlite" in result.output, "the message should name the file: " + result.describe()


def test_f7_hex_number_in_rules_yaml_is_refused(folder):
    hub = copy_hub(folder / "hub-hex")
    rules = (hub / "rules.yaml").read_text()
    changed = re.sub(r"(?m)^(\s*minimum_rest_hours:)\s*11\b", r"\1 0x10", rules)
    assert changed != rules
    (hub / "rules.yaml").write_text(changed)
    result = run_amhp("import", "--hub", hub, "--database", folder / "hex.sqlite", timeout=60)
    assert result.returncode == 2, result.describe()
    assert "rules.yaml" in result.output and "minimum_rest_hours" in result.output, result.describe()


def test_f7_a_month_too_large_to_plan_is_refused_early(folder):
    hub = copy_hub(folder / "hub-5000")
    rows = read_csv(hub / "amhps.csv")
    header, people = rows[0], rows[1:]
    template_row = next(row for row in people if row[0] == "A02")
    big = [header] + people
    for number in range(len(people) + 1, 5001):
        row = list(template_row)
        row[0], row[1] = f"G{number:04d}", f"Generated AMHP {number}"
        big.append(row)
    write_csv(hub / "amhps.csv", big)
    result = run_amhp("rota", "--hub", hub, "--month", MONTH, "--out", folder / "out-5000", "--time-limit", "1", timeout=30)
    assert not result.timed_out, "amhp rota on 5,000 AMHPs ran past 30 s"
    assert result.returncode == 2, result.describe()
    assert re.search(r"too (large|big|many)", result.output, re.I), "it should say the model is too large: " + result.describe()


def test_f7_every_api_4xx_names_a_field(server, sessions):
    """Probes of each kind of refusal, then every 4xx the API gave in this run."""
    anonymous, helen, hr = server.http, sessions["helen"], sessions["hr"]
    anonymous.request("GET", "/api/me")  # 401
    helen.get("/api/toil/balances")  # 403
    hr.get("/api/amhps/NOPE")  # 404
    hr.get("/api/no/such/route")  # 404
    hr.send("DELETE", "/api/toil/entries")  # 404 or 405
    hr.post_json("/api/toil/entries", "{not json")  # 400
    hr.post_json("/api/toil/entries", "[1, 2")  # 400
    hr.post_json("/api/toil/entries", {})  # 422
    hr.post_json("/api/toil/entries", {"kind": "accrued", "hours": "three"})  # 400 or 422
    hr.send("POST", "/api/toil/entries", "kind=accrued", "application/x-www-form-urlencoded")  # 415
    anonymous.request("POST", "/api/session", body=json.dumps({"username": "nobody", "password": WRONG_PASSWORD}),
                      headers={"Content-Type": "application/json"})  # 401
    anonymous.request("POST", "/api/session", body=json.dumps({"username": 7}), headers={"Content-Type": "application/json"})
    assert API_REFUSALS, "no refusals were seen"
    bad = [(response, problem) for response in API_REFUSALS if (problem := problems_of(response))]
    assert not bad, "4xx API answers without a named field:\n" + "\n".join(f"  {problem}: {response!r}" for response, problem in bad)
