"""The shape of the code: no import cycle among fzcheck's modules, no source file over 600 lines.

The import graph is read with ``ast``: imports at module level and inside functions both count
(a function-level import is still a dependency); imports under ``if TYPE_CHECKING:`` do not.
A package ``__init__`` that only re-exports (``fzcheck.checklist``) is a facade: importing a name
through it counts as importing the submodule that defines the name, so ``from fzcheck.checklist
import Element`` depends on ``fzcheck.checklist.model``, not on the whole package.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
MAX_LINES = 600


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted((SRC / "fzcheck").rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(module: str) -> list[tuple[str, str | None]]:
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    return imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: str) -> list[tuple[str, str | None]]:
    """(imported module, imported name or None) for every import in *source*, relative ones resolved
    against *package*; those under ``if TYPE_CHECKING:`` are left out (their ``else`` is not)."""
    out: list[tuple[str, str | None]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            out.extend((alias.name, None) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([node.module] if node.module else []))
            out.extend((base, alias.name) for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return out


def _facades() -> dict[str, dict[str, str]]:
    """Packages whose ``__init__`` holds nothing but imports (and ``__all__``): name → defining module."""
    out: dict[str, dict[str, str]] = {}
    for module, path in MODULES.items():
        if path.name != "__init__.py":
            continue
        body = [n for n in ast.parse(path.read_text(encoding="utf-8")).body
                if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]  # docstring
        if body and all(isinstance(n, ast.ImportFrom) or (
                isinstance(n, ast.Assign) and [getattr(t, "id", None) for t in n.targets] == ["__all__"])
                for n in body):
            out[module] = {name: target for target, name in _imports(module) if name is not None}
    return out


def import_graph() -> dict[str, set[str]]:
    facades = _facades()
    graph: dict[str, set[str]] = {}
    for module in MODULES:
        edges: set[str] = set()
        for target, name in _imports(module):
            if name is not None and f"{target}.{name}" in MODULES:
                target = f"{target}.{name}"  # a submodule imported from its package
            elif name is not None and target in facades and module not in facades:
                target = facades[target].get(name, target)
            if target in MODULES and target != module:
                edges.add(target)
        graph[module] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each as one cycle through them."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
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
                found.append(_cycle_in(graph, set(component)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _cycle_in(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """One concrete cycle inside a strongly connected component, to name in a failure: a → b → … → a."""
    start = min(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v] & component):
            if w == start:
                return [*paths[v], start]
            if w not in paths:
                paths[w] = [*paths[v], w]
                queue.append(w)
    return sorted(component)


def _show(found: list[list[str]]) -> str:
    return "\n".join(" → ".join(c) for c in found)


def test_the_graph_sees_function_level_imports_and_skips_type_checking():
    source = """
import fzcheck.a
from typing import TYPE_CHECKING
from . import b
from .c import d
if TYPE_CHECKING:
    from fzcheck.hidden import X
def f():
    from fzcheck.late import y
"""
    found = imports_in(source, "fzcheck.pkg")
    assert ("fzcheck.a", None) in found
    assert ("fzcheck.pkg", "b") in found and ("fzcheck.pkg.c", "d") in found
    assert ("fzcheck.late", "y") in found
    assert not any(target == "fzcheck.hidden" for target, _ in found)
    graph = import_graph()
    # function-level: the examples runner imports the engine inside run_example
    assert "fzcheck.engine" in graph["fzcheck.checklist.examples"]
    # through the facade: engine imports Element from fzcheck.checklist, defined in its model
    assert "fzcheck.checklist.model" in graph["fzcheck.engine"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]


def test_no_import_cycle_through_the_checklist_package():
    found = [c for c in cycles(import_graph()) if any(m.startswith("fzcheck.checklist") for m in c)]
    assert not found, "import cycles:\n" + _show(found)


def test_no_import_cycle():
    found = cycles(import_graph())
    assert not found, "import cycles:\n" + _show(found)


def test_no_source_file_over_600_lines():
    long = {str(p.relative_to(SRC)): n for p in sorted(SRC.rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"over {MAX_LINES} lines: {long}"
