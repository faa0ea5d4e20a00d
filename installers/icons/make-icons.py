#!/usr/bin/env python3
"""Draws the app icon (a gradebook page on the school-blue tile) as truongso.png and truongso.ico.

Run once when the design changes; both files are committed. Plain Python (zlib, struct): no image library to
install. The ICO holds the 256x256 PNG as is, which Windows Vista and later read.
"""
import struct
import zlib
from pathlib import Path

SIZE = 256
BLUE, WHITE, LINE, RED, CLEAR = (21, 101, 192, 255), (255, 255, 255, 255), (187, 210, 240, 255), (211, 47, 47, 255), (0, 0, 0, 0)


def inside_rounded(x, y, left, top, right, bottom, radius):
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return left <= x <= right and top <= y <= bottom and (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def pixel(x, y):
    if not inside_rounded(x, y, 8, 8, 247, 247, 48):
        return CLEAR
    if 56 <= x <= 199 and 40 <= y <= 215:                # the page
        if 56 <= x <= 199 and 40 <= y <= 76:
            return RED                                   # its header
        if x in range(100, 104) and y > 76:
            return LINE                                  # the names column
        if (y - 76) % 28 in (0, 1, 2) and y > 76:
            return LINE                                  # the rows
        return WHITE
    return BLUE


def png():
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def ico(png_bytes):
    # One entry; width/height 0 mean 256.
    return struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", 0, 0, 0, 0, 1, 32, len(png_bytes), 22) + png_bytes


if __name__ == "__main__":
    here = Path(__file__).parent
    image = png()
    (here / "truongso.png").write_bytes(image)
    (here / "truongso.ico").write_bytes(ico(image))
