"""Solves an LP-format model with HiGHS (pip's highspy) and prints the objective, constant included;
with a third argument, also writes HiGHS's solution there (`name value` lines, for --read-solution).
With --json (anywhere), prints {"objective": ..., "bound": ...} instead, both with the constant, and
null for an objective HiGHS has not found.

A yardstick for Scripts/bench only: GLPK writes the objective's constant as a comment, which HiGHS
does not read, so it is added back here.
"""
import re
import sys

import highspy

import json

as_json = "--json" in sys.argv
arguments = [argument for argument in sys.argv[1:] if argument != "--json"]
path, seconds = arguments[0], float(arguments[1])
constant = 0.0
with open(path) as model:
    for line in model:
        match = re.search(r"constant term = ([-+0-9.eE]+)", line)
        if match:
            constant = float(match.group(1))
            break
highs = highspy.Highs()
highs.setOptionValue("time_limit", seconds)
highs.setOptionValue("threads", 1)
highs.setOptionValue("log_to_console", False)
highs.readModel(path)
highs.run()
info = highs.getInfo()
if as_json:
    found = info.primal_solution_status == 2  # kSolutionStatusFeasible
    print(json.dumps({"objective": info.objective_function_value + constant if found else None,
                      "bound": info.mip_dual_bound + constant}))
else:
    print(f"{info.objective_function_value + constant:.1f}")
if len(arguments) > 2:
    highs.writeSolution(arguments[2], 0)
