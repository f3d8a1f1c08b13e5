#!/usr/bin/env python3
"""Writes the broken-file fixtures from schema-v1.sqlite (a good database of
23 pages of 4096 bytes). Run from tests/data; the results are committed, so
the tests do not need Python."""
import sqlite3

good = open("schema-v1.sqlite", "rb").read()
page = 4096

open("zero-bytes.sqlite", "wb").close()
# Cut off after 9 and a bit pages, as a full disk or a crashed copy leaves it.
open("truncated.sqlite", "wb").write(good[:40000])
# The 100-byte database header overwritten with zeros.
open("zeroed-header.sqlite", "wb").write(bytes(100) + good[100:])
# Page 3 is the root of the client table; its first byte is the b-tree page
# type (0x0D, a table leaf). Flipping its bits makes it no type at all.
broken = bytearray(good)
assert broken[2 * page] == 0x0D
broken[2 * page] ^= 0xFF
open("flipped-page.sqlite", "wb").write(bytes(broken))

for name in ("truncated.sqlite", "zeroed-header.sqlite", "flipped-page.sqlite"):
    try:
        con = sqlite3.connect(f"file:{name}?mode=ro", uri=True)
        print(name, con.execute("PRAGMA quick_check").fetchall())
    except sqlite3.DatabaseError as e:
        print(name, "error:", e)
