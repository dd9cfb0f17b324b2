#!/usr/bin/env python3
"""Fuzzes the hub reader and the planner with mutated copies of Data/demo-hub.

Each copy gets one to three mutations (cells and rows deleted, duplicated or swapped; dates out of
range; numbers huge, negative, NaN or hex; control characters and 10 KB strings in text cells;
broken quoting; byte order marks; bytes that are not UTF-8; empty and missing files; headers
renamed; YAML values of the wrong type in rules.yaml), then goes through

    amhp import --hub COPY --database FRESH.sqlite
    amhp rota --hub COPY --month 2026-12 --out OUT --time-limit 2 --iterations 20

and, after a successful import, `amhp export` of the database and `amhp toil balances` (and the
exported hub is imported again).

Checks: no process is killed by a signal; none runs past its time limit + 10 s; every non-zero exit
is 2 (an input error) and its message names a hub file (amhps.csv, rules.yaml, ...); after a
successful import the database reads back. Seeded: the same --seed makes the same hubs, and
--only N re-runs hub N alone.

    python3 Tests/security/fuzz_hubs.py [--seed 1] [--count 300] [--jobs 2] [--only N] [--keep]

Prints: tried, refused cleanly, accepted, crashed. Exit status 0 when every check holds.
"""

import argparse
import csv
import io
import random
import re
import shutil
import sys
import threading
import time
import traceback
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import DEMO_HUB, HUB_FILES, MONTH, run_amhp  # noqa: E402

CSV_FILES = ["amhps.csv", "shifts.csv", "cover.csv", "leave.csv", "requests.csv", "toil.csv", "history.csv", "carry_in.csv"]
# Files a hub copy needs (the planning files are not read by import or rota).
COPIED = CSV_FILES + ["rules.yaml"]
IMPORT_LIMIT = 30  # seconds: reading a hub has no time limit of its own

DATES = ["0000-01-01", "9999-12-31", "0999-12-31", "0001-01-01", "1899-12-31", "2200-01-01", "2026-02-30", "2026-13-01",
         "+2026-12-25", "-2026-12-25", "2026-12-25T09:00", "26-12-25", "2026/12/25", "2026-12-2", "２０２６-12-25"]
NUMBERS = ["1e308", "-1e308", "99999999999999999999", "-1", "-0", "0", "NaN", "nan", "inf", "-inf", "Infinity", "0x10",
           "0b11", "1e3", "1,5", "1_000", " 7", "7 ", "+7", "٣", "0.0000000000000000000001", "9" * 400, "1.7976931348623157e309"]
TEXTS = ["\x00", "a\x00b", "\x07", "\x1b[31m", "a\rb", "a\nb", "\u2028", "\u202e", "\ufeff", "\x7f", "\x85", "x" * 10_000,
         "y" * 100_000, "=1+1", "@SUM(A1)", "'", '"', "\\", "A01;A02", "😀" * 50, " ", "", "\t"]
YAML_VALUES = ["0x10", "1e3", ".nan", ".inf", "-.inf", "-5", "0", "99999999999999999999", "1e400", "null", "~", "true",
               "eleven", "[1, 2]", "{a: 1}", "'11'", "!!str 11", "!!float 11", "!!binary aGVsbG8=",
               "!!python/object/apply:os.system ['true']", "*undefined_alias", "&anchor 11", "\"\\0\"",
               "\"" + "x" * 10_000 + "\"", "11 # comment", "[", "}", "|\n    multi\n    line", "2026-12-25", "0o17", "1_000"]


