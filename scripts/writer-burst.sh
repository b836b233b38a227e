#!/bin/sh
# Five scripts at once, each adding 20 contacts with `rapport add` to a fresh book: how many of
# the 100 calls succeed, and how many contacts the book then holds. Extra arguments go before
# the command (e.g. --no-wait, to see the refusals commands gave before they queued).
# Usage: scripts/writer-burst.sh [RAPPORT_OPTION…]   (figures in docs/RELIABILITY.md)
set -u
cd "$(dirname "$0")/.."
rapport="${RAPPORT:-.build/debug/rapport}"
book="$(mktemp -d)/book"
ok="$(mktemp)"
for script in 1 2 3 4 5; do
    (
        for n in $(seq 1 20); do
            if "$rapport" "$@" --data "$book" add contact --first-name "S${script}N${n}" --last-name Burst >/dev/null 2>&1; then
                echo ok >> "$ok"
            fi
        done
    ) &
done
wait
contacts="$("$rapport" --data "$book" list contacts --json | grep -c '"firstName"')"
echo "succeeded: $(wc -l < "$ok") of 100 calls; contacts in the book: $contacts"
rm -rf "$(dirname "$book")" "$ok"
