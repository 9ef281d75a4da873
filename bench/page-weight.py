#!/usr/bin/env python3
"""Transfer size of each attendee page as built into marquee.war: the HTML plus every script and
stylesheet it loads up front (module preloads included), raw and gzipped. Lazily loaded player
libraries (hls.js) are listed apart. Run after a build: python3 bench/page-weight.py"""
import gzip
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent / "webapp" / "target" / "frontend"
if not root.is_dir():
    sys.exit("Build first (mvn -B -q -DskipTests package): webapp/target/frontend is missing")


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def imports_of(js: str) -> set:
    # static imports of a built chunk: import{...}from"./x.js" and import"./y.js"
    return set(re.findall(r'(?:from|import)\s*"\./([^"]+\.js)"', js)) - set(re.findall(r'import\("\./([^"]+\.js)"\)', js))


def page_assets(html: str) -> list:
    found = re.findall(r'(?:src|href)="/(assets/[^"]+)"', html)
    queue, seen = list(found), []
    while queue:
        asset = queue.pop(0)
        if asset in seen:
            continue
        seen.append(asset)
        if asset.endswith(".js"):
            text = (root / asset).read_text()
            queue += ["assets/" + name for name in imports_of(text)]
    return seen


print(f"{'page':<12}{'files':>6}{'raw KB':>10}{'gzip KB':>10}")
for page in ["index.html", "event.html", "stage.html", "admin.html"]:
    html = (root / page).read_bytes()
    assets = page_assets(html.decode())
    raw = len(html) + sum((root / a).stat().st_size for a in assets)
    zipped = gz(html) + sum(gz((root / a).read_bytes()) for a in assets)
    print(f"{page:<12}{len(assets) + 1:>6}{raw / 1024:>10.1f}{zipped / 1024:>10.1f}")
for lazy in sorted((root / "assets").glob("hls*.js")):
    data = lazy.read_bytes()
    print(f"lazy: {lazy.name} {len(data) / 1024:.1f} KB raw, {gz(data) / 1024:.1f} KB gzip (only for HLS stages "
          f"in browsers without native HLS)")
