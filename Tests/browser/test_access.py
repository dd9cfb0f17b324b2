#!/usr/bin/env python3
"""Accessibility of every page, in a real browser: axe-core (from the axe-selenium-python package)
on each page each role can reach, the phone layout at 390 px, and the rota grid's keyboard use.

  - axe: each role (manager, lead, HR, AMHP) signs in and axe runs on every page in PAGES the role may
    open; any violation of impact serious or critical fails the test (each is printed with its nodes).
  - phone: at 390 px the page itself never scrolls sideways on /my and on the rota grid
    (document.documentElement.scrollWidth <= window.innerWidth); the grid scrolls inside its wrapper.
  - keyboard: the skip link is the first thing Tab reaches; the grid is one tab stop; the arrow keys
    move the focus between cells; Enter on a draft's cell opens its shift picker.
  - forms: the sufficiency form keeps a typed value the service refused, with the reason beside it.
  - progress: a solve job reports its stage in words with a percentage, never GLPK's log.

Run from the repository root after `swift build --product amhp`:

    python3 Tests/browser/test_access.py

Needs `pip install axe-selenium-python selenium`, Chromium and chromedriver (Scripts/lib/setup.sh's
setup_browser installs them). The amhp executable is AMHP_EXECUTABLE or .build/debug/amhp.
"""

import base64
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from axe_selenium_python import Axe
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from journey_support import check, run_journey, settled
from test_pages import Journey

ROOT = Path(__file__).resolve().parents[2]
MONTH = "2026-12"
USERS = [
    # (user name, role, AMHP id, password)
    ("manager", "manager", None, "manager-password"),
    ("lead", "lead", None, "lead-password-1"),
    ("hr", "hr", None, "hr-password-1"),
    ("helen", "amhp", "A01", "helen-password"),
]
PASSWORDS = {name: password for name, _, _, password in USERS}

# Every page, with the roles that may open it: extend this list when a page is added. `{rota}` is the
# published rota's id, `{draft}` a draft's, `{amhp}` the signed-in AMHP's id (A01), `{month}` MONTH.
PAGES = [
    ("/rotas", ["manager"]),
    ("/rotas/{rota}", ["manager", "lead", "hr"]),
    ("/rotas/{draft}", ["manager"]),
    ("/rotas/compare?month={month}", ["manager", "lead", "hr"]),
    ("/rotas/{rota}/cover?date={month}-10&shift=D", ["manager", "lead"]),
    ("/leave", ["manager"]),
    ("/hub", ["manager", "lead", "hr"]),
    ("/toil", ["manager", "hr"]),
    ("/toil/A01", ["manager", "hr", "amhp"]),
    ("/my", ["amhp"]),
    ("/sufficiency", ["manager", "lead"]),
    ("/scenarios", ["manager", "lead"]),
    ("/succession", ["manager", "lead"]),
    ("/team", ["manager", "lead", "hr", "amhp"]),
    ("/team?month={month}", ["manager", "lead", "hr", "amhp"]),
    ("/league", ["manager", "lead", "hr", "amhp"]),
    ("/swaps", ["manager"]),
    ("/users", ["manager"]),
    ("/requests", ["manager"]),
    ("/standards", ["manager", "lead", "hr", "amhp"]),
    ("/standards/{assessment}", ["manager", "lead", "hr", "amhp"]),
    ("/standards/{assessment}/ratings/2.3", ["manager", "lead"]),
    ("/standards/contingency?month={month}", ["manager", "lead"]),
    ("/report", ["manager", "lead"]),
]
# axe's rules for WCAG 2.0 and 2.1 at levels A and AA, plus its best practices (the axe-core that
# axe-selenium-python ships knows no WCAG 2.2 tag; a tag it does not know would stop it running).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FAILING_IMPACTS = {"serious", "critical"}
PHONE_WIDTH = 390
SOLVE_TIMEOUT = 300
WAIT = 30


