#!/usr/bin/env bash
# Regenerates screenshots/: the real program on the demo book in tmux at 120x36, driven with
# send-keys; text captures (.txt) and PNGs rendered from the colour captures.
# Needs: tmux, python3 with Pillow (pip install pillow), fonts-dejavu-core.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build >/dev/null
binary=.build/debug/rapport
out=screenshots
mkdir -p "$out"
# A fixed path, so the Help view's "Book:" line is the same in every capture.
book=/tmp/rapport-screenshots/demo-book
rm -rf "$book"
"$binary" demo --out "$book" --as-of 2026-11-22 >/dev/null
socket="rapport-shots-$$"
tmux_() { tmux -L "$socket" "$@"; }
trap 'tmux_ kill-server 2>/dev/null || true; rm -rf "$book"' EXIT
tmux_ new-session -d -s shots -x 120 -y 36 \
  "env TERM=xterm-256color RAPPORT_NOW=2026-11-22T12:00:00Z $binary --data $book"
sleep 1.5

shoot() { # name, keys...
  local name=$1; shift
  for key in "$@"; do tmux_ send-keys -t shots "$key"; sleep 0.3; done
  sleep 0.5
  tmux_ capture-pane -p -t shots > "$out/$name.txt"
  tmux_ capture-pane -e -p -t shots > "$out/$name.ansi"
  python3 scripts/ansi_to_png.py "$out/$name.ansi" "$out/$name.png" --cols 120 --rows 36
  rm -f "$out/$name.ansi"
  echo "$out/$name.png"
}

# The day's start: what is due, over the board, until the first key.
shoot 0-day-start
shoot 1-board 1
shoot 2-contacts 2
shoot 3-companies 3
shoot 4-activities 4
shoot 5-campaigns 5
shoot 6-reports 6
shoot 7-help 7
shoot 8-palette 1 : r e p
tmux_ send-keys -t shots Escape
shoot 9-help-overlay 1 '?'
tmux_ send-keys -t shots Escape q
