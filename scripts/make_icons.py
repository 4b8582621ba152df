#!/usr/bin/env python3
"""Draws the app icons (a document with text lines and a seal) as PNGs with
the standard library only. Run once after changing the design; the PNGs are
committed. The maskable icon keeps its drawing inside the central 80 % safe
zone."""
import os
import struct
import zlib

NAVY = (29, 53, 87)
WHITE = (255, 255, 255)
LINE = (69, 123, 157)
SEAL = (230, 57, 70)


def draw(size, safe):
    # `safe` is the fraction of the canvas the drawing may use.
    px = [[NAVY] * size for _ in range(size)]
    m = (1 - safe) / 2 * size
    inner = safe * size

    def rect(x0, y0, x1, y1, colour):
        for y in range(int(m + y0 * inner), int(m + y1 * inner)):
            for x in range(int(m + x0 * inner), int(m + x1 * inner)):
                px[y][x] = colour

    def disc(cx, cy, r, colour):
        cx, cy, r = m + cx * inner, m + cy * inner, r * inner
        for y in range(int(cy - r), int(cy + r) + 1):
            for x in range(int(cx - r), int(cx + r) + 1):
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    px[y][x] = colour

    rect(0.22, 0.12, 0.78, 0.88, WHITE)
    for i, width in enumerate([0.44, 0.40, 0.44, 0.30, 0.40]):
        y = 0.24 + i * 0.1
        rect(0.30, y, 0.30 + width, y + 0.04, LINE)
    disc(0.64, 0.76, 0.08, SEAL)
    return px


def png(path, px):
    size = len(px)
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in px)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "public", "icons")
png(os.path.join(out, "icon-192.png"), draw(192, 1.0))
png(os.path.join(out, "icon-512.png"), draw(512, 1.0))
png(os.path.join(out, "icon-maskable-512.png"), draw(512, 0.8))
