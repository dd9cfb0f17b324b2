#!/usr/bin/env python3
"""Leave requests in a real browser: headless Chromium driven by Selenium against `amhp serve`.

  Helen (an AMHP) signs in, is told on /my that a past first day is refused (the form shown again as
  typed, the reason beside the field), then asks for annual leave in the month after next; the
  manager signs in, sees it on /requests with its cover impact (no rota yet for that month: the
  solver will plan around it), approves it with a note; the absence is on /leave, and on Helen's /my
  her request shows approved with the manager's note and the leave among her absences.

Starts the service from the debug build (`swift build --build-tests` first) on a free port with a
temporary database, as test_pages.py does, whose set-up it reuses.
"""
import datetime
import sys
import tempfile
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from journey_support import check, run_journey  # noqa: E402
from test_pages import Journey  # noqa: E402


def month_after_next(today):
    month = today.month + 2
    return datetime.date(today.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


class LeaveJourney(Journey):
    def helen_asks_for_leave(self):
        print("AMHP: ask for leave on /my", flush=True)
        self.sign_in("helen", "/my")
        check(self.find("ask-for-leave").is_displayed(), "/my has the Ask for leave form")
        yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
        Select(self.find("leave-request-kind")).select_by_value("annual")
        self.set_value("leave-request-start", yesterday)
        self.set_value("leave-request-end", self.first.isoformat())
        self.type_into("leave-request-note", "Half term")
        self.click(self.find("ask-for-leave"))
        self.wait_for(lambda: len(self.driver.find_elements(By.ID, "leave-request-start-problem")) == 1, "the refusal beside First day")
        check("in the past" in self.text("leave-request-start-problem"), "a past first day is refused beside the field: "
              + self.text("leave-request-start-problem"))
        check(self.find("leave-request-note").get_attribute("value") == "Half term", "the form is shown again as typed")

        self.set_value("leave-request-start", self.first.isoformat())
        self.set_value("leave-request-end", self.last.isoformat())
        self.click(self.find("ask-for-leave"))
        self.wait_for(lambda: len(self.driver.find_elements(By.CSS_SELECTOR, "#leave-request-list tbody tr")) == 1, "the request listed")
        row = self.driver.find_element(By.CSS_SELECTOR, "#leave-request-list tbody tr")
        check("pending" in row.text and "Half term" in row.text, "the request is listed as pending: " + row.text)
        check(len(row.find_elements(By.CSS_SELECTOR, "button.withdraw-leave")) == 1, "a pending request can be withdrawn")
        self.sign_out()

    def manager_approves(self):
        print("Manager: see the request and its cover impact on /requests, approve it", flush=True)
        self.sign_in("manager", "/rotas")
        self.click(self.driver.find_element(By.CSS_SELECTOR, "nav a[href='/requests']"))
        self.wait_for(lambda: self.path() == "/requests", "the Leave requests page")
        pending = self.driver.find_elements(By.CSS_SELECTOR, "#pending-requests li.leave-request")
        check(len(pending) == 1, f"one request waits for a decision ({len(pending)})")
        text = pending[0].text
        check("Helen Whitfield (A01)" in text and "annual" in text, "it is Helen's annual leave: " + text)
        check("no rota yet: the solver will plan around it" in text, "its cover impact: no rota yet for that month")
        check("No shift falls below minimum" in text, "and no shift falls below minimum")
        pending[0].find_element(By.CSS_SELECTOR, "input.decision-note").send_keys("Enjoy the break")
        self.click(pending[0].find_element(By.CSS_SELECTOR, "button.approve"))
        self.wait_for(lambda: len(self.driver.find_elements(By.ID, "requests-notice")) == 1, "the approval notice")
        check("recorded as an absence" in self.text("requests-notice"), "approved: " + self.text("requests-notice"))
        check(len(self.driver.find_elements(By.ID, "no-pending")) == 1, "nothing waits any more")
        check("approved" in self.text("decided-requests"), "the request is listed as approved below")

        self.driver.get(self.base + "/leave")
        absences = self.text("absence-list")
        check(f"{self.first.isoformat()}" in absences and "annual" in absences and "Helen" in absences,
              "the absence shows on /leave")
        self.sign_out()

    def helen_sees_the_decision(self):
        print("AMHP: the decision on /my", flush=True)
        self.sign_in("helen", "/my")
        self.driver.get(self.base + f"/my?month={self.first.strftime('%Y-%m')}")
        row = self.driver.find_element(By.CSS_SELECTOR, "#leave-request-list tbody tr")
        check("approved" in row.text and "Enjoy the break" in row.text, "Helen's request shows approved, with the note: " + row.text)
        check(f"annual: {self.first.isoformat()} to {self.last.isoformat()}" in self.text("my-leave"),
              "and the leave is among her absences: " + self.text("my-leave"))
        self.sign_out()


def main():
    folder = Path(tempfile.mkdtemp(prefix="amhp-leave-"))
    journey = LeaveJourney(folder)
    journey.first = month_after_next(datetime.date.today()) + datetime.timedelta(days=9)
    journey.last = journey.first + datetime.timedelta(days=4)
    return run_journey("leave browser test", folder, journey, [
        journey.prepare,
        journey.start_server,
        journey.start_browser,
        journey.helen_asks_for_leave,
        journey.manager_approves,
        journey.helen_sees_the_decision,
    ])


if __name__ == "__main__":
    sys.exit(main())
