"""Print and export (issue 16): the month on one A4 landscape page, rota.xlsx as Excel reads it, and
CSVs Excel reads right, from the command line and from the service.

  - `amhp rota` on the demo hub (Data/demo-hub, 38 AMHPs, December 2026): rota.html printed to PDF by
    headless Chromium is exactly one page and shows the last day's header; rota.xlsx opened with
    openpyxl has a named AMHP's night in the right cell, in the night's colour, with the header row
    and the name column frozen; every CSV starts with the UTF-8 byte order mark and writes ISO dates.
  - `amhp serve` with a solved December: the rota grid page printed to PDF through the DevTools
    (A4 landscape, the page's own @page size) is exactly one page; GET /api/rotas/{id}/rota.xlsx
    agrees with rota.csv; HR's payroll CSV has the period, the payroll number column and a month
    Excel keeps as text.

Run after `swift build --build-tests` (or set AMHP_EXECUTABLE): python3 Tests/browser/test_export.py.
Needs chromium, chromium-driver, selenium, poppler-utils (pdfinfo, pdftotext) and openpyxl
(Scripts/lib/setup.sh's setup_browser and setup_export_tools install them).
"""
import base64
import csv
import io
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

import openpyxl
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from journey_support import check, run_journey
from test_pages import Journey

ROOT = Path(__file__).resolve().parents[2]
MONTH = "2026-12"
LAST_DAY = ("Th", 31)  # Thursday 31 December 2026
PASSWORD = "export-test-password"
SOLVE_TIMEOUT = 240
# The demo hub's night (the third shift type): its colour in rota.html, rota.xlsx and the grid page.
NIGHT, NIGHT_FILL = "N", "FFD9C8F5"
BOM = b"\xef\xbb\xbf"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
A4_LANDSCAPE = {"landscape": True, "paperWidth": 11.69, "paperHeight": 8.27, "preferCSSPageSize": True,
                "printBackground": True, "displayHeaderFooter": False}


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    return int(match.group(1)) if match else 0, info


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def check_one_page(path, what):
    pages, info = pdf_pages(path)
    size = re.search(r"^Page size:.*$", info, re.MULTILINE)
    check(pages == 1, f"{what} prints on exactly one page ({pages}; {size.group(0) if size else 'no size'})")
    text = pdf_text(path)
    weekday, day = LAST_DAY
    # rota.html heads a day "Th 31", the grid page "Thu 31".
    check(re.search(rf"\b{weekday}\w*\b", text) is not None and re.search(rf"\b{day}\b", text) is not None,
          f"{what}: the last day of the month ({weekday} {day}) is on the page")
    names = ["Helen Whitfield", "Daniel Okafor"]
    check(all(name.split()[0] in text for name in names), f"{what}: the AMHPs' names are on the page")


def read_csv_bytes(data, what):
    check(data.startswith(BOM), f"{what} starts with the UTF-8 byte order mark")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def check_rota_csv(rows, what):
    header, body = rows[0], rows[1:]
    check(header[:4] == ["amhp_id", "name", "date", "shift"], f"{what}: Python's csv module reads the header {header[:4]}")
    date_column = header.index("date")
    check(body and all(ISO_DATE.match(row[date_column]) for row in body), f"{what}: every date is ISO YYYY-MM-DD ({len(body)} rows)")
    return [dict(zip(header, row)) for row in body]


def check_workbook(data, assignments, what):
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    check(workbook.sheetnames[:2] == ["Rota", "Legend"], f"{what}: openpyxl reads the sheets {workbook.sheetnames}")
    sheet = workbook["Rota"]
    check(sheet.freeze_panes == "B2", f"{what}: the header row and the name column are frozen ({sheet.freeze_panes})")
    check(sheet.cell(row=1, column=1).value == "AMHP" and sheet.cell(row=1, column=32).value == "Th 31",
          f"{what}: days run across, B1 {sheet.cell(row=1, column=2).value!r} to AF1 {sheet.cell(row=1, column=32).value!r}")
    rows = {sheet.cell(row=index, column=1).value: index for index in range(2, sheet.max_row + 1)}
    night = next(row for row in assignments if row["shift"] == NIGHT)
    day = int(night["date"][-2:])
    cell = sheet.cell(row=rows[night["name"]], column=day + 1)
    check(str(cell.value).rstrip("*") == NIGHT,
          f"{what}: {night['name']}'s night on {night['date']} is in {cell.coordinate}: {cell.value!r}")
    check(cell.fill.fgColor.rgb == NIGHT_FILL, f"{what}: the night cell is filled in the night's colour ({cell.fill.fgColor.rgb})")
    shifts = sum(1 for row in assignments if row["name"] == night["name"])
    filled = sum(1 for column in range(2, 33) if sheet.cell(row=rows[night["name"]], column=column).value not in (None, "")
                 and str(sheet.cell(row=rows[night["name"]], column=column).value).rstrip("*") in {"D", "L", "N", "DT"})
    check(filled == shifts, f"{what}: {night['name']}'s row has the {shifts} shifts rota.csv gives")
    legend = [workbook["Legend"].cell(row=index, column=1).value for index in range(2, 6)]
    check(NIGHT in legend, f"{what}: the Legend sheet names the codes {legend}")


