"""``fzcheck serve``: a web page where drafters check their own report in a browser.

Only the ``serve`` command imports this package: ``validate`` and ``--version`` never pay for the
HTTP server or the form parser.
"""
