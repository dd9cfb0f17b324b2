#!/usr/bin/env python3
"""Issue 16 in a real browser: the users page, the team rota and the bank-holiday league.

  a manager publishes December 2026 (a solve job through the API), opens Users from the navigation,
  adds a user, disables one (whose sign-in then fails); an HR user and an AMHP follow the "Team rota"
  link and see names, shift codes and "off", with no word of why anyone is off; /league shows a table.

Run from the repository root after `swift build --product amhp`:

    python3 Tests/browser/test_team.py

It reuses test_pages.py's Journey (server, browser and helpers) with its own users.
"""

import json
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import test_pages
from journey_support import check, run_journey

MONTH = "2026-12"
USERS = [
    ("manager", "manager", None, "manager-password"),
    ("lead", "lead", None, "lead-password-1"),
    ("hr", "hr", None, "hr-password-1"),
    ("helen", "amhp", "A01", "helen-password"),
    ("daniel", "amhp", "A02", "daniel-password"),
]
NEW_USER = ("ravi", "Ravi Shah", "amhp", "A05", "ravi-password-9")
# Words that would say why someone is off: none may appear in the team view's body.
ABSENCE_WORDS = ["sick", "annual", "leave", "training", "toil", "absent", "absence", "educator forum"]


class TeamJourney(test_pages.Journey):
    def prepare(self):
        # Journey.prepare adds test_pages.USERS and signs them in with test_pages.PASSWORDS: use ours.
        test_pages.USERS[:] = USERS
        test_pages.PASSWORDS.clear()
        test_pages.PASSWORDS.update({name: password for name, _, _, password in USERS})
        test_pages.PASSWORDS[NEW_USER[0]] = NEW_USER[4]
        super().prepare()

    def api(self, method, path, token=None, body=None):
        headers = {"Accept": "application/json"}
        data = None
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
            return json.loads(text) if text else None

    def publish_december(self):
        print("Manager: publish December through the API", flush=True)
        token = self.api("POST", "/api/session", body={"username": "manager", "password": "manager-password"})["token"]
        job = self.api("POST", "/api/solve-jobs", token, {"month": MONTH, "time_limit": 5, "seed": 1})
        deadline = time.monotonic() + test_pages.SOLVE_TIMEOUT
        while job["status"] in ("queued", "running") and time.monotonic() < deadline:
            time.sleep(1)
            job = self.api("GET", f"/api/solve-jobs/{job['id']}", token)
        check(job["status"] == "done" and job.get("rota_id"), f"the solve job finished: {job['status']} {job.get('error')}")
        published = self.api("POST", f"/api/rotas/{job['rota_id']}/publish", token)
        check(published["status"] == "published", "the draft is published")

    def manager_manages_users(self):
        print("Manager: add a user, disable one", flush=True)
        self.sign_in("manager", "/rotas")
        self.click(self.find("nav-users"))
        self.wait_for(lambda: self.path().startswith("/users"), "the Users page")
        check(len(self.driver.find_elements(By.CSS_SELECTOR, "#user-list tbody tr")) == len(USERS), "the Users page lists every user")
        username, display, role, amhp_id, password = NEW_USER
        self.type_into("new-username", username)
        self.type_into("new-display-name", display)
        Select(self.find("new-role")).select_by_value(role)
        Select(self.find("new-amhp")).select_by_value(amhp_id)
        self.type_into("new-password", "short")
        self.click(self.find("add-user"))
        self.wait_for(lambda: self.driver.find_elements(By.ID, "add-user-error"), "the refusal of a short password")
        check(self.find("new-username").get_attribute("value") == username, "a refused form comes back as typed: "
              + self.text("add-user-error"))
        self.type_into("new-password", password)
        self.click(self.find("add-user"))
        self.wait_for(lambda: self.driver.find_elements(By.ID, f"user-{username}"), "the new user's row")
        check(f"Added {username}" in self.text("users-notice"), "the manager adds a user: " + self.text("users-notice"))
        self.click(self.find("disable-daniel"))
        self.wait_for(lambda: self.driver.find_elements(By.ID, "enable-daniel"), "daniel disabled")
        check("disabled" in self.find("user-daniel").text, "daniel's row says disabled")
        check(not self.driver.find_elements(By.ID, "disable-manager"), "the manager has no button to disable themself")
        self.sign_out()
        self.driver.get(self.base + "/signin")
        self.type_into("username", "daniel")
        self.type_into("password", "daniel-password")
        self.find("signin").click()
        self.wait_for(lambda: "wrong" in self.driver.page_source, "the refusal of daniel's sign-in")
        check(self.path().startswith("/signin"), "a disabled user's sign-in fails")
        self.sign_in(username, "/my")

    def sees_the_team(self, username, start):
        print(f"{username}: the team rota", flush=True)
        self.driver.delete_all_cookies()
        self.sign_in(username, start)
        self.click(self.find("nav-team"))
        self.wait_for(lambda: self.path().startswith("/team"), "the team rota")
        if "December 2026" not in self.text("team-month"):
            self.driver.get(self.base + f"/team?month={MONTH}")
        check("December 2026" in self.text("team-month"), f"{username} sees December 2026 on /team")
        grid = self.find("team-grid")
        check("Helen Whitfield" in grid.text, "the grid names the AMHPs")
        shifts = [cell.text for cell in grid.find_elements(By.CSS_SELECTOR, "td.cell") if cell.text not in ("", "off")]
        check(len(shifts) > 50, f"the grid shows shift codes ({len(shifts)} shifts)")
        check(len(grid.find_elements(By.CSS_SELECTOR, "td.cell.off")) > 0, "absences show as off")
        body = self.find("on-now").text + self.driver.find_element(By.TAG_NAME, "main").get_attribute("innerHTML")
        for word in ABSENCE_WORDS:
            check(word not in body.lower(), f"the team view never says {word!r}")
        check("On now" in self.text("on-now") and "Tonight" in self.text("on-now"), "the On now / tonight panel is at the top")
        self.click(self.find("team-league"))
        self.wait_for(lambda: self.path().startswith("/league"), "the league")
        rows = self.driver.find_elements(By.CSS_SELECTOR, "#league-table tbody tr")
        check(len(rows) > 10, f"/league shows a table with a row per AMHP ({len(rows)})")
        check("2026" in self.find("league-table").text, "with a column for 2026")


def main():
    folder = Path(tempfile.mkdtemp(prefix="amhp-browser-team-"))
    journey = TeamJourney(folder)
    return run_journey("team browser test", folder, journey, [
        journey.prepare,
        journey.start_server,
        journey.start_browser,
        journey.publish_december,
        journey.manager_manages_users,
        lambda: journey.sees_the_team("hr", "/toil"),
        lambda: journey.sees_the_team("helen", "/my"),
    ])


if __name__ == "__main__":
    sys.exit(main())