class ExportTest(Journey):
    USERS = [("manager", "manager", None, PASSWORD), ("hr", "hr", None, PASSWORD)]

    def command_line(self):
        print("amhp rota: rota.html on one page, rota.xlsx, the CSVs", flush=True)
        if not self.amhp.is_file():
            raise AssertionError(f"{self.amhp} is missing: run `swift build --build-tests` first, or set AMHP_EXECUTABLE.")
        out = self.folder / "out"
        output = self.run_amhp("rota", "--hub", ROOT / "Data" / "demo-hub", "--month", MONTH, "--out", out, "--time-limit", "5")
        check("rota.xlsx" in output, "amhp rota says it wrote rota.xlsx")
        for name in ["rota.csv", "coverage.csv", "summary.csv"]:
            rows = read_csv_bytes((out / name).read_bytes(), name)
            check(len(rows) > 1, f"{name} has a header and rows ({len(rows) - 1})")
        coverage = read_csv_bytes((out / "coverage.csv").read_bytes(), "coverage.csv")
        check(all(ISO_DATE.match(row[0]) for row in coverage[1:]), "coverage.csv: every date is ISO YYYY-MM-DD")
        assignments = check_rota_csv(read_csv_bytes((out / "rota.csv").read_bytes(), "rota.csv"), "rota.csv")
        check_workbook((out / "rota.xlsx").read_bytes(), assignments, "rota.xlsx from amhp rota")

        pdf = self.folder / "rota-html.pdf"
        chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        f"--print-to-pdf={pdf}", "--no-pdf-header-footer", (out / "rota.html").as_uri()],
                       capture_output=True, timeout=120, check=True)
        check_one_page(pdf, "rota.html")

    def prepare_service(self):
        print("amhp serve: the grid page on one page, rota.xlsx and the payroll CSV", flush=True)
        self.prepare()
        self.start_server()

    def request(self, method, path, token=None, body=None):
        headers = {"Accept": "*/*"}
        data = None
        if token:
            headers["Authorization"] = "Bearer " + token
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.headers, response.read()

    def call(self, method, path, token=None, body=None):
        return json.loads(self.request(method, path, token, body)[1])

    def sign_in(self, name):
        return self.call("POST", "/api/session", body={"username": name, "password": PASSWORD})["token"]

    def service(self):
        manager = self.sign_in("manager")
        job = self.call("POST", "/api/solve-jobs", manager, {"month": MONTH, "time_limit": 5})
        deadline = time.monotonic() + SOLVE_TIMEOUT
        while job["status"] in ("queued", "running") and time.monotonic() < deadline:
            time.sleep(1)
            job = self.call("GET", f"/api/solve-jobs/{job['id']}", manager)
        check(job["status"] == "done" and job.get("rota_id"), f"the solve job made a draft ({job['status']})")
        rota_id = job["rota_id"]

        _, rota_csv = self.request("GET", f"/api/rotas/{rota_id}/rota.csv", manager)
        assignments = check_rota_csv(read_csv_bytes(rota_csv, "the service's rota.csv"), "the service's rota.csv")
        headers, workbook = self.request("GET", f"/api/rotas/{rota_id}/rota.xlsx", manager)
        check(headers.get_content_type() == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              f"GET rota.xlsx is an Excel workbook ({headers.get_content_type()})")
        check(f"rota-{MONTH}.xlsx" in headers.get("Content-Disposition", ""), "and downloads as rota-2026-12.xlsx")
        check_workbook(workbook, assignments, "rota.xlsx from the service")
        try:
            self.request("GET", f"/api/rotas/{rota_id}/rota.xlsx")
            check(False, "rota.xlsx without signing in is refused")
        except urllib.error.HTTPError as error:
            check(error.code == 401, f"rota.xlsx without signing in is refused ({error.code})")

        hr = self.sign_in("hr")
        _, payroll = self.request("GET", f"/api/toil/payroll?month={MONTH}", hr)
        rows = read_csv_bytes(payroll, "the payroll CSV")
        header = rows[0]
        check(header[:5] == ["month", "period_start", "period_end", "amhp_id", "payroll_number"],
              f"the payroll CSV has the period and the payroll number: {header[:5]}")
        first = dict(zip(header, rows[1]))
        check(first["month"] == f'="{MONTH}"', f"the month is written as text Excel keeps: {first['month']}")
        check(first["period_start"] == f"{MONTH}-01" and first["period_end"] == f"{MONTH}-31",
              f"the period is ISO: {first['period_start']} to {first['period_end']}")

        self.print_grid_page(rota_id)

    def print_grid_page(self, rota_id):
        options = webdriver.ChromeOptions()
        options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1600,1100",
                         "--lang=en-GB"]:
            options.add_argument(argument)
        self.driver = webdriver.Chrome(service=Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")),
                                       options=options)
        wait = WebDriverWait(self.driver, 20)
        self.driver.get(self.base + "/signin")
        self.driver.find_element(By.ID, "username").send_keys("manager")
        self.driver.find_element(By.ID, "password").send_keys(PASSWORD)
        self.driver.find_element(By.ID, "signin").click()
        wait.until(lambda driver: not driver.current_url.split("?")[0].endswith("/signin"))
        self.driver.get(f"{self.base}/rotas/{rota_id}")
        wait.until(lambda driver: driver.find_elements(By.ID, "rota-grid"))
        link = self.driver.find_element(By.ID, "download-xlsx")
        check(link.get_attribute("href").endswith(f"/api/rotas/{rota_id}/rota.xlsx"), "the grid page links to rota.xlsx")
        printed = self.driver.execute_cdp_cmd("Page.printToPDF", A4_LANDSCAPE)
        pdf = self.folder / "grid-page.pdf"
        pdf.write_bytes(base64.b64decode(printed["data"]))
        check_one_page(pdf, "the rota grid page")
        text = pdf_text(pdf)
        check("Publish" not in text and "Sign out" not in text, "buttons and the navigation are left off paper")

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


def main():
    folder = Path(tempfile.mkdtemp(prefix="amhp-export-"))
    test = ExportTest(folder)
    return run_journey("print and export test", folder, test, [
        test.command_line,
        test.prepare_service,
        test.service,
    ])


if __name__ == "__main__":
    sys.exit(main())
