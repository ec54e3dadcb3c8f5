#!/usr/bin/env python3
"""Fails when a module of the workspace imports, directly or through others, a module that
imports it back (an import cycle), and when a source file outside tests is over 500 lines.

A module is one file. An edge A -> B is any path in A that names B or something inside it:
`use crate::b::X`, `crate::b::x()`, `super::b::X`, and a parent's `pub use child::X`. Declaring a
child (`mod child;`) is not an edge. Cargo already forbids cycles between crates.

Usage: scripts/check-modules.py (from anywhere; prints every cycle and long file; exit 1 if any).
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRATES = [ROOT / "src", *sorted((ROOT / "crates").glob("*/src"))]
MAX_LINES = 500


def module_files(src: Path) -> dict:
    """Module path (tuple of names, () for the crate root) -> file."""
    modules = {}
    for file in src.rglob("*.rs"):
        rel = file.relative_to(src).with_suffix("")
        parts = list(rel.parts)
        if parts == ["lib"] or (parts == ["main"] and not (src / "lib.rs").exists()):
            parts = []
        elif parts == ["main"]:
            # A binary beside a library is a crate of its own that uses the library by name.
            continue
        elif parts and parts[-1] == "mod":
            parts = parts[:-1]
        modules[tuple(parts)] = file
    return modules


def strip(text: str) -> str:
    """Drops comments, strings and character literals, keeping line structure."""
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r'r#*"(?:.|\n)*?"#*', '""', text)
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    text = re.sub(r"'(?:\\.|[^'\\\n])'", "''", text)
    return text


def expand_use(tree: str) -> list:
    """`a::{b, c::{d, e}}` -> ['a::b', 'a::c::d', 'a::c::e']."""
    tree = re.sub(r"\s+as\s+\w+", "", tree)
    tree = re.sub(r"\s+", "", tree)
    depth, start = 0, None
    for i, ch in enumerate(tree):
        if ch == "{":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0 and start is not None:
                prefix, inner, rest = tree[:start], tree[start + 1 : i], tree[i + 1 :]
                items, level, cur = [], 0, ""
                for c in inner:
                    if c == "," and level == 0:
                        items.append(cur)
                        cur = ""
                        continue
                    level += c == "{"
                    level -= c == "}"
                    cur += c
                items.append(cur)
                out = []
                for item in filter(None, items):
                    out.extend(expand_use(prefix + item + rest))
                return out
    return [tree]


def inline_modules(module: tuple, code: str) -> list:
    """(module path, its own code) for a file and every `mod name { … }` inside it, so `super`
    in an inline module means the file. Test modules (`#[cfg(test)]`) are left out."""
    out, rest, pos = [], [], 0
    for m in re.finditer(r"(#\[cfg\(test\)\]\s*)?\bmod\s+(\w+)\s*\{", code):
        if m.start() < pos:
            continue
        depth, i = 1, m.end()
        while i < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[i], 0)
            i += 1
        rest.append(code[pos : m.start()])
        if not m.group(1):
            out.extend(inline_modules(module + (m.group(2),), code[m.end() : i - 1]))
        pos = i
    rest.append(code[pos:])
    return [(module, "".join(rest))] + out


def references(module: tuple, text: str) -> list:
    """Absolute module paths (tuples) that `module` names, inline modules included."""
    refs = []
    for inner, code in inline_modules(module, strip(text)):
        refs.extend(paths_in(inner, code))
    return refs


def paths_in(module: tuple, code: str) -> list:
    """Absolute module paths that `code`, in `module`, names."""
    refs = []
    paths = []
    for m in re.finditer(r"\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);", code):
        paths.extend(expand_use(m.group(2)))
    # Paths in code (not in `use`): crate::a::b, super::a, self::a.
    body = re.sub(r"\buse\s+[^;]+;", "", code)
    paths.extend(re.findall(r"\b(?:crate|super|self)(?:::\w+)+", body))
    for path in paths:
        parts = [p for p in path.split("::") if p]
        if not parts:
            continue
        if parts[0] == "crate":
            base, rest = [], parts[1:]
        elif parts[0] in ("super", "self"):
            base = list(module)
            rest = parts
            while rest and rest[0] in ("super", "self"):
                if rest[0] == "super":
                    base = base[:-1]
                rest = rest[1:]
        else:
            # A child module named by a re-export in this module (`pub use child::X`).
            base, rest = list(module), parts
        refs.append(tuple(base + rest))
    return refs


def resolve(path: tuple, modules: dict):
    """The longest known module that `path` names or lies inside."""
    for n in range(len(path), -1, -1):
        if path[:n] in modules:
            return path[:n]
    return None


def cycles(graph: dict) -> list:
    """Every elementary cycle's member set, found through strongly connected components."""
    index, low, stack, on_stack, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in list(graph):
        if v not in index:
            visit(v)
    return out


def main() -> int:
    failed = False
    for src in CRATES:
        modules = module_files(src)
        graph = {}
        for module, file in modules.items():
            text = file.read_text(encoding="utf-8")
            lines = text.count("\n")
            if lines > MAX_LINES:
                print(f"{file.relative_to(ROOT)}: {lines} lines (at most {MAX_LINES}; split it along its seams)")
                failed = True
            targets = {resolve(ref, modules) for ref in references(module, text)}
            targets.discard(None)
            targets.discard(module)
            graph[module] = targets
        for cycle in cycles(graph):
            names = ", ".join("::".join(m) or "(crate root)" for m in cycle)
            print(f"{src.relative_to(ROOT)}: import cycle between {names}")
            failed = True
    if not failed:
        print(f"no import cycles; no source file over {MAX_LINES} lines ({len(CRATES)} crates)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
