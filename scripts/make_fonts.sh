#!/usr/bin/env bash
# Regenerates public/fonts/: Noto Sans (Latin + Cyrillic) and Noto Naskh
# Arabic (Arabic + Persian), Regular and Bold, cut down to the scripts the
# eleven languages use so that the first PDF fetches ~265 KB (brotli) instead
# of 1.4 MB. Layout tables (GSUB/GPOS) are kept whole: Arabic shaping needs
# them. The output is committed; this script is only for changing it.
# Needs Debian's fonts-noto-core and fontTools (pinned below).
set -euo pipefail
cd "$(dirname "$0")/.."
lib="${TMPDIR:-/tmp}/mla-fonttools"
[ -d "$lib/fontTools" ] || pip install --quiet --target "$lib" fonttools==4.60.1
src=/usr/share/fonts/truetype/noto
latin="U+0020-007E,U+00A0-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-2199,U+2212,U+2215,U+25CC,U+FEFF,U+FFFD"
arabic="U+0020-0040,U+005B-0060,U+007B-007E,U+00A0,U+00AB,U+00BB,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+200C-200F,U+2010-2027,U+2030-2044,U+25CC,U+FB50-FDFF,U+FE70-FEFF"
for weight in Regular Bold; do
  PYTHONPATH="$lib" python3 -m fontTools.subset "$src/NotoSans-$weight.ttf" --unicodes="$latin" \
    --layout-features='*' --no-hinting --name-IDs='*' --output-file="public/fonts/NotoSans-$weight.ttf"
  PYTHONPATH="$lib" python3 -m fontTools.subset "$src/NotoNaskhArabic-$weight.ttf" --unicodes="$arabic" \
    --layout-features='*' --no-hinting --name-IDs='*' --output-file="public/fonts/NotoNaskhArabic-$weight.ttf"
done
