"""The solver yardstick of issue 19: generated hubs of 20 to 150 AMHPs, several seeds and months
(December with Christmas, March 2027 with Easter), each planned by us and its exported model solved
by HiGHS (pip's highspy) for the same seconds, one thread each, side by side in one go.

Usage: bench_solver.py AMHP_BENCH WORKDIR SECONDS [HUBS]
HUBS is a space-separated list of AMHPSxYYYY-MMxSEED (default below), or of FOLDER@YYYY-MM for a hub
folder made elsewhere (another generator's hub, say). Ours and HiGHS run at the same
time, one process each, so a 2-core machine gives each a core. Prints one row per hub: objectives,
ours / HiGHS (below 1 is better for us), both bounds and ours / HiGHS's bound (1 is as tight), and the
gap a manager would see; then the geometric mean of the ratios.
"""
import json
import math
import os
import subprocess
import sys

DEFAULT_HUBS = ("Data/demo-hub@2026-12 20x2026-12x1 20x2027-03x2 40x2026-12x1 40x2027-03x3 40x2027-05x4 "
                "80x2026-12x2 80x2027-03x5 150x2027-05x6")

bench, work, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
hubs = (sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else DEFAULT_HUBS).split()
yardstick = os.path.join(os.path.dirname(os.path.abspath(__file__)), "highs_yardstick.py")
os.makedirs(work, exist_ok=True)


def run_json(command):
    finished = subprocess.run(command, capture_output=True, text=True)
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    if finished.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(command)} failed ({finished.returncode}): {finished.stderr.strip()[-400:]}")
    return json.loads(lines[-1])


def fmt(value, pattern="{:.1f}"):
    return "-" if value is None else pattern.format(value)


print(f"Solver yardstick: ours and HiGHS {seconds:g} s each, one thread each, on the same exported model")
header = f"{'hub':<22} {'ours':>10} {'HiGHS':>10} {'ratio':>6} {'our bound':>10} {'HiGHS bound':>11} {'b.ratio':>7} {'our gap':>7} {'MB':>5}"
print(header)
ratios, bound_ratios = [], []
for index, hub in enumerate(hubs):
    if "@" in hub:
        folder, month = hub.rsplit("@", 1)
        common = [bench, "hub", "--hub", folder, "--month", month]
    else:
        amhps, month, seed = hub.split("x")
        common = [bench, "hub", "--amhps", amhps, "--month", month, "--seed", seed]
    model = os.path.join(work, f"hub{index}.lp")
    subprocess.run(common + ["--time-limit", "0.5", "--write-lp", model, "--json"], check=True, capture_output=True)
    highs = subprocess.Popen([sys.executable, yardstick, model, str(seconds), "--json"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        ours = run_json(common + ["--time-limit", str(seconds), "--json"])
    finally:
        # HiGHS does not always keep to its time limit on a large model (its LP can run on): it gets
        # twice the time and a minute more, then counts as having found nothing.
        try:
            out, err = highs.communicate(timeout=2 * seconds + 60)
        except subprocess.TimeoutExpired:
            highs.kill()
            out, err = highs.communicate()
    found = [line for line in out.splitlines() if line.startswith("{")]
    theirs = json.loads(found[-1]) if found else {}
    # A missing key (Swift leaves out a nil) is no value.
    ours = {key: ours.get(key) for key in ("objective", "bound", "peak_mb")}
    theirs = {key: theirs.get(key) for key in ("objective", "bound")}
    ratio = ours["objective"] / theirs["objective"] if theirs["objective"] else None
    bound_ratio = (ours["bound"] / theirs["bound"]) if ours["bound"] and theirs["bound"] and theirs["bound"] > 0 else None
    gap = (ours["objective"] - ours["bound"]) / max(abs(ours["objective"]), 1) if ours["bound"] is not None else None
    if ratio:
        ratios.append(ratio)
    if bound_ratio:
        bound_ratios.append(bound_ratio)
    name = hub if "@" not in hub else os.path.basename(folder.rstrip("/")) + "@" + month
    print(f"{name:<22} {fmt(ours['objective']):>10} {fmt(theirs['objective']):>10} {fmt(ratio, '{:.3f}'):>6} "
          f"{fmt(ours['bound']):>10} {fmt(theirs['bound']):>11} {fmt(bound_ratio, '{:.3f}'):>7} "
          f"{fmt(None if gap is None else 100 * gap, '{:.1f}%'):>7} {ours['peak_mb']:>5}", flush=True)


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


print(f"geometric mean: ours / HiGHS {fmt(geometric_mean(ratios), '{:.3f}')} "
      f"(worst {fmt(max(ratios, default=None), '{:.3f}')}), our bound / HiGHS's {fmt(geometric_mean(bound_ratios), '{:.3f}')}")
