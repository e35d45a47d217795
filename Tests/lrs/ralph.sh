#!/usr/bin/env bash
# A real Learning Record Store for the tests: Ralph (PyPI ralph-malph) on 127.0.0.1, file backend.
#   Tests/lrs/ralph.sh install   create .venv-lrs with Ralph (and jsonschema for the export tests)
#   Tests/lrs/ralph.sh start     start it; prints the environment the tests read
#   Tests/lrs/ralph.sh stop      stop it by its process id
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
venv=$root/.venv-lrs
state=$root/.lrs
port=${ERFARING_TEST_LRS_PORT:-8100}
user=erfaring-test
password=erfaring-test-password

case "${1:-}" in
install)
    if ! "$venv/bin/python" -c 'import ralph, jsonschema' 2>/dev/null; then
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet "ralph-malph[cli,lrs]==5.1.0" requests "jsonschema==4.*"
    fi
    ;;
start)
    "$0" stop
    rm -rf "$state" && mkdir -p "$state/app" "$state/data"
    export RALPH_APP_DIR=$state/app RALPH_RUNSERVER_BACKEND=fs
    (cd "$state" && "$venv/bin/ralph" auth -u "$user" -p "$password" -s statements/write -s statements/read \
        -M "mailto:$user@example.org" -w >/dev/null)
    # Ralph's file-system backend writes each POST with operation type CREATE, which refuses the
    # second POST (its file exists). The backend supports APPEND; the launcher makes that the
    # default. Validation, authentication and the API are Ralph's own, unchanged.
    cd "$state"
    RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=$state/data nohup "$venv/bin/python" -c '
import sys, uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), workers=1)
' "$port" >"$state/server.log" 2>&1 </dev/null &
    echo $! >"$state/pid"
    cd "$root"
    for _ in $(seq 1 100); do
        if curl -sf "http://127.0.0.1:$port/__heartbeat__" >/dev/null 2>&1; then
            echo "Ralph LRS on http://127.0.0.1:$port (pid $(cat "$state/pid"))"
            exit 0
        fi
        sleep 0.2
    done
    echo "Ralph did not start; see $state/server.log" >&2
    cat "$state/server.log" >&2
    exit 1
    ;;
stop)
    if [ -f "$state/pid" ]; then
        kill "$(cat "$state/pid")" 2>/dev/null || true
        rm -f "$state/pid"
    fi
    ;;
*)
    echo "usage: $0 install|start|stop" >&2
    exit 64
    ;;
esac
