#!/usr/bin/env python3
"""Browser test of shift swaps (issue 16), signed in as each person in turn:

- the manager plans next month through the API and publishes it;
- Daniel Okafor (A02, user daniel) on /my first sends a swap form that names a shift he does not
  work: it comes back as typed (his note kept) with the reason, answered 422; then asks Sarah
  Pennington (A03, user sarah) to swap one of his shifts for one of hers that breaks no rule;
- Sarah accepts on /my; the manager approves on /swaps, where the checker's findings are shown;
- the new version (kind swap) shows the exchange on the rota grid and on Daniel's /my.

Run after `swift build`:

    python3 Tests/browser/test_swaps.py

It reuses test_pages.py's Journey (server, browser, helpers) with two more AMHP users.
"""

import json
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from selenium.webdriver.common.by import By

import test_pages
from journey_support import check, run_journey
from test_pages import Journey

test_pages.USERS += [("daniel", "amhp", "A02", "daniel-password"), ("sarah", "amhp", "A03", "sarah-password")]
test_pages.PASSWORDS.update({"daniel": "daniel-password", "sarah": "sarah-password"})


def next_month():
    today = time.gmtime()
    year, month = (today.tm_year + 1, 1) if today.tm_mon == 12 else (today.tm_year, today.tm_mon + 1)
    return f"{year:04d}-{month:02d}"


MONTH = next_month()


