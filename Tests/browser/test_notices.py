#!/usr/bin/env python3
"""Staff see changes, end to end against `amhp serve`: the calendar feed parsed with Python's
icalendar, and the e-mail of changes caught by a local SMTP sink (aiosmtpd).

The manager plans December 2026 through the API and publishes it; Helen Whitfield (A01, user
helen, with an e-mail address) subscribes to her calendar; then she is off sick on one of her days,
which makes version 2. Checked: every UID of her feed is the same in both versions, the shift she
lost is STATUS:CANCELLED with a higher SEQUENCE than before while the others keep theirs, the
sink received one message, to her address, naming the day; Daniel Okafor (A02, with an address),
whose shifts version 2 left alone, received nothing; GET /api/my/changes lists her change, and /my
shows it once as new, then only among the notices.

The service is started with AMHP_SENDMAIL set to Tests/browser/sendmail_to_smtp.py, a stand-in
for the host's sendmail that relays the message over SMTP to the sink.

    python3 Tests/browser/test_notices.py      # after swift build --product amhp

Exit status 0 when every check passes.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
from pathlib import Path

import icalendar
from aiosmtpd.controller import Controller

from journey_support import check, free_port

ROOT = Path(__file__).resolve().parents[2]
MONTH = "2026-12"
PASSWORD = "Mersey-ferry-4417"
HELEN_EMAIL = "helen.whitfield@example.gov.uk"
DANIEL_EMAIL = "daniel.okafor@example.gov.uk"
SOLVE_TIMEOUT = 240


class Sink:
    """Keeps every message the SMTP server is given: (recipients, message text)."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), envelope.content.decode("utf-8", "replace")))
        return "250 Message accepted for delivery"


