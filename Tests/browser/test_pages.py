#!/usr/bin/env python3
"""The pages in a real browser: headless Chromium driven by Selenium against `amhp serve`.

One journey through the service, as its three kinds of user would take it:

  the manager signs in, plans December 2026 from /rotas and follows the job to its draft, opens the
  grid (each shift's minimum, target and maximum, weekday duty apart from cover, the enhancement cost
  and the quality section), puts an AMHP on a night before a day shift they work and sees the
  re-check flag the hard violation at once (and Publish refused) after the picker said so before the
  click, takes it off again and sees the violation go, opens "Who can cover" for a shift (candidates
  ranked by cost, who cannot and why) and assigns the first, publishes; then on /hub is told a maximum below the target is refused, naming the
  field, and saves a new maximum;
  HR sees every TOIL balance, is told what is missing from an entry, adds an accrued entry and sees
  the balance and history move, and opens the published rota read-only, without the quality section;
  the AMHP sees their published shifts, sends and withdraws a request, makes a calendar link and
  fetches the .ics, which holds one VEVENT per published shift.

Run from the repository root after `swift build --product amhp`:

    python3 Tests/browser/test_pages.py

The amhp executable is AMHP_EXECUTABLE or .build/debug/amhp; Chromium and its driver are
CHROMIUM (default /usr/bin/chromium) and CHROMEDRIVER (default /usr/bin/chromedriver).
Exit status 0 when every check passes; on a failure the screenshot, the page's HTML and the
server's log are kept in the temporary folder, whose path is printed.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from journey_support import check, free_port, run_journey, settled

ROOT = Path(__file__).resolve().parents[2]
MONTH = "2026-12"
USERS = [
    # (user name, role, AMHP id, password)
    ("manager", "manager", None, "manager-password"),
    ("hr", "hr", None, "hr-password-1"),
    ("helen", "amhp", "A01", "helen-password"),
]
PASSWORDS = {name: password for name, _, _, password in USERS}
# The demo hub's shift codes: a day shift (09:00-17:00) and a night (21:00-09:00).
DAY, NIGHT = "D", "N"
# A solve job for a month of the demo hub: the solver's 5 s, plus starting it, checking and saving.
SOLVE_TIMEOUT = 240
WAIT = 20


class Journey:
    """Sets up a test database with USERS, `amhp serve` on it and a browser; subclasses set these three."""
    USERS = USERS
    SERVER_ARGUMENTS = []
    WINDOW = "1600,1100"

    def __init__(self, folder):
        self.folder = folder
        self.amhp = Path(os.environ.get("AMHP_EXECUTABLE", ROOT / ".build" / "debug" / "amhp")).resolve()
        self.database = folder / "db.sqlite"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server = None
        self.server_log = folder / "server.log"
        self.driver = None

    # Setting up: the database, the users, the service and the browser.

    def run_amhp(self, *arguments, stdin=None):
        result = subprocess.run([str(self.amhp), *arguments], input=stdin, capture_output=True, text=True, cwd=self.folder)
        if result.returncode != 0:
            raise AssertionError(f"amhp {' '.join(map(str, arguments))} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
        return result.stdout

    def prepare(self):
        if not self.amhp.is_file():
            raise AssertionError(f"{self.amhp} is missing: run `swift build --product amhp` first, or set AMHP_EXECUTABLE.")
        print(f"Preparing {self.folder} with {self.amhp}", flush=True)
        output = self.run_amhp("import", "--hub", str(ROOT / "Data" / "demo-hub"), "--database", str(self.database))
        check("Imported" in output, "amhp import loaded the demo hub into a new database")
        for name, role, amhp_id, password in self.USERS:
            arguments = ["users", "add", "--username", name, "--role", role, "--password-stdin", "--database", str(self.database)]
            if amhp_id:
                arguments += ["--amhp-id", amhp_id]
            self.run_amhp(*arguments, stdin=password + "\n")
        check(True, "amhp users add made " + ", ".join(f"{name} ({role})" for name, role, _, _ in self.USERS))

    def start_server(self):
        environment = dict(os.environ, AMHP_EXECUTABLE=str(self.amhp))
        # The test's own database, not one a developer's environment points at.
        environment.pop("AMHP_DATABASE", None)
        with open(self.server_log, "w") as log:
            self.server = subprocess.Popen(
                [str(self.amhp), "serve", "--port", str(self.port), "--database", str(self.database), "--time-limit", "5",
                 "--workspace", str(self.folder / "jobs"), *self.SERVER_ARGUMENTS],
                stdout=log, stderr=subprocess.STDOUT, cwd=self.folder, env=environment)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise AssertionError(f"amhp serve stopped at start (status {self.server.returncode}):\n{self.server_log.read_text()}")
            try:
                with urllib.request.urlopen(self.base + "/signin", timeout=2) as response:
                    check(response.status == 200, f"amhp serve answers at {self.base}")
                    return
            except urllib.error.HTTPError as error:
                # Listening, but the sign-in page itself fails: waiting longer will not help.
                raise AssertionError(f"GET /signin answered {error.code}:\n{self.server_log.read_text()[-3000:]}") from error
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.2)
        raise AssertionError("amhp serve did not answer within 60 s:\n" + self.server_log.read_text())

    def start_browser(self):
        options = webdriver.ChromeOptions()
        options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--window-size={self.WINDOW}",
                         "--lang=en-GB"]:
            options.add_argument(argument)
        service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
        self.driver = webdriver.Chrome(service=service, options=options)
        self.wait = WebDriverWait(self.driver, WAIT, ignored_exceptions=[StaleElementReferenceException])

    def stop(self):
        if self.driver:
            self.driver.quit()
        if self.server and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()

    # Helpers.

    def find(self, element_id):
        return self.driver.find_element(By.ID, element_id)

    def text(self, element_id):
        return self.find(element_id).text

    def path(self):
        return self.driver.current_url[len(self.base):]

    def wait_for(self, condition, description, timeout=WAIT):
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.2,
                                 ignored_exceptions=[StaleElementReferenceException]).until(lambda driver: settled(condition))
        except Exception as error:
            raise AssertionError(f"timed out after {timeout} s waiting for: {description}") from error

    def visible(self, element_id):
        return self.wait.until(EC.visibility_of_element_located((By.ID, element_id)))

    def set_value(self, element_id, value):
        """Sets a date or month input as a person's picker would (typing into them depends on the locale)."""
        self.driver.execute_script(
            "const field = document.getElementById(arguments[0]); field.value = arguments[1];"
            "field.dispatchEvent(new Event('input', {bubbles: true})); field.dispatchEvent(new Event('change', {bubbles: true}));",
            element_id, value)

    def type_into(self, element_id, value):
        field = self.find(element_id)
        field.clear()
        field.send_keys(value)

    def click(self, element):
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element)
        element.click()

    def sign_in(self, username, expected_path):
        self.driver.get(self.base + "/signin")
        self.type_into("username", username)
        self.type_into("password", PASSWORDS[username])
        self.find("signin").click()
        self.wait_for(lambda: self.path().startswith(expected_path), f"{username} lands on {expected_path}")
        check(self.path().startswith(expected_path), f"{username} signs in and lands on {expected_path}")

    def sign_out(self):
        self.click(self.find("signout"))
        self.wait_for(lambda: self.path().startswith("/signin"), "the sign-in page after signing out")
        self.driver.get(self.base + "/rotas")
        check(self.path().startswith("/signin"), "after signing out, /rotas sends the browser to sign in")

    def api_json(self, path):
        """GET an API path with the browser's session cookie (HTTP-only, so read through WebDriver)."""
        cookie = self.driver.get_cookie("amhp_session")
        request = urllib.request.Request(self.base + path, headers={"Cookie": f"amhp_session={cookie['value']}",
                                                                     "Accept": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)

    # The journey.

    def manager_plans_and_publishes(self):
        print("Manager: plan, edit, re-check and publish", flush=True)
        self.driver.get(self.base + "/rotas")
        check(self.path().startswith("/signin?next=/rotas"), "an anonymous visit to /rotas is sent to sign in, coming back after")
        self.type_into("username", "manager")
        self.type_into("password", PASSWORDS["manager"])
        self.find("signin").click()
        self.wait_for(lambda: self.path() == "/rotas", "the manager back on /rotas")
        check(self.path() == "/rotas", "the manager signs in and is taken back to /rotas")
        check(len(self.driver.find_elements(By.ID, "no-rotas")) == 1, "the rota list says there are no rotas yet")

        self.set_value("generate-month", MONTH)
        self.type_into("generate-time-limit", "5")
        self.find("generate").click()
        self.visible("job-progress")
        check(self.text("job-month") == MONTH, "the job's progress panel appears for December 2026")
        self.wait_for(lambda: re.fullmatch(r"/rotas/[0-9A-Fa-f-]{36}", self.path()) is not None,
                      "the solve job to finish and the page to open its draft", timeout=SOLVE_TIMEOUT)
        self.rota_id = self.path().split("/")[-1]
        check(True, f"the solve job finished and the page opened draft {self.rota_id}")
        check(self.text("rota-status") == "draft", "the grid shows the rota as a draft")
        self.wait_for(lambda: "ok" in self.find("check-banner").get_attribute("class"), "a clean check banner")
        check("can be published" in self.text("check-banner"), "the solver's draft has no hard violations: " + self.text("check-banner"))

        amhps = self.driver.find_elements(By.CSS_SELECTOR, "#rota-grid tbody tr[data-amhp-id]")
        days = self.driver.find_elements(By.CSS_SELECTOR, "#rota-grid thead th.day")
        check(len(amhps) == 38 and len(days) == 31, f"the grid has a row per AMHP (38) and a column per day (31): {len(amhps)} x {len(days)}")
        check(len(self.driver.find_elements(By.CSS_SELECTOR, "#rota-grid thead th.day.weekend")) >= 8,
              "weekend and bank-holiday columns are marked for shading")
        check(self.find("rota-grid").find_element(By.CSS_SELECTOR, "th.day.holiday").get_attribute("title") != "",
              "a bank holiday column is named in its title")
        coloured = self.driver.find_elements(By.CSS_SELECTOR, "#rota-grid td.cell[class*='shift-']")
        total = sum(int(cell.text) for cell in self.driver.find_elements(By.CSS_SELECTOR, "#rota-grid tbody td[id^='shifts-']"))
        check(len(coloured) == total and total > 0, f"every shift ({total}) is coloured by its shift type")
        check(len(self.driver.find_elements(By.CSS_SELECTOR, "#rota-grid td.cell.absent")) > 0, "absences are shown in the grid")
        cover_rows = self.driver.find_elements(By.CSS_SELECTOR, "#rota-grid tfoot tr[data-cover-shift]")
        check(len(cover_rows) == 3, "there is a coverage row per rota shift")
        duty_rows = self.driver.find_elements(By.CSS_SELECTOR, "#rota-grid tfoot tr[data-duty-shift='DT']")
        check(len(duty_rows) == 1, "weekday duty has its own row, apart from cover")
        check(re.fullmatch(r"\d+/15", self.text(f"cover-DT-{MONTH}-01")) is not None,
              "duty cells read on duty / the day's cap: " + self.text(f"cover-DT-{MONTH}-01"))
        rules = self.find("cover-rules").find_element(By.CSS_SELECTOR, "tr[data-rule-shift='D']").text
        check("3 · 4 · 5" in rules, "the cover table shows the day shift's minimum, target and maximum: " + rules)
        check(self.text("enhancement-cost").startswith("£"), "the month's enhancement cost is shown: " + self.text("enhancement-cost"))
        check(self.find("quality").is_displayed() and self.text("quality-over-target") != "",
              "the quality section says how many shifts are over target: " + self.text("quality-over-target"))
        check("h: on duty" in self.text("quality-surplus"), "and where the surplus hours went: " + self.text("quality-surplus"))
        check(re.fullmatch(r"\d+/\d+", self.text(f"cover-{DAY}-{MONTH}-01")) is not None,
              "coverage cells read on shift / minimum: " + self.text(f"cover-{DAY}-{MONTH}-01"))
        shortfalls = self.driver.find_elements(By.CSS_SELECTOR, "#shortfalls li")
        check(len(shortfalls) > 0 or self.find("no-shortfalls").is_displayed(),
              f"the short-shifts panel lists {len(shortfalls)} short shift(s) with their reasons, or says there are none")

        # A night the evening before a day shift leaves no rest between them (WTR reg. 10).
        target = self.driver.execute_script("""
            for (const row of document.querySelectorAll('#rota-grid tbody tr[data-amhp-id]')) {
              const cells = [...row.querySelectorAll('td.cell')];
              for (let i = 1; i < cells.length; i++) {
                const before = cells[i - 1], after = cells[i];
                if (after.dataset.shift === arguments[0] && before.dataset.shift === '' && !before.classList.contains('absent'))
                  return [row.dataset.amhpId, before.dataset.date, after.dataset.date];
              }
            }
            return null;""", DAY)
        check(target is not None, f"found an AMHP off the day before a day shift: {target}")
        amhp_id, night_date, day_date = target
        night_cell_id = f"cell-{amhp_id}-{night_date}"

        self.click(self.find(night_cell_id).find_element(By.TAG_NAME, "button"))
        self.visible("shift-picker")
        check(True, f"clicking {amhp_id}'s cell on {night_date} opens the shift picker")
        effect = lambda code: self.find(f"pick-{code}").find_element(By.CLASS_NAME, "pick-effect").text
        self.wait_for(lambda: effect(NIGHT).startswith("breaks"), "the picker to say the night breaks a rule")
        check("rest.daily" in effect(NIGHT), f"before the click, the picker says the night breaks daily rest: {effect(NIGHT)}")
        check(re.fullmatch(r"[+-]\d+(\.\d)?|no change", effect("off")) is not None,
              f"and what staying off costs: {effect('off')}")
        check(effect(NIGHT) in (self.find(f"pick-{NIGHT}").get_attribute("aria-label") or ""),
              "the verdict is in the choice's accessible name")
        self.find(f"pick-{NIGHT}").click()
        self.wait_for(lambda: "bad" in self.find("check-banner").get_attribute("class"), "the hard-violation banner")
        check("hard violation" in self.text("check-banner"), "the banner reports at once: " + self.text("check-banner"))
        check(self.find(night_cell_id).text == NIGHT, f"the cell now shows the night shift ({NIGHT})")
        hard = [item.text for item in self.driver.find_elements(By.CSS_SELECTOR, "#hard-violations li")]
        check(any("rest.daily" in line and amhp_id in line for line in hard),
              f"the violations panel lists {amhp_id}'s daily-rest breach: {hard}")
        flagged = [cell for cell in (night_cell_id, f"cell-{amhp_id}-{day_date}")
                   if "hard" in self.find(cell).get_attribute("class").split()]
        check(len(flagged) > 0, f"the offending cell is outlined red: {flagged}")
        check(int(self.text("hard-count")) >= 1, "the hard-violation count went up to " + self.text("hard-count"))
        check(self.driver.current_url.endswith(self.rota_id), "all without reloading the page")
        check(self.text("quality-busiest") != "" and self.text("enhancement-cost").startswith("£"),
              "the quality section and the cost are redrawn with the re-check: " + self.text("quality-busiest"))

        self.find("publish").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "publish-question"), "the publish confirmation page")
        check(self.text("publish-question").startswith("Publish ") and self.text("publish-question").endswith("?"),
              "Publish asks first: " + self.text("publish-question"))
        check("will see it" in self.text("publish-consequence"), "saying who will see it: " + self.text("publish-consequence"))
        self.find("publish-confirm-button").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "publish-error"), "the publish refusal")
        check("hard rule" in self.text("publish-error"), "publishing is refused with the API's reason: "
              + self.text("publish-error").splitlines()[0])
        check("rest.daily" in self.text("publish-error"), "and the refusal lists the broken rule")
        self.find("publish-cancel").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "rota-status"), "the rota page again after Cancel")
        check(self.text("rota-status") == "draft", "Cancel leaves the draft unpublished")

        self.click(self.find(night_cell_id).find_element(By.TAG_NAME, "button"))
        self.visible("shift-picker")
        self.find("pick-off").click()
        self.wait_for(lambda: "ok" in self.find("check-banner").get_attribute("class"), "the banner to clear")
        check(self.find(night_cell_id).text == "", "taking the night off again empties the cell")
        check(self.text("hard-count") == "0" and len(self.driver.find_elements(By.CSS_SELECTOR, "#hard-violations li")) == 0,
              "and the hard violation is gone: " + self.text("check-banner"))

        self.manager_finds_who_can_cover()

        self.find("publish").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "publish-confirm-button"), "the publish confirmation page")
        self.find("publish-confirm-button").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "rota-status") and self.text("rota-status") == "published",
                      "the status to become published")
        check(self.text("rota-status") == "published", "after Publish the rota's status is published")
        check(len(self.driver.find_elements(By.CSS_SELECTOR, ".cell-button")) == 0 and not self.driver.find_elements(By.ID, "publish"),
              "a published rota is shown read-only")
        self.helen_shifts = self.driver.execute_script(
            "return [...document.querySelectorAll('#rota-grid tr[data-amhp-id=\"A01\"] td.cell')].filter(c => c.dataset.shift !== '').length;")
        check(self.helen_shifts > 0, f"A01 has {self.helen_shifts} shifts on the published rota")
        self.driver.get(self.base + "/rotas")
        check(self.find("rota-list").find_element(By.CSS_SELECTOR, f"tr[data-rota-id='{self.rota_id.upper()}'] .badge").text
              == "published", "the rota list shows December 2026 as published")
        self.manager_sets_a_maximum()
        self.sign_out()

    def manager_finds_who_can_cover(self):
        """From a short shift's link (else the 1st's day shift): candidates ranked with costs, reasons, Assign."""
        links = self.driver.find_elements(By.CSS_SELECTOR, "#shortfalls a.cover-link")
        check(len(links) > 0 or self.find("no-shortfalls").is_displayed(), "each short shift links to who can cover it")
        url = links[0].get_attribute("href") if links else f"{self.base}/rotas/{self.rota_id}/cover?date={MONTH}-01&shift={DAY}"
        self.driver.get(url)
        section = self.find("cover")
        date, shift = section.get_attribute("data-date"), section.get_attribute("data-shift")
        candidates = self.driver.find_elements(By.CSS_SELECTOR, "#cover-candidates tbody tr")
        check(len(candidates) > 0, f"who can cover {shift} on {date} lists {len(candidates)} candidates")
        costs = [row.find_element(By.CSS_SELECTOR, "td.cost").text for row in candidates]
        check(all(re.fullmatch(r"[+-]?\d+(\.\d+)?", cost) for cost in costs), f"each with its objective change: {costs[:5]}")
        values = [float(cost) for cost in costs]
        check(values == sorted(values), "cheapest first")
        reasons = [item.text for item in self.driver.find_elements(By.CSS_SELECTOR, "#cover-cannot li")]
        check(len(reasons) > 0, f"and who cannot, with the reason: {reasons[:3]}")
        chosen = candidates[0].get_attribute("data-amhp-id")
        self.click(candidates[0].find_element(By.CSS_SELECTOR, "button.assign"))
        self.wait_for(lambda: self.path() == f"/rotas/{self.rota_id}", "Assign to return to the grid")
        self.wait_for(lambda: self.find(f"cell-{chosen}-{date}").text.startswith(shift), "the assigned cell on the grid")
        check(self.find(f"cell-{chosen}-{date}").text.startswith(shift), f"Assign put {chosen} on {shift} on {date}, re-checked on the grid")
        check("ok" in self.find("check-banner").get_attribute("class"), "a candidate breaks no hard rule: " + self.text("check-banner"))

    def manager_covers_a_sickness(self):
        """Issue 15: sickness recorded on the published rota takes Helen off at once; the shift left short is
        covered from who-can-cover, which publishes the next version; Helen sees the change on /my."""
        print("Manager: sickness after publication, who can cover, a new version", flush=True)
        self.sign_in("manager", "/rotas")
        published = self.api_json(f"/api/rotas/{self.rota_id}")
        worked = [cell for row in published["people"] if row["amhp_id"] == "A01" for cell in row["cells"] if cell.get("shift")]
        check(len(worked) > 0, f"Helen (A01) works {len(worked)} shift(s) on the published rota")
        lost = worked[-1]
        self.driver.get(self.base + "/leave")
        Select(self.find("leave-amhp")).select_by_value("A01")
        Select(self.find("leave-kind")).select_by_value("sickness")
        self.set_value("leave-start", lost["date"])
        self.set_value("leave-end", lost["date"])
        self.click(self.find("leave-record"))
        self.wait_for(lambda: self.driver.find_elements(By.ID, "leave-notice") or self.driver.find_elements(By.ID, "leave-error"),
                      "the leave page's answer")
        check(not self.driver.find_elements(By.ID, "leave-error"), "the sickness is recorded on the /leave page")
        versions = [rota for rota in self.api_json(f"/api/rotas?month={MONTH}") if rota["status"] == "published"]
        check(len(versions) == 1 and versions[0]["id"].upper() != self.rota_id.upper(),
              "recording it published a new version at once")
        version2 = versions[0]["id"]
        self.driver.get(f"{self.base}/rotas/{version2}")
        cell = self.find(f"cell-A01-{lost['date']}")
        check(cell.get_attribute("data-shift") == "" and "absent" in cell.get_attribute("class"),
              f"Helen is off the {lost['shift']} shift on {lost['date']} on the new version, shown as {cell.text}")

        self.driver.get(f"{self.base}/rotas/{version2}/cover?date={lost['date']}&shift={lost['shift']}")
        candidates = self.driver.find_elements(By.CSS_SELECTOR, "#cover-candidates tbody tr")
        check(len(candidates) > 0, f"who can cover lists {len(candidates)} candidates for Helen's shift")
        check("next version" in self.text("published-note"), "the page says Assign makes the next version: " + self.text("published-note"))
        chosen = candidates[0].get_attribute("data-amhp-id")
        self.click(candidates[0].find_element(By.CSS_SELECTOR, "button.assign"))
        self.wait_for(lambda: re.fullmatch(r"/rotas/[0-9A-Fa-f-]{36}", self.path()) is not None
                      and self.path().split("/")[-1].upper() != version2.upper(), "Assign to open the next version")
        self.wait_for(lambda: self.find(f"cell-{chosen}-{lost['date']}").text.startswith(lost["shift"]), "the cover on the grid")
        check(self.text("rota-status") == "published", f"{chosen} covers it on version 3, published: " + self.text("rota-status"))
        self.sign_out()

        self.sign_in("helen", "/my")  # Landing on /my is her first look since the change.
        rows = self.driver.find_elements(By.CSS_SELECTOR, "#new-changes tbody tr")
        check(len(rows) >= 1 and "sickness" in self.text("new-changes").lower(),
              "Helen's /my lists the change to her shift since she last looked: " + (rows[0].text if rows else "nothing"))
        self.driver.get(self.base + "/my")
        check(not self.driver.find_elements(By.ID, "new-changes") and "sickness" in self.find("my-notices").get_attribute("textContent"),
              "looking marked it seen: the next visit keeps it among the notices only")
        self.sign_out()

    def manager_sets_a_maximum(self):
        print("Manager: the hub's settings", flush=True)
        self.driver.get(self.base + "/hub")
        check(Select(self.find("kind-DT")).first_selected_option.get_attribute("value") == "duty",
              "the hub's settings show DT as a duty shift")
        maximum = self.find("cover-weekday-D").find_element(By.CSS_SELECTOR, "input.maximum")
        check(maximum.get_attribute("value") == "5", "and the weekday day shift's maximum, 5")
        maximum.clear()
        maximum.send_keys("3")
        self.click(self.find("save-settings"))
        self.wait_for(lambda: self.text("settings-problems") != "", "the settings' problems")
        problems = self.text("settings-problems")
        check(".maximum" in problems and "below the target" in problems and "Fix:" in problems,
              "a maximum below the target is refused, naming the field and the fix: " + " / ".join(problems.splitlines()[:2]))
        maximum = self.find("cover-weekday-D").find_element(By.CSS_SELECTOR, "input.maximum")
        maximum.clear()
        maximum.send_keys("6")
        self.click(self.find("save-settings"))
        self.wait_for(lambda: "saved=1" in self.driver.current_url, "the settings page after saving")
        check(self.visible("settings-saved").text == "Saved.", "the page says the settings were saved")
        check(self.find("cover-weekday-D").find_element(By.CSS_SELECTOR, "input.maximum").get_attribute("value") == "6",
              "and shows the new maximum, 6, as stored")
        settings = self.api_json("/api/hub/settings")
        rule = [row for row in settings["cover"] if row["day_type"] == "weekday" and row["shift"] == "D"]
        check(rule and rule[0]["maximum"] == 6, "GET /api/hub/settings agrees")

    def hr_keeps_toil(self):
        print("HR: TOIL balances and a new entry", flush=True)
        self.sign_in("hr", "/toil")
        rows = self.driver.find_elements(By.CSS_SELECTOR, "#toil-balances tbody tr")
        check(len(rows) == 38, f"the TOIL page lists every AMHP's balance ({len(rows)})")
        held_before = float(self.find("toil-A01").find_element(By.CSS_SELECTOR, ".held").text)
        check(held_before >= 0, f"A01's row shows the hours held: {held_before} h")
        check(len(self.driver.find_elements(By.ID, "payroll-csv")) == 1, "HR is offered the payroll CSV")

        Select(self.find("entry-kind")).select_by_value("accrued")
        Select(self.find("entry-amhp")).select_by_value("A01")
        self.find("add-entry").click()
        self.wait_for(lambda: self.text("entry-problems") != "", "the entry's problems")
        check("hours" in self.text("entry-problems"), "an entry without hours is refused, and the form says what is missing: "
              + " / ".join(self.text("entry-problems").splitlines()))

        self.type_into("entry-hours", "2.5")
        self.type_into("entry-reason", "Section 2 assessment overran by two and a half hours")
        self.type_into("entry-approved-by", "Team manager")
        self.find("add-entry").click()
        self.wait_for(lambda: "added=" in self.driver.current_url, "the page after the entry")
        added = self.visible("entry-added").text
        check("accrued 2.5 h" in added and "A01" in added, "the page confirms the entry: " + added)
        held_after = float(self.find("toil-A01").find_element(By.CSS_SELECTOR, ".held").text)
        check(abs(held_after - held_before - 2.5) < 0.001, f"A01's balance went from {held_before} h to {held_after} h")
        self.helen_held = held_after

        self.find("toil-A01").find_element(By.CSS_SELECTOR, "a").click()
        self.wait_for(lambda: self.path() == "/toil/A01", "A01's history page")
        history = self.text("toil-history")
        check("Section 2 assessment overran" in history, "A01's history lists the new entry")

        self.driver.get(self.base + "/rotas/" + self.rota_id)
        check(self.text("rota-status") == "published" and not self.driver.find_elements(By.CSS_SELECTOR, ".cell-button"),
              "HR may view the published rota, read-only")
        check(not self.driver.find_elements(By.ID, "quality") and self.find("cover-rules").is_displayed(),
              "HR sees the cover table but not the quality section, whose reasons speak of absence")
        self.sign_out()

    def amhp_sees_own_rota(self):
        print("AMHP: own rota, a request, the calendar feed", flush=True)
        self.sign_in("helen", "/my")
        self.driver.get(self.base + f"/my?month={MONTH}")
        shifts = self.driver.find_elements(By.CSS_SELECTOR, f"#shifts-{MONTH} table.my-shifts tbody tr")
        check(len(shifts) == self.helen_shifts, f"/my lists A01's {len(shifts)} published shifts for December 2026")
        check("No rota has been published" in self.text("shifts-2027-01"), "January 2027 is shown as not published yet")
        held = float(self.find("my-toil").find_element(By.TAG_NAME, "strong").text.split()[0])
        check(abs(held - self.helen_held) < 0.001, f"the AMHP sees their TOIL balance, with HR's entry: {held} h")
        self.driver.get(self.base + "/rotas")
        check("403" in self.driver.title or "may not" in self.driver.page_source, "an AMHP may not open the managers' rota list")
        self.driver.get(self.base + f"/my?month={MONTH}")

        before = len(self.driver.find_elements(By.CSS_SELECTOR, "#my-requests tbody tr"))
        self.set_value("request-date", "2027-01-15")
        Select(self.find("request-shift")).select_by_value(NIGHT)
        Select(self.find("request-preference")).select_by_value("avoid")
        self.type_into("request-weight", "7")
        self.find("add-request").click()
        self.wait_for(lambda: len(self.driver.find_elements(By.CSS_SELECTOR, "#my-requests tbody tr")) == before + 1,
                      "the new request in the list")
        row = [row for row in self.driver.find_elements(By.CSS_SELECTOR, "#my-requests tbody tr") if "2027-01-15" in row.text]
        check(len(row) == 1 and "avoid" in row[0].text, "the request is listed: " + (row[0].text if row else "missing"))
        row[0].find_element(By.CSS_SELECTOR, "button.withdraw").click()
        self.wait_for(lambda: len(self.driver.find_elements(By.CSS_SELECTOR, "#my-requests tbody tr")) == before,
                      "the request to be withdrawn")
        check("2027-01-15" not in self.text("my-requests"), "withdrawing it takes it off the list")

        self.find("calendar-link").click()
        self.visible("calendar-result")
        url = self.find("calendar-url").get_attribute("value")
        check(re.fullmatch(re.escape(self.base) + r"/calendar/[^/]+\.ics", url) is not None, "the page shows the calendar address: " + url)
        with urllib.request.urlopen(url, timeout=10) as response:
            content_type = response.headers.get("Content-Type", "")
            calendar = response.read().decode("utf-8")
        events = calendar.count("BEGIN:VEVENT")
        check(content_type.startswith("text/calendar"), "the address serves text/calendar")
        check(calendar.startswith("BEGIN:VCALENDAR") and events == self.helen_shifts,
              f"the .ics holds a VEVENT per published shift ({events})")
        self.sign_out()

    def keep_evidence(self):
        if not self.driver:
            return
        try:
            self.driver.save_screenshot(str(self.folder / "failure.png"))
            (self.folder / "failure.html").write_text(self.driver.page_source)
            print(f"At {self.driver.current_url}; screenshot and page kept in {self.folder}", file=sys.stderr)
        except Exception as error:  # The browser itself may be what failed.
            print(f"Could not keep the browser's state: {error}", file=sys.stderr)


def main():
    folder = Path(tempfile.mkdtemp(prefix="amhp-browser-"))
    journey = Journey(folder)
    return run_journey("browser test", folder, journey, [
        journey.prepare,
        journey.start_server,
        journey.start_browser,
        journey.manager_plans_and_publishes,
        journey.hr_keeps_toil,
        journey.amhp_sees_own_rota,
        journey.manager_covers_a_sickness,
    ])


if __name__ == "__main__":
    sys.exit(main())
