#!/usr/bin/env python3
"""Draws the Teams app icons with the standard library only: python3 manifests/teams/icons.py

color.png   192x192: a white ticket with a lightning bolt cut out, on a rounded teal square.
outline.png  32x32: the same ticket and bolt, white on transparent (Teams tints it).
"""
import os
import struct
import zlib

ACCENT = (14, 124, 134)
WHITE = (255, 255, 255)
SAMPLES = 4  # 4x4 supersampling for smooth edges


def rounded_square(x, y, size, radius):
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def ticket(x, y, left, top, right, bottom, notch):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    middle = (top + bottom) / 2
    for edge in (left, right):
        if (x - edge) ** 2 + (y - middle) ** 2 <= notch ** 2:
            return False
    return True


def inside(polygon, x, y):
    result = False
    j = len(polygon) - 1
    for i in range(len(polygon)):
        xi, yi = polygon[i]
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            result = not result
        j = i
    return result


def bolt(scale):
    points = [(0.56, 0.30), (0.38, 0.53), (0.49, 0.53), (0.44, 0.70), (0.63, 0.46), (0.52, 0.46), (0.58, 0.30)]
    return [(px * scale, py * scale) for px, py in points]


def draw(size, pixel):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            total = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    rgba = pixel(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
                    for k in range(3):
                        total[k] += rgba[k] * rgba[3]
                    total[3] += rgba[3]
            alpha = total[3] / (SAMPLES * SAMPLES)
            rgb = [round(total[k] / total[3]) if total[3] else 0 for k in range(3)]
            row += bytes(rgb + [round(alpha * 255)])
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def color_pixel(x, y):
    size = 192
    if not rounded_square(x, y, size, 36):
        return (0, 0, 0, 0)
    if ticket(x, y, 30, 56, 162, 136, 16) and not inside(bolt(size), x, y):
        return WHITE + (1,)
    return ACCENT + (1,)


def outline_pixel(x, y):
    size = 32
    if ticket(x, y, 2, 8, 30, 24, 3.5) and not inside(bolt(size), x, y):
        return WHITE + (1,)
    return (0, 0, 0, 0)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "color.png"), "wb") as f:
        f.write(draw(192, color_pixel))
    with open(os.path.join(here, "outline.png"), "wb") as f:
        f.write(draw(32, outline_pixel))
