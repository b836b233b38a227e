#!/usr/bin/env python3
"""Render a tmux `capture-pane -e -p` capture (text with SGR escapes) to a PNG.

Usage: ansi_to_png.py CAPTURE.ansi OUT.png [--cols N] [--rows N]

A small SGR interpreter (colours 0-255, truecolour, bold, dim, reverse, underline) drawing each
cell with DejaVu Sans Mono via Pillow. Wide characters take two cells, as in the terminal.
"""
import re
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CELL_W, CELL_H, FONT_SIZE = 9, 18, 15
BACKGROUND = (30, 30, 36)
FOREGROUND = (220, 220, 220)
BASE16 = [
    (40, 42, 54), (220, 80, 80), (80, 200, 120), (230, 190, 80), (90, 140, 230), (200, 110, 220), (80, 200, 210), (200, 200, 200),
    (100, 100, 110), (255, 110, 110), (110, 230, 150), (255, 220, 110), (130, 170, 255), (230, 140, 250), (120, 230, 240), (255, 255, 255),
]


def palette(index):
    if index < 16:
        return BASE16[index]
    if index < 232:
        index -= 16
        levels = [0, 95, 135, 175, 215, 255]
        return (levels[index // 36], levels[(index // 6) % 6], levels[index % 6])
    grey = 8 + (index - 232) * 10
    return (grey, grey, grey)


def char_width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def parse(text, cols, rows):
    grid = [[(" ", None, None, set()) for _ in range(cols)] for _ in range(rows)]
    fg, bg, attrs = None, None, set()
    for y, line in enumerate(text.split("\n")[:rows]):
        x = 0
        for token in re.split(r"(\x1b\[[0-9;:]*m)", line):
            if token.startswith("\x1b["):
                params = [int(p) if p else 0 for p in re.split(r"[;:]", token[2:-1])] or [0]
                i = 0
                while i < len(params):
                    p = params[i]
                    if p == 0:
                        fg, bg, attrs = None, None, set()
                    elif p in (1, 2, 4, 7):
                        attrs.add({1: "bold", 2: "dim", 4: "underline", 7: "reverse"}[p])
                    elif p in (22, 24, 27):
                        attrs -= {22: {"bold", "dim"}, 24: {"underline"}, 27: {"reverse"}}[p]
                    elif 30 <= p <= 37:
                        fg = BASE16[p - 30]
                    elif 90 <= p <= 97:
                        fg = BASE16[p - 90 + 8]
                    elif 40 <= p <= 47:
                        bg = BASE16[p - 40]
                    elif 100 <= p <= 107:
                        bg = BASE16[p - 100 + 8]
                    elif p == 39:
                        fg = None
                    elif p == 49:
                        bg = None
                    elif p in (38, 48) and i + 1 < len(params):
                        if params[i + 1] == 5 and i + 2 < len(params):
                            colour = palette(params[i + 2])
                            i += 2
                        elif params[i + 1] == 2 and i + 4 < len(params):
                            colour = tuple(params[i + 2:i + 5])
                            i += 4
                        else:
                            colour = None
                        if p == 38:
                            fg = colour
                        else:
                            bg = colour
                    i += 1
                continue
            for ch in token:
                width = char_width(ch)
                if width == 0 or x >= cols:
                    continue
                grid[y][x] = (ch, fg, bg, set(attrs))
                if width == 2 and x + 1 < cols:
                    grid[y][x + 1] = ("", fg, bg, set(attrs))
                x += width
    return grid


def render(grid, out):
    rows, cols = len(grid), len(grid[0])
    image = Image.new("RGB", (cols * CELL_W + 16, rows * CELL_H + 16), BACKGROUND)
    draw = ImageDraw.Draw(image)
    regular = ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", FONT_SIZE)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Bold.ttf", FONT_SIZE)
    for y, row in enumerate(grid):
        for x, (ch, fg, bg, attrs) in enumerate(row):
            fore, back = fg or FOREGROUND, bg or BACKGROUND
            if "reverse" in attrs:
                fore, back = back, fore
            if "dim" in attrs:
                fore = tuple(int(c * 0.6) for c in fore)
            left, top = 8 + x * CELL_W, 8 + y * CELL_H
            if back != BACKGROUND:
                draw.rectangle([left, top, left + CELL_W - 1, top + CELL_H - 1], fill=back)
            if ch and ch != " ":
                draw.text((left, top + 1), ch, font=bold if "bold" in attrs else regular, fill=fore)
            if "underline" in attrs:
                draw.line([left, top + CELL_H - 2, left + CELL_W - 1, top + CELL_H - 2], fill=fore)
    image.save(out)


def main():
    args = sys.argv[1:]
    cols = int(args[args.index("--cols") + 1]) if "--cols" in args else 120
    rows = int(args[args.index("--rows") + 1]) if "--rows" in args else 36
    with open(args[0], encoding="utf-8") as handle:
        text = handle.read()
    render(parse(text, cols, rows), args[1])


if __name__ == "__main__":
    main()
