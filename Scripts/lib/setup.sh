# Installs what AMHP Planner needs on a fresh Debian machine, skipping what is already there.
# Sourced by Scripts/run, Scripts/test and Scripts/bench.

apt_install() {
    local missing=()
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${missing[*]}..."
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Installs Python packages with pip. Debian's own Python refuses pip installs outside a virtual
# environment (PEP 668) unless told, so the second try says so. Returns pip's failure.
pip_install() {
    python3 -m pip install --quiet "$@" 2>/dev/null || python3 -m pip install --quiet --break-system-packages "$@"
}

setup_solver() {
    # libglpk-dev: GLPK's header and library, which the CGLPK module map points at.
    # glpk-utils: glpsol, to solve a model exported with --write-lp.
    apt_install libglpk-dev glpk-utils
    command -v swift >/dev/null || { echo "Swift 6 is needed (swift not found on PATH)." >&2; exit 1; }
}

# PostgreSQL for the storage tests that run against it (they are skipped when DATABASE_URL is unset).
# A machine where it cannot be installed or started still runs every SQLite test.
setup_postgres() {
    [ -n "${DATABASE_URL:-}" ] && return 0
    if ! apt_install postgresql || ! command -v pg_lsclusters >/dev/null; then
        echo "PostgreSQL unavailable: its storage tests will be skipped."
        return 0
    fi
    local version
    version=$(pg_lsclusters --no-header | awk 'NR == 1 { print $1 }')
    if [ -z "$version" ] || ! { pg_ctlcluster "$version" main start 2>/dev/null || pg_lsclusters --no-header | grep -q online; }; then
        echo "PostgreSQL did not start: its storage tests will be skipped."
        return 0
    fi
    su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'amhp'\" | grep -q 1 || psql -qc \"CREATE ROLE amhp LOGIN PASSWORD 'amhp'\"" || return 0
    su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'amhp_test'\" | grep -q 1 || psql -qc \"CREATE DATABASE amhp_test OWNER amhp\"" || return 0
    export DATABASE_URL='postgres://amhp:amhp@localhost:5432/amhp_test?sslmode=disable'
}

# Debian's nginx, for the cluster test's proxy in front of the instances (the test skips the proxy's
# checks, saying so, when it cannot be installed).
setup_nginx() {
    apt_install nginx || { echo "nginx unavailable: the cluster test runs without its proxy."; return 1; }
}

# Headless Chromium, its WebDriver, Python's Selenium and axe-core, for the browser tests of the pages
# (Tests/browser/test_pages.py, and test_access.py's accessibility checks). Returns 1, saying why, when any cannot be installed, so the caller
# skips that test and runs the rest.
setup_browser() {
    if ! apt_install chromium chromium-driver || [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
        echo "Chromium or chromium-driver unavailable: the browser test of the pages is skipped."
        return 1
    fi
    command -v python3 >/dev/null || { echo "python3 not found: the browser test of the pages is skipped."; return 1; }
    # axe-selenium-python ships axe-core (axe.min.js), which Tests/browser/test_access.py runs on every page.
    if ! python3 -c "import axe_selenium_python" 2>/dev/null; then
        echo "Installing axe-selenium-python for Python..."
        pip_install axe-selenium-python \
            || echo "axe-selenium-python could not be installed (python3 -m pip install axe-selenium-python): the accessibility test will fail."
    fi
    python3 -c "import selenium" 2>/dev/null && return 0
    echo "Installing selenium for Python..."
    if ! pip_install selenium; then
        echo "Selenium could not be installed (python3 -m pip install selenium): the browser test of the pages is skipped."
        return 1
    fi
}

# poppler-utils (pdfinfo, pdftotext) and openpyxl for the print and export test
# (Tests/browser/test_export.py): the printed rota counted in pages, rota.xlsx read as Excel would.
# Returns 1, saying why, when they cannot be installed, so the caller skips that test.
setup_export_tools() {
    if ! apt_install poppler-utils || ! command -v pdfinfo >/dev/null; then
        echo "poppler-utils unavailable: the print and export test is skipped."
        return 1
    fi
    python3 -c "import openpyxl" 2>/dev/null && return 0
    echo "Installing openpyxl for Python..."
    if ! pip_install openpyxl; then
        echo "openpyxl could not be installed (python3 -m pip install openpyxl): the print and export test is skipped."
        return 1
    fi
}

# icalendar and aiosmtpd for the notices test (Tests/browser/test_notices.py): the calendar feed
# parsed as a calendar app would, and a local SMTP sink for the e-mail of changes. Returns 1, saying
# why, when they cannot be installed, so the caller skips that test and runs the rest.
setup_notice_tools() {
    command -v python3 >/dev/null || { echo "python3 not found: the notices test is skipped."; return 1; }
    local missing=()
    python3 -c "import icalendar" 2>/dev/null || missing+=(icalendar)
    python3 -c "import aiosmtpd" 2>/dev/null || missing+=(aiosmtpd)
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${missing[*]} for Python..."
    if ! pip_install "${missing[@]}"; then
        echo "Could not install ${missing[*]} (python3 -m pip install ${missing[*]}): the notices test is skipped."
        return 1
    fi
}

# pytest, schemathesis and icalendar for the security suite (Tests/security/run.sh), which attacks
# `amhp serve` and the command line. Returns 1, saying why, when they cannot be installed; the
# caller can stop: that suite is required.
setup_security_tools() {
    command -v python3 >/dev/null || { echo "python3 not found: the security tests cannot run."; return 1; }
    local missing=()
    python3 -c "import pytest" 2>/dev/null || missing+=(pytest)
    python3 -c "import schemathesis" 2>/dev/null || missing+=(schemathesis)
    python3 -c "import icalendar" 2>/dev/null || missing+=(icalendar)
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${missing[*]} for Python..."
    if ! pip_install "${missing[@]}"; then
        echo "Could not install ${missing[*]} (python3 -m pip install ${missing[*]}): the security tests cannot run."
        return 1
    fi
}

# HiGHS from PyPI (highspy), the solver yardstick of Scripts/bench. Returns 1, saying why, when it cannot
# be installed.
setup_highs() {
    python3 -c "import highspy" 2>/dev/null && return 0
    echo "Installing highspy for Python..."
    pip_install highspy || { echo "highspy could not be installed (python3 -m pip install highspy): the HiGHS yardstick cannot run." >&2; return 1; }
}
