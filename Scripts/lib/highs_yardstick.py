"""Solves an LP-format model with HiGHS (pip's highspy) and prints the objective, constant included;
with a third argument, also writes HiGHS's solution there (`name value` lines, for --read-solution).

A yardstick for Scripts/bench only: GLPK writes the objective's constant as a comment, which HiGHS
does not read, so it is added back here.
"""
import re
import sys

import highspy

path, seconds = sys.argv[1], float(sys.argv[2])
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
print(f"{highs.getInfo().objective_function_value + constant:.1f}")
if len(sys.argv) > 3:
    highs.writeSolution(sys.argv[3], 0)
