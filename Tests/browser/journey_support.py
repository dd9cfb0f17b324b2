"""What the browser scripts share: a checked step that prints itself, a wait that outlasts a page being
replaced, and a free local port."""
import shutil
import socket
import sys
import traceback


def check(condition, description):
    """Prints what was checked; fails the run with the description when it does not hold."""
    if not condition:
        raise AssertionError(description)
    print("  ok:", description, flush=True)


def settled(condition):
    """The condition's value, or False while the page is being replaced: Chromium then reports an element
    read during the swap as a node that "does not belong to the document", a plain WebDriverException
    rather than a stale element, so a wait would stop at it instead of trying again."""
    try:
        return condition()
    except Exception as error:
        if "does not belong to the document" in str(error):
            return False
        raise


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_journey(name, folder, journey, steps):
    """Runs the steps in order; on a failure prints the trace and the server log's last lines and keeps
    the files as evidence (exit status 1), else removes them (0). `journey` has stop(), server_log and,
    where it drives a browser, keep_evidence()."""
    try:
        for step in steps:
            step()
    except Exception:
        traceback.print_exc()
        if hasattr(journey, "keep_evidence"):
            journey.keep_evidence()
        journey.stop()
        if journey.server_log.exists():
            print("Last lines of the server's log:\n" + "\n".join(journey.server_log.read_text().splitlines()[-40:]), file=sys.stderr)
        print(f"FAILED: the {name}'s files are in {folder}", file=sys.stderr)
        return 1
    journey.stop()
    shutil.rmtree(folder, ignore_errors=True)
    print(f"{name[0].upper()}{name[1:]} passed.")
    return 0
