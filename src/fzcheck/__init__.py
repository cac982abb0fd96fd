"""fzcheck: check 法治政府建设年度报告 against a checklist and show the gaps."""

__version__ = "0.1.0"
