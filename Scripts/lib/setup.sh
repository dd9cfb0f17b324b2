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

setup_solver() {
    # libglpk-dev: GLPK's header and library, which the CGLPK module map points at.
    # glpk-utils: glpsol, to solve a model exported with --write-lp.
    apt_install libglpk-dev glpk-utils
    command -v swift >/dev/null || { echo "Swift 6 is needed (swift not found on PATH)." >&2; exit 1; }
}