class Mutator:
    """Applies seeded mutations to a hub folder and describes each."""

    def __init__(self, rng, hub):
        self.rng = rng
        self.hub = Path(hub)
        self.done = []

    def rows(self, name):
        # surrogateescape keeps bytes an earlier mutation made invalid as they were.
        text = (self.hub / name).read_bytes().decode("utf-8", "surrogateescape")
        return list(csv.reader(io.StringIO(text, newline="")))

    def write_rows(self, name, rows):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        (self.hub / name).write_bytes(buffer.getvalue().encode("utf-8", "surrogateescape"))

    def pick_cell(self, rows, allow_header=False):
        start = 0 if allow_header or len(rows) < 2 else 1
        candidates = [(r, c) for r in range(start, len(rows)) for c in range(len(rows[r]))]
        return self.rng.choice(candidates) if candidates else None

    def column(self, rows, pattern):
        if not rows:
            return []
        return [index for index, name in enumerate(rows[0]) if re.search(pattern, name)]

    def mutate(self):
        kinds = [self.csv_cells, self.csv_rows, self.csv_value, self.csv_value, self.csv_value, self.csv_bytes, self.csv_header,
                 self.whole_file, self.rules_yaml, self.rules_yaml]
        mutation = self.rng.choice(kinds)
        try:
            mutation()
        except (OSError, UnicodeError, csv.Error) as error:  # the file is gone, a folder, or past reading
            self.done.append(f"{mutation.__name__} skipped ({type(error).__name__})")

    # CSV: structure.

    def csv_cells(self):
        name = self.rng.choice(CSV_FILES)
        rows = self.rows(name)
        spot = self.pick_cell(rows)
        if spot is None:
            return self.whole_file()
        r, c = spot
        action = self.rng.choice(["delete", "duplicate", "swap", "blank"])
        if action == "delete":
            del rows[r][c]
        elif action == "duplicate":
            rows[r].insert(c, rows[r][c])
        elif action == "swap":
            other = self.rng.randrange(len(rows[r]))
            rows[r][c], rows[r][other] = rows[r][other], rows[r][c]
        else:
            rows[r][c] = ""
        self.write_rows(name, rows)
        self.done.append(f"{name}: {action} cell at line {r + 1}, column {c + 1}")

    def csv_rows(self):
        name = self.rng.choice(CSV_FILES)
        rows = self.rows(name)
        if len(rows) < 2:
            return self.whole_file()
        r = self.rng.randrange(1, len(rows))
        action = self.rng.choice(["delete", "duplicate", "swap", "duplicate 500 times", "reverse", "header last"])
        if action == "delete":
            del rows[r]
        elif action == "duplicate":
            rows.insert(r, list(rows[r]))
        elif action == "swap":
            other = self.rng.randrange(0, len(rows))
            rows[r], rows[other] = rows[other], rows[r]
        elif action == "duplicate 500 times":
            rows[r:r] = [list(rows[r]) for _ in range(500)]
        elif action == "reverse":
            rows = [rows[0]] + rows[:0:-1]
        else:
            rows = rows[1:] + rows[:1]
        self.write_rows(name, rows)
        self.done.append(f"{name}: {action} row at line {r + 1}")

    def csv_value(self):
        name = self.rng.choice(CSV_FILES)
        rows = self.rows(name)
        family = self.rng.choice(["date", "number", "text"])
        pattern = {"date": r"date|start|end|approval|suspended|from|to", "number": r"hours|fte|shifts|minimum|target|weight|months|nights",
                   "text": r"name|note|id|type|employer|code|shift|grade|profession|preference|reason"}[family]
        columns = self.column(rows, pattern)
        if len(rows) < 2:
            return self.whole_file()
        r = self.rng.randrange(1, len(rows))
        c = self.rng.choice(columns) if columns else self.rng.randrange(len(rows[r]) or 1)
        value = self.rng.choice({"date": DATES, "number": NUMBERS, "text": TEXTS}[family])
        while len(rows[r]) <= c:
            rows[r].append("")
        rows[r][c] = value
        self.write_rows(name, rows)
        self.done.append(f"{name}: line {r + 1}, column {rows[0][c] if c < len(rows[0]) else c + 1} = {value[:30]!r}"
                         + (f" ({len(value)} chars)" if len(value) > 30 else ""))

    def csv_header(self):
        name = self.rng.choice(CSV_FILES)
        rows = self.rows(name)
        if not rows or not rows[0]:
            return self.whole_file()
        c = self.rng.randrange(len(rows[0]))
        action = self.rng.choice(["rename", "duplicate", "delete", "upper case", "spaces", "remove header row"])
        if action == "rename":
            rows[0][c] = rows[0][c] + "_x"
        elif action == "duplicate":
            rows[0].append(rows[0][c])
        elif action == "delete":
            for row in rows:
                if c < len(row):
                    del row[c]
        elif action == "upper case":
            rows[0][c] = rows[0][c].upper()
        elif action == "spaces":
            rows[0][c] = f" {rows[0][c]} "
        else:
            rows = rows[1:]
        self.write_rows(name, rows)
        self.done.append(f"{name}: header {action} (column {c + 1})")

    # CSV: bytes.

    def csv_bytes(self):
        name = self.rng.choice(CSV_FILES)
        path = self.hub / name
        data = path.read_bytes()
        action = self.rng.choice(["utf-8 BOM", "utf-16 BOM", "two BOMs", "invalid utf-8", "latin-1 name", "NUL bytes", "CRLF",
                                  "lone CR", "stray quote", "unclosed quote", "quote in the middle", "no final newline",
                                  "blank lines", "semicolons", "tabs", "utf-16"])
        position = self.rng.randrange(len(data) + 1) if data else 0
        if action == "utf-8 BOM":
            data = b"\xef\xbb\xbf" + data
        elif action == "utf-16 BOM":
            data = b"\xff\xfe" + data
        elif action == "two BOMs":
            data = b"\xef\xbb\xbf\xef\xbb\xbf" + data
        elif action == "invalid utf-8":
            data = data[:position] + self.rng.choice([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80"]) + data[position:]
        elif action == "latin-1 name":
            data = data.replace(b"Helen", "Hélène".encode("latin-1")).replace(b"annual", "ann\xe9e".encode("latin-1"), 1)
        elif action == "NUL bytes":
            data = data[:position] + b"\x00" * self.rng.randint(1, 8) + data[position:]
        elif action == "CRLF":
            data = data.replace(b"\n", b"\r\n")
        elif action == "lone CR":
            data = data.replace(b"\n", b"\r")
        elif action == "stray quote":
            data = data[:position] + b'"' + data[position:]
        elif action == "unclosed quote":
            lines = data.split(b"\n")
            line = self.rng.randrange(1, len(lines)) if len(lines) > 1 else 0
            lines[line] = b'"' + lines[line]
            data = b"\n".join(lines)
        elif action == "quote in the middle":
            data = data.replace(b",", b',ab"cd', 1)
        elif action == "no final newline":
            data = data.rstrip(b"\n")
        elif action == "blank lines":
            data = data.replace(b"\n", b"\n\n\n")
        elif action == "semicolons":
            data = data.replace(b",", b";")
        elif action == "tabs":
            data = data.replace(b",", b"\t")
        else:
            data = data.decode("utf-8", "replace").encode("utf-16")
        path.write_bytes(data)
        self.done.append(f"{name}: {action}" + (f" at byte {position}" if action in ("invalid utf-8", "NUL bytes", "stray quote") else ""))

    def whole_file(self):
        name = self.rng.choice(COPIED)
        path = self.hub / name
        action = self.rng.choice(["empty", "missing", "header only", "directory", "10 MB", "binary", "only a BOM", "only newlines"])
        if action == "empty":
            path.write_bytes(b"")
        elif action == "missing":
            path.unlink()
        elif action == "header only":
            path.write_bytes(path.read_bytes().split(b"\n", 1)[0] + b"\n")
        elif action == "directory":
            path.unlink()
            path.mkdir()
        elif action == "10 MB":
            data = path.read_bytes()
            lines = data.split(b"\n")
            filler = (lines[1] if len(lines) > 2 and name.endswith(".csv") else b"# filler") + b"\n"
            path.write_bytes(data + filler * (10_000_000 // len(filler)))
        elif action == "binary":
            path.write_bytes(bytes(self.rng.randrange(256) for _ in range(2048)))
        elif action == "only a BOM":
            path.write_bytes(b"\xef\xbb\xbf")
        else:
            path.write_bytes(b"\n" * 50)
        self.done.append(f"{name}: {action}")

    # rules.yaml.

    def rules_yaml(self):
        path = self.hub / "rules.yaml"
        if not path.is_file():
            return self.whole_file()
        lines = path.read_bytes().decode("utf-8", "surrogateescape").split("\n")
        settings = [index for index, line in enumerate(lines) if re.match(r"^\s+\w+:\s*\S", line) and not line.strip().startswith("#")]
        keys = [index for index, line in enumerate(lines) if re.match(r"^\s*\w+:", line)]
        action = self.rng.choice(["value", "value", "value", "delete key", "duplicate key", "tab indent", "dedent", "billion laughs",
                                  "unknown key", "section to list", "section to scalar", "invalid yaml", "document markers",
                                  "bank holiday"])
        if action == "value" and settings:
            index = self.rng.choice(settings)
            key = re.match(r"^(\s+\w+:)", lines[index]).group(1)
            value = self.rng.choice(YAML_VALUES)
            comment = re.search(r"\s+#.*$", lines[index])
            lines[index] = f"{key} {value}" if "\n" in value else f"{key} {value}{comment.group(0) if comment else ''}"
            described = f"{key.strip()} {value[:40]!r}"
        elif action == "delete key" and keys:
            index = self.rng.choice(keys)
            described = lines[index].strip()[:40]
            del lines[index]
        elif action == "duplicate key" and settings:
            index = self.rng.choice(settings)
            lines.insert(index, lines[index])
            described = lines[index].strip()[:40]
        elif action == "tab indent" and settings:
            index = self.rng.choice(settings)
            lines[index] = "\t" + lines[index].lstrip()
            described = lines[index].strip()[:40]
        elif action == "dedent" and settings:
            index = self.rng.choice(settings)
            lines[index] = lines[index].lstrip()
            described = lines[index].strip()[:40]
        elif action == "billion laughs":
            lines += ["laughs:", '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
                      "  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]", "  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
                      "  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]", "  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
                      "  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]", "  g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]"]
            described = "aliases that expand to 10^7 items"
        elif action == "unknown key":
            lines.insert(self.rng.choice(keys or [0]), "  surprise: 1")
            described = "surprise: 1"
        elif action == "section to list":
            index = next((i for i, line in enumerate(lines) if line.startswith("working_time:")), 0)
            lines[index] = "working_time: [1, 2]"
            described = "working_time: [1, 2]"
        elif action == "section to scalar":
            index = next((i for i, line in enumerate(lines) if line.startswith("weights:")), 0)
            lines[index] = "weights: 7"
            described = "weights: 7"
        elif action == "invalid yaml":
            lines.insert(self.rng.randrange(len(lines)), self.rng.choice(["key: [unclosed", "  - : :", "{", "? ? ?", "a: 'b"]))
            described = "a line that is not YAML"
        elif action == "document markers":
            lines = ["---"] + lines + ["---", "hub: {name: Second}", "..."]
            described = "two documents"
        else:
            index = next((i for i, line in enumerate(lines) if line.strip().startswith("add:")), None)
            value = self.rng.choice(["0000-01-01", "9999-12-31", "not a date", "2026-02-30"])
            if index is not None:
                lines[index] = f"  add:\n    - {{date: {value}, name: \"\\0\"}}"
            described = f"bank holiday {value}"
        path.write_bytes("\n".join(lines).encode("utf-8", "surrogateescape"))
        self.done.append(f"rules.yaml: {action}: {described}" if action != "value" or settings else "rules.yaml: unchanged")


class Outcome:
    def __init__(self, index, mutations):
        self.index = index
        self.mutations = mutations
        self.steps = []  # (step, Completed)
        self.problems = []
        self.category = None


def names_a_hub_file(output):
    return any(name in output for name in HUB_FILES)


def check_step(outcome, step, result, limit):
    outcome.steps.append((step, result))
    if result.timed_out:
        outcome.problems.append(f"{step} ran past {limit} s (its time limit + 10 s)")
        return "crashed"
    if result.signalled:
        outcome.problems.append(f"{step} was killed by a signal (exit {result.returncode})")
        return "crashed"
    if result.seconds > limit:
        outcome.problems.append(f"{step} took {result.seconds:.1f} s, past {limit} s")
    if result.returncode == 0:
        return "accepted"
    if result.returncode != 2:
        outcome.problems.append(f"{step} exited {result.returncode}, not 2 (an input error)")
    if not names_a_hub_file(result.output):
        outcome.problems.append(f"{step} exited {result.returncode} without naming a hub file")
    return "refused"


def run_one(index, arguments, folder):
    rng = random.Random(f"{arguments.seed}-{index}")
    work = folder / f"hub-{index:04d}"
    hub = work / "hub"
    hub.mkdir(parents=True)
    for name in COPIED:
        shutil.copyfile(DEMO_HUB / name, hub / name)
    mutator = Mutator(rng, hub)
    for _ in range(rng.choice([1, 1, 2, 3])):
        mutator.mutate()
    outcome = Outcome(index, mutator.done)
    database = work / "fresh.sqlite"
    imported = run_amhp("import", "--hub", hub, "--database", database, timeout=IMPORT_LIMIT + 10, cwd=work)
    import_state = check_step(outcome, "import", imported, IMPORT_LIMIT + 10)
    if import_state == "accepted":
        exported = run_amhp("export", "--hub", work / "export", "--database", database, timeout=60, cwd=work)
        if exported.returncode != 0:
            outcome.problems.append("export after a successful import failed: " + exported.describe())
        else:
            again = run_amhp("import", "--hub", work / "export", "--database", work / "again.sqlite", timeout=60, cwd=work)
            if again.returncode != 0:
                outcome.problems.append("the exported hub does not import again: " + again.describe())
        balances = run_amhp("toil", "balances", "--as-of", f"{MONTH}-31", "--database", database, timeout=60, cwd=work)
        if balances.returncode != 0:
            outcome.problems.append("toil balances after a successful import failed: " + balances.describe())
    limit = arguments.time_limit + 10
    rota = run_amhp("rota", "--hub", hub, "--month", MONTH, "--out", work / "out", "--time-limit", arguments.time_limit,
                    "--iterations", arguments.iterations, timeout=limit, cwd=work)
    rota_state = check_step(outcome, "rota", rota, limit)
    states = {import_state, rota_state}
    outcome.category = "crashed" if "crashed" in states else ("accepted" if import_state == "accepted" else "refused")
    if outcome.problems:
        outcome.category = "crashed" if "crashed" in states else "unclean"
    elif not arguments.keep:
        shutil.rmtree(work, ignore_errors=True)
    return outcome


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", type=int, action="append", help="run only this hub number (repeatable)")
    parser.add_argument("--time-limit", type=float, default=2, help="amhp rota --time-limit")
    parser.add_argument("--iterations", type=int, default=20, help="amhp rota --iterations")
    parser.add_argument("--keep", action="store_true", help="keep every hub copy, not only the failing ones")
    arguments = parser.parse_args()
    harness.require_executable()
    folder = harness.new_folder("amhp-fuzz-hubs-")
    indices = arguments.only or list(range(arguments.count))
    print(f"Hub fuzz: {len(indices)} mutated copies of {DEMO_HUB} (seed {arguments.seed}), {arguments.jobs} at a time, in {folder}",
          flush=True)
    started = time.monotonic()
    counts = Counter()
    failures = []
    lock = threading.Lock()

    def work(index):
        try:
            outcome = run_one(index, arguments, folder)
        except Exception:  # noqa: BLE001 - a fault in the fuzzer itself: report it, carry on
            outcome = Outcome(index, ["(the fuzzer failed)"])
            outcome.problems.append(traceback.format_exc())
            outcome.category = "unclean"
        with lock:
            counts["tried"] += 1
            counts[outcome.category] += 1
            if outcome.problems:
                failures.append(outcome)
                print(f"  hub {index}: {outcome.category.upper()}: {'; '.join(outcome.mutations)}", flush=True)
                for problem in outcome.problems:
                    print(f"      {problem[:600]}", flush=True)
                for step, result in outcome.steps:
                    if result.returncode != 0 or result.timed_out:
                        print(f"      {step} ({result.seconds:.1f} s, {len(result.output)} characters of output) said: "
                              f"{result.output.strip()[-300:]!r}", flush=True)
            if counts["tried"] % 50 == 0:
                print(f"  {counts['tried']} done in {time.monotonic() - started:.0f} s", flush=True)
        return outcome

    with ThreadPoolExecutor(max_workers=arguments.jobs) as pool:
        list(pool.map(work, indices))
    elapsed = time.monotonic() - started
    print(f"\nHub fuzz (seed {arguments.seed}) in {elapsed:.0f} s:")
    print(f"  tried: {counts['tried']}")
    print(f"  refused cleanly: {counts['refused']}")
    print(f"  accepted: {counts['accepted']}")
    print(f"  crashed (signal or time limit): {counts['crashed']}")
    print(f"  refused without naming a file, or exit other than 2, or database not read back: {counts['unclean']}")
    if failures:
        print(f"Failing hubs are kept in {folder}; re-run one with --seed {arguments.seed} --only N")
        print("Hub fuzz FAILED")
        return 1
    if not arguments.keep:
        shutil.rmtree(folder, ignore_errors=True)
    print("Hub fuzz passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
