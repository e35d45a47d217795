#!/usr/bin/env bash
# Renders the cohort report, the competence statements (nothing completed, and the shipped course
# all completed, in both languages) and the item analysis (the golden HTML files the tests keep up to
# date) with headless Chromium, to a PNG and a printed PDF each, and checks that they rendered; a
# competence statement must print on one or two A4 pages.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-.build/html-check}
mkdir -p "$out"
chromium=$(command -v chromium || command -v chromium-browser)
status=0
for page in report summary-none-nb summary-shipped-nb summary-shipped-en items; do
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
        continue
    fi
    case $page in
    summary-*)
        # Page objects of the PDF (not the /Pages tree): the statement must fit one or two A4 pages.
        pages=$(grep -a -o '/Type */Pages\?' "$out/$page.pdf" | grep -c -v 'Pages$' || true)
        size=$(grep -a -o '/MediaBox *\[[^]]*\]' "$out/$page.pdf" | head -1)
        if [ "$pages" -ge 1 ] && [ "$pages" -le 2 ] && [[ $size =~ (594\.9|595)[0-9.]*\ +(841\.9|842) ]]; then
            echo "ok: $page prints on $pages A4 page(s)"
        else
            echo "FAILED: $page prints on $pages page(s) of $size; expected 1 or 2 A4 pages" >&2
            status=1
        fi
        ;;
    esac
done
exit $status
