#!/usr/bin/env bash
# The security suite against the real `amhp serve` and `amhp` command line:
#   1. Tests/security/test_attacks.py  regression tests for each finding (pytest)
#   2. Tests/security/fuzz_api.py      malformed requests to every write operation in /openapi.json
#   3. Tests/security/fuzz_hubs.py     mutated copies of Data/demo-hub through amhp import and amhp rota
# Runs all three whatever each gives, prints "N passed, N failed" (parts) and exits non-zero on any failure.
# The executable is AMHP_EXECUTABLE or .build/debug/amhp. SECURITY_SEED sets both fuzzers' seed
# (default 1); extra arguments go to pytest (e.g. -k f4).
set -uo pipefail
cd "$(dirname "$0")/../.."
seed="${SECURITY_SEED:-1}"
passed=0
failed=0
failures=()

part() {
    local name="$1"
    shift
    echo "=== $name"
    local started=$SECONDS
    if "$@"; then
        passed=$((passed + 1))
        echo "=== $name: passed in $((SECONDS - started)) s"
    else
        failed=$((failed + 1))
        failures+=("$name")
        echo "=== $name: FAILED in $((SECONDS - started)) s"
    fi
}

part "attack regression tests" python3 -m pytest -q -p no:cacheprovider Tests/security/test_attacks.py "$@"
part "API fuzz" python3 Tests/security/fuzz_api.py --seed "$seed"
part "hub fuzz" python3 Tests/security/fuzz_hubs.py --seed "$seed"

[ ${#failures[@]} -gt 0 ] && echo "Failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