class Notices:
    def __init__(self, folder):
        self.folder = folder
        self.amhp = Path(os.environ.get("AMHP_EXECUTABLE", ROOT / ".build" / "debug" / "amhp")).resolve()
        self.database = folder / "db.sqlite"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server = None
        self.server_log = folder / "server.log"
        self.sink = Sink()
        self.smtp_port = free_port()
        self.smtp = Controller(self.sink, hostname="127.0.0.1", port=self.smtp_port)

    def run_amhp(self, *arguments, stdin=None):
        result = subprocess.run([str(self.amhp), *arguments, "--database", str(self.database)], input=stdin,
                                capture_output=True, text=True, cwd=self.folder)
        if result.returncode != 0:
            raise AssertionError(f"amhp {' '.join(arguments)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
        return result.stdout

    def prepare(self):
        self.run_amhp("import", "--hub", str(ROOT / "Data" / "demo-hub"))
        for name, role, amhp_id in [("manager", "manager", None), ("helen", "amhp", "A01"), ("daniel", "amhp", "A02")]:
            arguments = ["users", "add", "--username", name, "--role", role, "--password-stdin"]
            self.run_amhp(*arguments, *(["--amhp-id", amhp_id] if amhp_id else []), stdin=PASSWORD + "\n")
        output = self.run_amhp("users", "email", "--username", "helen", "--email", HELEN_EMAIL)
        check(HELEN_EMAIL in output, "amhp users email gave Helen an address: " + output.strip())
        self.run_amhp("users", "email", "--username", "daniel", "--email", DANIEL_EMAIL)

    def start(self):
        self.smtp.start()
        environment = dict(os.environ, AMHP_EXECUTABLE=str(self.amhp), AMHP_SENDMAIL=str(ROOT / "Tests" / "browser" / "sendmail_to_smtp.py"),
                           AMHP_TEST_SMTP_PORT=str(self.smtp_port))
        environment.pop("AMHP_DATABASE", None)
        with open(self.server_log, "w") as log:
            self.server = subprocess.Popen(
                [str(self.amhp), "serve", "--port", str(self.port), "--database", str(self.database), "--time-limit", "5",
                 "--workspace", str(self.folder / "jobs")], stdout=log, stderr=subprocess.STDOUT, cwd=self.folder, env=environment)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise AssertionError("amhp serve stopped at start:\n" + self.server_log.read_text())
            try:
                with urllib.request.urlopen(self.base + "/signin", timeout=2):
                    return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.2)
        raise AssertionError("amhp serve did not answer within 60 s")

    def stop(self):
        if self.server and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.server.kill()
        try:
            self.smtp.stop()
        except Exception:  # Not started.
            pass

    def call(self, method, path, token=None, body=None):
        headers = {"Accept": "application/json"}
        data = None
        if token:
            headers["Authorization"] = "Bearer " + token
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode("utf-8")
            return json.loads(text) if text and response.headers.get_content_type() == "application/json" else text

    def sign_in(self, name):
        return self.call("POST", "/api/session", body={"username": name, "password": PASSWORD})["token"]

    def calendar(self, url):
        with urllib.request.urlopen(url, timeout=30) as response:
            parsed = icalendar.Calendar.from_ical(response.read())
        return {str(event["UID"]): event for event in parsed.walk("VEVENT")}

    def journey(self):
        manager = self.sign_in("manager")
        job = self.call("POST", "/api/solve-jobs", manager, {"month": MONTH, "time_limit": 5})
        deadline = time.monotonic() + SOLVE_TIMEOUT
        while job["status"] in ("queued", "running") and time.monotonic() < deadline:
            time.sleep(1)
            job = self.call("GET", f"/api/solve-jobs/{job['id']}", manager)
        check(job["status"] == "done" and job.get("rota_id"), f"the solve job made a draft ({job['status']})")
        self.call("POST", f"/api/rotas/{job['rota_id']}/publish", manager)
        check(True, "the manager published December 2026 (version 1)")

        helen = self.sign_in("helen")
        url = self.call("POST", "/api/my/calendar-link", helen)["url"]
        before = self.calendar(url)
        check(len(before) > 0 and all(int(event.get("SEQUENCE", 0)) == 0 for event in before.values()),
              f"version 1: Helen's feed holds {len(before)} events, each at SEQUENCE 0")
        day = min(str(event["UID"]).split("-", 1)[1][:10] for event in before.values())
        lost = [uid for uid in before if uid.startswith(f"A01-{day}-")]

        self.call("POST", "/api/leave", manager, {"amhp_id": "A01", "kind": "sickness", "start": day, "end": day})
        after = self.calendar(url)
        check(set(after) == set(before), f"version 2: every UID is the same ({len(after)})")
        for uid in lost:
            check(str(after[uid].get("STATUS")) == "CANCELLED" and int(after[uid]["SEQUENCE"]) > int(before[uid].get("SEQUENCE", 0)),
                  f"{uid} (Helen off sick on {day}) is CANCELLED with SEQUENCE {after[uid]['SEQUENCE']}")
        kept = [uid for uid in after if uid not in lost]
        check(all(int(after[uid]["SEQUENCE"]) == 0 and str(after[uid].get("STATUS")) == "CONFIRMED" for uid in kept),
              f"her {len(kept)} other events are unchanged at SEQUENCE 0")

        changes = self.call("GET", "/api/my/changes", helen)
        check(changes["new_count"] == len(lost) and all(change["date"] == day for change in changes["changes"]),
              f"GET /api/my/changes lists her {len(lost)} change(s) on {day} as new")

        page = self.call("GET", f"/my?month={MONTH}", helen)
        check('id="new-changes"' in page and day in page, f"/my shows her the change on {day} since she last looked")
        page = self.call("GET", f"/my?month={MONTH}", helen)
        check("No changes since you last looked." in page and 'id="my-notices"' in page,
              "opening /my marked it seen: the next visit lists it only among the notices")

        deadline = time.monotonic() + 30
        while not self.sink.messages and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1)  # Any second message would have arrived by now too.
        check(len(self.sink.messages) == 1, f"the SMTP sink received one message ({len(self.sink.messages)})")
        recipients, text = self.sink.messages[0]
        check(recipients == [HELEN_EMAIL], f"to Helen only: {recipients}")
        check(day in text and "version 2" in text and "sickness" in text, "naming her lost day, the version and why")


def main():
    folder = Path(tempfile.mkdtemp(prefix="amhp-notices-"))
    notices = Notices(folder)
    try:
        notices.prepare()
        notices.start()
        notices.journey()
    except Exception:
        traceback.print_exc()
        notices.stop()
        if notices.server_log.exists():
            print("Last lines of the server's log:\n" + "\n".join(notices.server_log.read_text().splitlines()[-40:]), file=sys.stderr)
        print(f"FAILED: the notices test's files are in {folder}", file=sys.stderr)
        return 1
    notices.stop()
    shutil.rmtree(folder, ignore_errors=True)
    print("Notices test passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
