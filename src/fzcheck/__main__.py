import sys

try:
    from fzcheck.cli import main
except KeyboardInterrupt:  # Ctrl-C while still starting: nothing done, nothing to report
    sys.exit(130)

main()
