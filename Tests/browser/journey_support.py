"""What the browser scripts share: a checked step that prints itself, and a free local port."""
import socket


def check(condition, description):
    """Prints what was checked; fails the run with the description when it does not hold."""
    if not condition:
        raise AssertionError(description)
    print("  ok:", description, flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
