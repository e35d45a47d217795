#!/usr/bin/env bash
# Renders the cohort report, the completion summary and the item analysis (the golden HTML files the tests keep up to
# date) with headless Chromium, to a PNG and a printed PDF each, and checks that they rendered.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-.build/html-check}
mkdir -p "$out"
chromium=$(command -v chromium || command -v chromium-browser)
status=0
for page in report summary items; do
    html=$PWD/Tests/ErfaringCLITests/Golden/$page.html
    rm -f "$out/$page.png" "$out/$page.pdf"
    # A render that hangs counts as not rendered; the check below says so.
    timeout --kill-after=10 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --window-size=1200,1000 --screenshot="$out/$page.png" "file://$html" </dev/null >/dev/null 2>&1 || true
    timeout --kill-after=10 120 "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$out/$page.pdf" "file://$html" </dev/null >/dev/null 2>&1 || true
    png=$(stat -c %s "$out/$page.png" 2>/dev/null || echo 0)
    pdf=$(stat -c %s "$out/$page.pdf" 2>/dev/null || echo 0)
    # A blank 1200×1000 page compresses to a few kilobytes; text, tables and charts do not.
    if [ "$png" -gt 12000 ] && [ "$pdf" -gt 4000 ]; then
        echo "ok: $page rendered ($out/$page.png $png bytes, $out/$page.pdf $pdf bytes)"
    else
        echo "FAILED: $page did not render (png $png bytes, pdf $pdf bytes)" >&2
        status=1
    fi
done
exit $status
