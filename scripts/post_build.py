#!/usr/bin/env python3
"""Trunk post_build hook: finishes the files in TRUNK_STAGING_DIR.

1. Allows Trunk's inline loader script by its sha256 hash in the
   Content-Security-Policy of index.html (no 'unsafe-inline').
2. Adds the data endpoint's origin (MLA_DATA_ORIGINS) to connect-src, and
   writes the policy as an nginx header (nginx-csp.conf).
3. Writes the precache list (the hashed file names) and a cache version
   derived from the content into sw.js, so every build that changes any file
   gets a new cache and the old one is deleted on activate.
"""
import base64
import hashlib
import json
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("post_build.py: TRUNK_STAGING_DIR is not set (run through trunk)")

index_path = os.path.join(staging, "index.html")
with open(index_path, encoding="utf-8") as f:
    html = f.read()

inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
    for s in inline_scripts
)
if "__LOADER_HASH__" not in html:
    sys.exit("post_build.py: index.html has no __LOADER_HASH__ placeholder")
html = html.replace("__LOADER_HASH__", hashes)

# A data endpoint on another origin must be allowed in connect-src; it is
# named at build time (MLA_DATA_ORIGINS="https://data.example.org ...").
# Same-origin hosting (the nginx recipe in deploy/) needs nothing.
origins = os.environ.get("MLA_DATA_ORIGINS", "").split()
for origin in origins:
    if not re.fullmatch(r"https?://[A-Za-z0-9.-]+(:[0-9]+)?", origin):
        sys.exit(f"post_build.py: MLA_DATA_ORIGINS: {origin!r} is not an origin such as https://data.example.org")
if "__DATA_ORIGINS__" not in html:
    sys.exit("post_build.py: index.html has no __DATA_ORIGINS__ placeholder")
html = html.replace(" __DATA_ORIGINS__", "".join(" " + o for o in origins))

# The same policy as an HTTP header for nginx (deploy/nginx), where
# frame-ancestors also works (a <meta> policy ignores it).
csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
with open(os.path.join(staging, "nginx-csp.conf"), "w", encoding="utf-8") as f:
    f.write('set $mla_csp "%s; frame-ancestors \'none\'";\n' % csp)
with open(index_path, "w", encoding="utf-8") as f:
    f.write(html)

files = []
for root, _dirs, names in os.walk(staging):
    for name in names:
        rel = os.path.relpath(os.path.join(root, name), staging).replace(os.sep, "/")
        if rel not in ("sw.js", "nginx-csp.conf"):
            files.append(rel)
files.sort()

digest = hashlib.sha256()
for rel in files:
    digest.update(rel.encode())
    with open(os.path.join(staging, rel), "rb") as f:
        digest.update(f.read())
version = digest.hexdigest()[:16]

sw_path = os.path.join(staging, "sw.js")
with open(sw_path, encoding="utf-8") as f:
    sw = f.read()
for placeholder in ("__CACHE_VERSION__", "__PRECACHE__"):
    if placeholder not in sw:
        sys.exit(f"post_build.py: sw.js has no {placeholder} placeholder")
sw = sw.replace("__CACHE_VERSION__", version)
sw = sw.replace("__PRECACHE__", json.dumps(["/" + f for f in files], indent=2))
with open(sw_path, "w", encoding="utf-8") as f:
    f.write(sw)

print(f"post_build.py: {len(files)} files precached, cache {version}, {len(inline_scripts)} inline script(s) hashed")