class SwapJourney(Journey):
    def api(self, method, path, body=None):
        """An API call with the browser's session cookie."""
        cookie = self.driver.get_cookie("amhp_session")
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Cookie": f"amhp_session={cookie['value']}", "Accept": "application/json",
                                                  **({"Content-Type": "application/json"} if data else {})})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def manager_publishes_next_month(self):
        print(f"Manager: plan and publish {MONTH}", flush=True)
        self.sign_in("manager", "/rotas")
        job = self.api("POST", "/api/solve-jobs", {"month": MONTH, "time_limit": 5})
        deadline = time.monotonic() + test_pages.SOLVE_TIMEOUT
        while job["status"] in ("queued", "running") and time.monotonic() < deadline:
            time.sleep(1)
            job = self.api("GET", f"/api/solve-jobs/{job['id']}")
        check(job["status"] == "done" and job.get("rota_id"), f"the solve job made a draft ({job['status']})")
        self.api("POST", f"/api/rotas/{job['rota_id']}/publish")
        check(True, f"the manager published {MONTH} (version 1)")
        self.sign_out()

    def shifts(self, select_id):
        """The options of a select: value and text."""
        return [(option.get_attribute("value"), option.text)
                for option in self.find(select_id).find_elements(By.TAG_NAME, "option")]

    def daniel_asks_sarah(self):
        print("Daniel: a refused form, then a swap with Sarah", flush=True)
        self.sign_in("daniel", "/my")
        self.driver.get(f"{self.base}/my?month={MONTH}")
        mine = [value.split("|") for value, _ in self.shifts("swap-my-shift") if value.startswith(MONTH)]
        theirs = [value.split("|") for value, _ in self.shifts("swap-their-shift") if value.startswith("A03|" + MONTH)]
        check(len(mine) > 0 and len(theirs) > 0, f"the Swaps panel lists {len(mine)} of his shifts and {len(theirs)} of Sarah's in {MONTH}")
        his_days = {date for date, _ in mine}
        her_days = {date for _, date, _ in theirs}
        # A clean exchange: each of them is off on the other's day, and the days are a few apart.
        pairs = [(m, t) for m in mine for t in theirs
                 if m[0] not in her_days and t[1] not in his_days and abs(int(m[0][-2:]) - int(t[1][-2:])) >= 3]
        check(len(pairs) > 0, f"a pair of shifts to exchange exists ({len(pairs)})")
        # Prefer two shifts of one kind, which keeps hours and nights as they were.
        (my_date, my_code), (_, their_date, their_code) = next(((m, t) for m, t in pairs if m[1] == t[2]), pairs[0])
        self.exchange = (my_date, my_code, their_date, their_code)

        # A shift he does not work: the form comes back as typed, with the reason.
        off_day = next(f"{MONTH}-{day:02d}" for day in range(1, 29) if f"{MONTH}-{day:02d}" not in his_days)
        self.driver.execute_script("document.querySelector('#swap-my-shift option').value = arguments[0];", f"{off_day}|D")
        self.driver.execute_script("document.getElementById('swap-my-shift').selectedIndex = 0;")
        self.type_into("swap-notes", "School concert")
        self.click(self.find("swap-send"))
        self.wait_for(lambda: self.driver.find_elements(By.ID, "swap-error"), "the refused swap form")
        check(f"rota has no D on {off_day}" in self.text("swap-error"), "the refusal names the shift he does not work: "
              + self.text("swap-error").splitlines()[-1])
        check(self.find("swap-notes").get_attribute("value") == "School concert", "the form is shown again as typed")
        check(len(self.api("GET", "/api/swaps")) == 0, "and nothing was stored")

        self.driver.get(f"{self.base}/my?month={MONTH}")
        self.driver.find_element(By.CSS_SELECTOR, f"#swap-my-shift option[value='{my_date}|{my_code}']").click()
        self.driver.find_element(By.CSS_SELECTOR, f"#swap-their-shift option[value='A03|{their_date}|{their_code}']").click()
        self.type_into("swap-notes", "School concert")
        self.click(self.find("swap-send"))
        self.wait_for(lambda: self.driver.find_elements(By.ID, "my-swaps"), "his swap listed on /my")
        row = self.find("my-swaps").find_element(By.CSS_SELECTOR, "tbody tr")
        check("Sarah Pennington" in row.text and "open" in row.text,
              f"Daniel asked Sarah: {my_code} on {my_date} for {their_code} on {their_date}: {row.text}")
        check(len(row.find_elements(By.CSS_SELECTOR, ".swap-withdraw")) == 1, "he may withdraw it")
        self.sign_out()

    def sarah_accepts(self):
        print("Sarah: accept on /my", flush=True)
        self.sign_in("sarah", "/my")
        self.driver.get(f"{self.base}/my?month={MONTH}")
        row = self.find("my-swaps").find_element(By.CSS_SELECTOR, "tbody tr")
        check("Daniel Okafor" in row.text and len(row.find_elements(By.CSS_SELECTOR, ".swap-decline")) == 1,
              "Sarah sees Daniel's request with Accept and Decline")
        self.click(row.find_element(By.CSS_SELECTOR, ".swap-accept"))
        self.wait_for(lambda: "accepted" in self.find("my-swaps").text, "the swap accepted")
        check("accepted" in self.find("my-swaps").text, "Sarah accepted; it waits for a manager")
        self.sign_out()

    def manager_approves(self):
        print("Manager: approve on /swaps", flush=True)
        self.sign_in("manager", "/rotas")
        self.click(self.driver.find_element(By.LINK_TEXT, "Swaps"))
        self.wait_for(lambda: self.path() == "/swaps", "the Swaps page")
        waiting = self.driver.find_elements(By.CSS_SELECTOR, ".swap-waiting")
        check(len(waiting) == 1 and "Daniel Okafor" in waiting[0].text, "one swap waits for approval: "
              + waiting[0].find_element(By.TAG_NAME, "h3").text)
        check(len(waiting[0].find_elements(By.CSS_SELECTOR, ".swap-check")) == 1,
              "with the checker's findings: " + waiting[0].find_element(By.CSS_SELECTOR, ".swap-check").text.splitlines()[0])
        overrides = waiting[0].find_elements(By.CSS_SELECTOR, ".swap-override")
        if overrides:
            self.click(overrides[0])
            check(True, "it breaks a hard rule, so the manager ticks the override")
        waiting[0].find_element(By.CSS_SELECTOR, ".swap-approve-form input[name='note']").send_keys("Fine")
        self.click(waiting[0].find_element(By.CSS_SELECTOR, ".swap-approve"))
        self.wait_for(lambda: self.driver.find_elements(By.ID, "no-waiting"), "no swap waiting")
        check("approved" in self.text("decided-swaps"), "the swap is approved")

        versions = [rota for rota in self.api("GET", f"/api/rotas?month={MONTH}") if rota["status"] == "published"]
        check(len(versions) == 1 and versions[0]["change_kind"] == "swap" and versions[0]["version"] == 2,
              f"the month's current version is version 2, kind swap: {versions[0]['change_reason']}")
        my_date, my_code, their_date, their_code = self.exchange
        self.driver.get(f"{self.base}/rotas/{versions[0]['id']}")
        self.wait_for(lambda: self.driver.find_elements(By.ID, f"cell-A03-{my_date}"), "the grid")
        def cell(amhp_id, date):
            # The cell's shift code (its text adds * for a coordinator, whose mark moves with the shift).
            return self.find(f"cell-{amhp_id}-{date}").get_attribute("data-shift")
        check(cell("A03", my_date) == my_code and cell("A02", their_date) == their_code,
              f"the grid shows Sarah on {my_code} on {my_date} and Daniel on {their_code} on {their_date}")
        check(cell("A02", my_date) == "" and cell("A03", their_date) == "", "and each off on the shift they gave")
        self.sign_out()

    def daniel_sees_the_exchange(self):
        print("Daniel: /my shows the new version", flush=True)
        self.sign_in("daniel", "/my")
        self.driver.get(f"{self.base}/my?month={MONTH}")
        my_date, _, their_date, _ = self.exchange
        shifts = self.find(f"shifts-{MONTH}").text
        check(their_date in shifts and my_date not in shifts, f"his {MONTH} shifts include {their_date} and not {my_date}")
        # Signing in opened /my, which marked the change seen: it is among his notices (folded, so read as text content).
        notices = self.find("my-changes").get_attribute("textContent")
        check(their_date in notices and my_date in notices, "and his changes list both days of the swap")
        check("approved" in self.find("my-swaps").text, "his swap is approved")


def main():
    folder = Path(tempfile.mkdtemp(prefix="amhp-swaps-"))
    journey = SwapJourney(folder)
    return run_journey("swap browser test", folder, journey, [
        journey.prepare,
        journey.start_server,
        journey.start_browser,
        journey.manager_publishes_next_month,
        journey.daniel_asks_sarah,
        journey.sarah_accepts,
        journey.manager_approves,
        journey.daniel_sees_the_exchange,
    ])


if __name__ == "__main__":
    sys.exit(main())