class Access(Journey):
    USERS = USERS
    SERVER_ARGUMENTS = ["--planning", str(ROOT / "Data" / "demo-hub")]
    WINDOW = "1400,1000"

    def __init__(self, folder):
        super().__init__(folder)
        self.ids = {"month": MONTH}
        self.violations = []

    def start_browser(self):
        super().start_browser()
        self.driver.set_script_timeout(120)

    def path(self):
        return self.driver.current_url[len(self.base):]

    def wait_for(self, condition, description, timeout=WAIT):
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.2,
                                 ignored_exceptions=[StaleElementReferenceException]).until(lambda driver: settled(condition))
        except Exception as error:
            raise AssertionError(f"timed out after {timeout} s waiting for: {description}") from error

    def sign_in(self, username):
        self.driver.delete_all_cookies()
        self.driver.get(self.base + "/signin")
        for field, value in [("username", username), ("password", PASSWORDS[username])]:
            element = self.driver.find_element(By.ID, field)
            element.clear()
            element.send_keys(value)
        self.driver.find_element(By.ID, "signin").click()
        self.wait_for(lambda: not self.path().startswith("/signin"), f"{username} signed in")
        check(True, f"{username} signs in")

    def api(self, method, url, body=None):
        """Calls the API from the page with its own helper (app.js), so the session and form guard apply."""
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "AMHP.call(arguments[0], arguments[1], arguments[2] === null ? undefined : arguments[2])"
            ".then((value) => done({value}), (error) => done({error: error.message, status: error.status}));",
            method, url, body)
        if "error" in result:
            raise AssertionError(f"{method} {url} failed ({result.get('status')}): {result['error']}")
        return result["value"]

    def active(self):
        return self.driver.switch_to.active_element

    def press(self, key):
        """A key pressed where the focus is, as a person would."""
        ActionChains(self.driver).send_keys(key).perform()

    def focused_cell(self):
        """The focused grid cell as [row index, column index]."""
        return self.driver.execute_script("const cell = document.activeElement.closest('td, th');"
                                          "return cell ? [cell.parentElement.rowIndex, cell.cellIndex] : null;")

    def axe(self, axe):
        """Runs axe on the page with AXE_TAGS; a failure of axe itself fails the test, saying why."""
        axe.inject()
        tags = [tag for tag in AXE_TAGS if self.driver.execute_script(
            "return axe.getRules([arguments[0]]).length > 0;", tag)]
        results = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
            ".then((results) => done(results), (error) => done({error: String(error)}));", tags)
        if "error" in results:
            raise AssertionError(f"axe could not run on {self.path()}: {results['error']}")
        return results

    def phone(self, on):
        if on:
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                        {"width": PHONE_WIDTH, "height": 844, "deviceScaleFactor": 1, "mobile": True})
        else:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    # The checks.

    def plan_rotas(self):
        """A published rota and a newer draft for the month, through the API as the rotas page uses it."""
        print("Manager: a published rota and a draft, with the solve job's progress in words", flush=True)
        self.sign_in("manager")
        self.driver.get(self.base + "/rotas")
        stages = set()
        for name in ["rota", "draft"]:
            job = self.api("POST", "/api/solve-jobs", {"month": MONTH, "time_limit": 3})
            check({"stage", "stage_text", "percent"} <= set(job), "a solve job carries stage, stage_text and percent")
            deadline = time.monotonic() + SOLVE_TIMEOUT
            while job["status"] not in ("done", "failed", "cancelled") and time.monotonic() < deadline:
                time.sleep(0.5)
                job = self.api("GET", "/api/solve-jobs/" + job["id"])
                stages.add(job["stage"])
                check(0 <= job["percent"] <= 100 and "node_limit" not in job["stage_text"],
                      f"progress in words: {job['stage']}, {job['percent']}%: {job['stage_text']}")
            check(job["status"] == "done", f"the solve job finished: {job.get('error')}")
            self.ids[name] = job["rota_id"]
            if name == "rota":
                self.api("POST", f"/api/rotas/{job['rota_id']}/publish")
        check(stages & {"done"}, f"the stages seen include done: {sorted(stages)}")
        self.driver.get(self.base + "/rotas")
        summaries = [element.text for element in self.driver.find_elements(By.CSS_SELECTOR, "#rota-list td.rota-summary")]
        check(summaries and all("fairness spread" in text for text in summaries),
              f"the rota list sums each rota up in words, not an objective: {summaries[:2]}")

    def axe_every_page(self):
        print("axe-core on every page, for every role", flush=True)
        axe = Axe(self.driver)
        # First, that axe sees a fault here: text planted at 1.9:1 is a serious colour-contrast violation.
        self.sign_in("manager")
        self.driver.get(self.base + "/hub")
        self.driver.execute_script("const planted = document.createElement('p'); planted.id = 'planted';"
                                   "planted.textContent = 'Low contrast'; planted.style.color = '#aaaaaa';"
                                   "document.querySelector('main').append(planted);")
        planted = [violation["id"] for violation in self.axe(axe)["violations"] if violation["impact"] in FAILING_IMPACTS]
        check("color-contrast" in planted, f"axe finds a planted low-contrast text: {planted}")
        for username, role, amhp_id, _ in USERS:
            self.sign_in(username)
            for template, roles in PAGES:
                if role not in roles:
                    continue
                path = template.format(**self.ids)
                self.driver.get(self.base + path)
                self.wait_for(lambda: self.driver.execute_script("return document.readyState") == "complete", f"{path} loaded")
                check(not self.path().startswith("/signin"), f"{role} may open {path}")
                heading = self.driver.find_elements(By.TAG_NAME, "h1")
                check(heading and "Forbidden" not in heading[0].text and "Not found" not in heading[0].text,
                      f"{path} is a page for {role}: {heading[0].text if heading else 'no heading'}")
                results = self.axe(axe)
                failing = [violation for violation in results["violations"] if violation["impact"] in FAILING_IMPACTS]
                for violation in failing:
                    nodes = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
                    print(f"  VIOLATION {role} {path}: {violation['id']} ({violation['impact']}): {violation['help']} at {nodes}",
                          flush=True)
                self.violations += [(role, path, violation["id"]) for violation in failing]
                minor = [violation["id"] for violation in results["violations"] if violation["impact"] not in FAILING_IMPACTS]
                check(True, f"axe on {path} as {role}: {len(results['passes'])} rules passed, {len(failing)} serious or critical"
                            + (f" (minor or moderate, not failing: {', '.join(minor)})" if minor else ""))
        check(not self.violations, f"no serious or critical axe violation on any page: {self.violations}")

    def phone_layout(self):
        print(f"Phone layout at {PHONE_WIDTH} px", flush=True)
        for username, path in [("helen", "/my"), ("manager", "/rotas/{draft}"), ("manager", "/rotas"), ("helen", "/team?month={month}")]:
            self.sign_in(username)
            self.phone(True)
            try:
                self.driver.get(self.base + path.format(**self.ids))
                self.wait_for(lambda: self.driver.execute_script("return document.readyState") == "complete", "loaded")
                width, inner = self.driver.execute_script(
                    "return [document.documentElement.scrollWidth, window.innerWidth];")
                check(width <= inner, f"{path} does not scroll sideways at {inner} px (page {width} px wide)")
                if "{draft}" in path:
                    wrap = self.driver.execute_script(
                        "const wrap = document.querySelector('.grid-wrap'); return [wrap.scrollWidth, wrap.clientWidth];")
                    check(wrap[0] > wrap[1], f"the grid scrolls inside its own box ({wrap[0]} px in {wrap[1]} px)")
                    name = self.driver.execute_script(
                        "const wrap = document.querySelector('.grid-wrap'); wrap.scrollLeft = 400;"
                        "const name = document.querySelector('#rota-grid tbody th.name').getBoundingClientRect();"
                        "return name.left - wrap.getBoundingClientRect().left;")
                    check(abs(name) <= 2, f"the names column stays in view when the grid scrolls across (offset {name} px)")
                overflowing = self.driver.execute_script(
                    "return Array.from(document.querySelectorAll('.card')).filter((card) =>"
                    " card.getBoundingClientRect().right > window.innerWidth + 1).map((card) => card.id || card.className);")
                check(not overflowing, f"every card on {path} fits the screen: {overflowing}")
            finally:
                self.phone(False)

    def keyboard(self):
        print("Keyboard: skip link, one tab stop for the grid, arrow keys, Enter opens the picker", flush=True)
        self.sign_in("manager")
        self.driver.get(self.base + "/rotas/" + self.ids["draft"])
        self.wait_for(lambda: self.driver.find_elements(By.CSS_SELECTOR, "#rota-grid .cell-button"), "the draft's grid")
        self.driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0);")
        self.press(Keys.TAB)
        first = self.active()
        check(first.get_attribute("class") == "skip-link" and first.text == "Skip to main content",
              f"the first Tab reaches the skip link ({first.tag_name}.{first.get_attribute('class')})")
        self.press(Keys.ENTER)
        check(self.driver.execute_script("return location.hash") == "#main", "the skip link goes to the main content")
        stops = self.driver.execute_script(
            "return Array.from(document.querySelectorAll('#rota-grid [tabindex=\"0\"], #rota-grid a[href]:not([tabindex]),"
            " #rota-grid button:not([tabindex])')).length;")
        check(stops == 1, f"the grid has one tab stop (roving tabindex), not one per cell: {stops}")
        # Tab through the whole page from the skip link: the grid is reached once.
        self.driver.execute_script("document.querySelector('.skip-link').focus();")
        inside, seen = 0, 0
        for _ in range(600):
            self.press(Keys.TAB)
            where = self.driver.execute_script(
                "const element = document.activeElement;"
                "return [element === document.body || element.classList.contains('skip-link'),"
                " document.getElementById('rota-grid').contains(element)];")
            if where[0]:
                break
            seen += 1
            inside += 1 if where[1] else 0
        check(inside == 1, f"Tab stops once in the grid ({inside} stops in the grid of {seen} on the page)")
        cell = self.driver.execute_script("return document.querySelector('#rota-grid [tabindex=\"0\"]');")
        self.driver.execute_script("arguments[0].focus();", cell)
        start = self.focused_cell()
        check(start is not None and start[1] == 1, f"the grid's tab stop is the first AMHP's first day: {start}")
        self.press(Keys.ARROW_RIGHT)
        after_right = self.focused_cell()
        check(after_right == [start[0], start[1] + 1], f"ArrowRight moves to the next day: {start} to {after_right}")
        self.press(Keys.ARROW_DOWN)
        after_down = self.focused_cell()
        check(after_down == [start[0] + 1, start[1] + 1], f"ArrowDown moves to the next AMHP: {after_right} to {after_down}")
        self.press(Keys.ARROW_LEFT)
        self.press(Keys.ARROW_UP)
        check(self.focused_cell() == start, "ArrowLeft and ArrowUp move back")
        self.press(Keys.HOME)
        check(self.focused_cell() == [start[0], 0], "Home moves to the row's first cell (the AMHP's name)")
        self.press(Keys.END)
        end = self.focused_cell()
        check(end[1] > 28, f"End moves to the row's last cell: {end}")
        for _ in range(3):
            self.press(Keys.ARROW_LEFT)
        stops = self.driver.execute_script("return document.querySelectorAll('#rota-grid [tabindex=\"0\"]').length;")
        check(stops == 1, "after moving, the grid still has exactly one tab stop")
        self.press(Keys.ENTER)
        self.wait_for(lambda: self.driver.find_element(By.ID, "shift-picker").is_displayed(), "the shift picker")
        check(True, "Enter on a day's cell opens its shift picker, as a click does")
        self.press(Keys.ESCAPE)
        check(not self.driver.find_element(By.ID, "shift-picker").is_displayed(), "Escape closes the picker")
        check(self.focused_cell() == [start[0], end[1] - 3], "and the focus is back on the cell")

    def standards_self_assessment(self):
        """The lead starts a Service Standards self-assessment in the browser, fills its evidence from the
        data, rates a standard (a refused form keeps what was typed), and HR reads it without names."""
        print("Lead: the Service Standards self-assessment online", flush=True)
        self.sign_in("lead")
        self.driver.get(self.base + "/standards")
        self.driver.find_element(By.ID, "title").send_keys("Winter 2026 self-assessment")
        self.driver.find_element(By.ID, "create").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "fill-evidence"), "the new assessment's page")
        self.ids["assessment"] = self.path().split("/")[-1]
        self.driver.find_element(By.ID, "fill-evidence").click()
        self.wait_for(lambda: "Figures as of" in self.driver.find_element(By.ID, "evidence").text, "the evidence filled")
        coordinator = self.driver.find_element(By.ID, "standard-2-1").text
        check("Shifts needing a coordinator that have one" in coordinator, f"2.1 shows the coordinator share from the rota: {coordinator[:200]}")
        self.driver.find_element(By.ID, "edit-standard-2-3").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "rating-form"), "the form for standard 2.3")
        self.driver.find_element(By.ID, "evidence").send_keys("Escalation protocol agreed with the trust.")
        self.driver.find_element(By.CSS_SELECTOR, "input[name=evaluation][value=partially]").click()
        self.driver.find_element(By.CSS_SELECTOR, "input[name=risk][value=high]").click()
        self.driver.find_element(By.NAME, "action_text_0").send_keys("Agree a reserve list")
        self.driver.find_element(By.ID, "save").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "rating-error"), "the refusal: the action has no term or owner")
        check("actions[0].owner" in self.driver.find_element(By.ID, "rating-error").text, "the refusal names the action's owner")
        check(self.driver.find_element(By.ID, "evidence").get_attribute("value") == "Escalation protocol agreed with the trust.",
              "the refused form keeps the evidence typed")
        self.driver.find_element(By.NAME, "action_owner_0").send_keys("Lee Morgan")
        self.driver.execute_script("document.querySelector('select[name=action_term_0]').value = 'short';")
        self.driver.find_element(By.ID, "save").click()
        self.wait_for(lambda: self.path().startswith("/standards/") and "/ratings/" not in self.path(), "back on the assessment")
        contingency = self.driver.find_element(By.ID, "standard-2-3").text
        check("Partially" in contingency and "Agree a reserve list" in contingency, f"2.3 shows what was recorded: {contingency[:200]}")
        self.sign_in("hr")
        self.driver.get(self.base + "/standards/" + self.ids["assessment"])
        check(not self.driver.find_elements(By.ID, "edit-standard-2-3"), "HR reads the assessment without editing it")

    def report_prints(self):
        """The annual report renders in Chromium and prints on A4 portrait without the navigation."""
        print("Lead: the annual sufficiency report prints to PDF", flush=True)
        self.sign_in("lead")
        self.driver.get(self.base + "/report")
        self.wait_for(lambda: self.driver.find_elements(By.ID, "risks"), "the report's risks", timeout=300)
        risks = self.driver.find_element(By.ID, "risks").text
        check("Standard 2.3" in risks and "Agree a reserve list" in risks, f"the self-assessment's high risk and its action are in the report: {risks[:300]}")
        printed = self.driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True, "displayHeaderFooter": False})
        pdf = self.folder / "annual-report.pdf"
        pdf.write_bytes(base64.b64decode(printed["data"]))
        data = pdf.read_bytes()
        check(data.startswith(b"%PDF"), "Chromium prints the report as a PDF")
        if shutil.which("pdfinfo"):
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
            pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
            size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.MULTILINE)
            check(pages >= 2 and size and abs(float(size.group(1)) - 595.3) < 2 and abs(float(size.group(2)) - 841.9) < 2,
                  f"on {pages} A4 portrait pages ({size.group(0) if size else 'no size'})")
            text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            check("Annual sufficiency report" in text and "Ratios with their sources" in text, "the PDF has the report's text")
            check("Sign out" not in text and "Print or save as PDF" not in text, "the navigation and buttons are left off paper")

    def forms_keep_values(self):
        print("Forms keep what was typed when a value is refused", flush=True)
        self.sign_in("lead")
        self.driver.get(self.base + "/sufficiency")
        self.driver.execute_script(
            "document.getElementById('demand_change').value = '600'; document.getElementById('month').value = '2026-11';"
            "document.getElementById('sufficiency-form').submit();")
        self.wait_for(lambda: self.driver.find_elements(By.ID, "demand_change-error"), "the refusal beside the field")
        value = self.driver.find_element(By.ID, "demand_change").get_attribute("value")
        month = self.driver.find_element(By.ID, "month").get_attribute("value")
        reason = self.driver.find_element(By.ID, "demand_change-error").text
        check(value == "600" and month == "2026-11", f"the refused form keeps what was typed: {value}, {month}")
        check("500" in reason, f"the reason is beside the field: {reason}")
        check(self.driver.find_element(By.ID, "demand_change").get_attribute("aria-invalid") == "true",
              "the refused field is marked invalid for assistive technology")


def main():
    folder = Path(tempfile.mkdtemp(prefix="amhp-access-"))
    access = Access(folder)
    return run_journey("accessibility test", folder, access, [
        access.prepare,
        access.start_server,
        access.start_browser,
        access.plan_rotas,
        access.keyboard,
        access.standards_self_assessment,
        access.report_prints,
        access.forms_keep_values,
        access.phone_layout,
        access.axe_every_page,
    ])


if __name__ == "__main__":
    sys.exit(main())
