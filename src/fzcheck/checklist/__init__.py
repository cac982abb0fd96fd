"""Checklists: YAML files validated by a JSON Schema, ``extends`` with override by id.

A checklist is data (Vale's lesson): what to look for lives in YAML; the engine only knows how
to look. The package's parts:

- ``model``: what a loaded checklist is (elements, matchers, concepts, examples, severities);
- ``discovery``: where checklists are (built-in names, paths, the schema);
- ``loading``: reading a file and what it ``extends``, validation, ``load_checklist``;
- ``overlays`` and ``build``: merging layers by id (``key+``/``key-``) and making elements;
- ``lint``: ``lint_checklist``, the silent failures loading lets through;
- ``regex_inspect``: what can be proven from a regular expression (Python's private parser);
- ``examples``: running the examples a checklist carries (``checklist test``).

This module only re-exports: ``from fzcheck.checklist import X`` keeps working for every name
other modules use.
"""

from fzcheck.checklist.discovery import builtin_dir, builtin_names, is_path_like, resolve, schema
from fzcheck.checklist.lint import lint_checklist
from fzcheck.checklist.loading import load_checklist
from fzcheck.checklist.model import (
    DEFAULT_CHECKLIST,
    EXAMPLE_KINDS,
    SEVERITY_RANK,
    SEVERITY_WEIGHT,
    Checklist,
    Concept,
    Element,
    Example,
    Kind,
    Matcher,
    Severity,
)
from fzcheck.checklist.problems import ChecklistWarning, problem_level
from fzcheck.checklist.regex_inspect import nested_unbounded

__all__ = [
    "DEFAULT_CHECKLIST",
    "EXAMPLE_KINDS",
    "SEVERITY_RANK",
    "SEVERITY_WEIGHT",
    "Checklist",
    "ChecklistWarning",
    "Concept",
    "Element",
    "Example",
    "Kind",
    "Matcher",
    "Severity",
    "builtin_dir",
    "builtin_names",
    "is_path_like",
    "lint_checklist",
    "load_checklist",
    "nested_unbounded",
    "problem_level",
    "resolve",
    "schema",
]
