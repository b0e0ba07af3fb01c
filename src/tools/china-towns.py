#!/usr/bin/env python3
"""Derive resources/gazetteer/china-towns.tsv from the NBS division codes.

Source: 国家统计局 2023年统计用区划代码 (as of 2023-06-30), as packaged in the npm
package china-division 2.7.0 (https://github.com/modood/Administrative-divisions-of-China),
licence WTFPL. Reads streets.csv (township level) from its dist/ folder.

Usage (standard library only; output is deterministic):
    python3 src/tools/china-towns.py /path/to/china-division/dist > resources/gazetteer/china-towns.tsv

Only towns (镇), townships (乡, 民族乡, 苏木) and subdistricts (街道) are kept, each distinct full
name once, without short forms: a town's bare name (兴隆, 复兴) is an ordinary word far too often.
Names of two characters (商镇, 古镇) are left out for the same reason. Farms, forest farms, zones and
the like, which NBS also lists at this level, are not places of this kind.
"""
import csv
import os
import sys

KINDS = (("街道", "subdistrict"), ("镇", "town"), ("乡", "town"), ("苏木", "town"))


def main(dist):
    seen = {}
    with open(os.path.join(dist, "streets.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = row["name"].strip()
            if name.endswith("街道办事处"):
                name = name[: -len("办事处")]
            for suffix, level in KINDS:
                if name.endswith(suffix) and len(name) >= 3:
                    seen.setdefault(name, (row["code"], level))
                    break
    out = sys.stdout
    out.write("# Towns (镇), townships (乡, 民族乡, 苏木) and subdistricts (街道) of China, each distinct full name\n")
    out.write("# once, for recognising them where no pattern does (到兴隆镇, 建设乡). Full names only.\n")
    out.write("# Source: 国家统计局 2023年统计用区划代码 (as of 2023-06-30), via npm package china-division 2.7.0\n")
    out.write("# (github.com/modood/Administrative-divisions-of-China), WTFPL. Made by src/tools/china-towns.py.\n")
    out.write("# level<TAB>full name<TAB>short forms (none)<TAB>\n")
    for name, (code, level) in sorted(seen.items(), key=lambda kv: kv[1][0]):
        out.write(f"{level}\t{name}\t\t\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: china-towns.py DIST_FOLDER")
    main(sys.argv[1])
