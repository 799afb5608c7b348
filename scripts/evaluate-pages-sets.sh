#!/usr/bin/env bash
# One line per evaluation set: dumps right, title precision and recall, and
# the field figures on matched titles (outlet, published, byline), from
# scripts/evaluate-pages.mjs. Build first (npm run build). Compare two
# checkouts by running it in each and diffing the output.
#
#   bash scripts/evaluate-pages-sets.sh [checkout] [extra set folder ...]
#
# Needs nothing outside the repo (the sets are fixtures/pages and eval/pages).
set -euo pipefail
checkout="${1:-.}"
shift || true
cd "$checkout"
for set in fixtures/pages eval/pages/holdout*/ "$@"; do
  set="${set%/}"
  [ -d "$set" ] || continue
  node scripts/evaluate-pages.mjs . "$set" 2>&1 |
    grep -E '^dumps right|^title precision|^title recall|^  (outlet raw|published raw|byline) ' |
    sed -E 's/^ +//; s/ +/ /g; s/ \([0-9/]+\)//' | tr '\n' ' ' | sed "s|^|$set: |"
  echo
done
