#!/usr/bin/env python3
"""Fails when any Swift file under Sources/ force-unwraps: a postfix `!` (`value!`, `f()!`,
`x?.y!`), `try!`, `as!`, or an implicitly unwrapped optional (`var x: Int!`).

Outside input must never be able to crash the process; rather than judge which unwraps touch
input, none is allowed. Strings and comments are ignored (but not the code interpolated into strings); `!=` and prefix `!` (not) are fine.

Usage: python3 Scripts/lib/no_force_unwrap.py [folder ...]   (default: Sources)
Exit status 0 when there are none, 1 (listing each as file:line) when there are.
"""
import pathlib
import re
import sys

# A `!` right after an identifier, a closing bracket or `?`, not followed by `=`.
POSTFIX = re.compile(r"(?<=[\w\)\]\}\?>])!(?!=)")
KEYWORD = re.compile(r"\b(try|as)!")


def interpolation_end(line, start):
    """The index of the `)` closing an interpolation whose code starts at `start` (strings inside skipped)."""
    depth, j, n = 1, start, len(line)
    while j < n:
        if line[j] == '"':
            j += 1
            while j < n and line[j] != '"':
                j += 2 if line[j] == "\\" else 1
        elif line[j] == "(":
            depth += 1
        elif line[j] == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return n


def code_only(line, in_block):
    """The line without string literals and comments; and whether a /* */ comment is still open."""
    out, i, n = [], 0, len(line)
    while i < n:
        if in_block:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out), True
            i, in_block = end + 2, False
            continue
        two = line[i:i + 2]
        if two == "//":
            break
        if two == "/*":
            in_block, i = True, i + 2
            continue
        if line[i] == '"':
            # Skip a string literal (escapes included), keeping the code of its interpolations.
            j = i + 1
            while j < n and line[j] != '"':
                if line[j:j + 2] == "\\(":
                    end = interpolation_end(line, j + 2)
                    out.append(" " + code_only(line[j + 2:end], False)[0] + " ")
                    j = end + 1
                    continue
                j += 2 if line[j] == "\\" else 1
            out.append('""')
            i = j + 1
            continue
        out.append(line[i])
        i += 1
    return "".join(out), in_block


def main(folders):
    found = []
    for folder in folders:
        for path in sorted(pathlib.Path(folder).rglob("*.swift")):
            in_block, in_multiline = False, False
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip().endswith('"""') or line.strip().startswith('"""'):
                    if line.count('"""') == 1:
                        in_multiline = not in_multiline
                    continue
                if in_multiline:
                    continue
                code, in_block = code_only(line, in_block)
                if POSTFIX.search(code) or KEYWORD.search(code):
                    found.append(f"{path}:{number}: {line.strip()}")
    for entry in found:
        print(entry)
    if found:
        print(f"{len(found)} force unwraps in {', '.join(folders)}: use guard let, ?? or a throwing path instead.")
        return 1
    print(f"No force unwraps in {', '.join(folders)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["Sources"]))
