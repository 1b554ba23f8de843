#!/usr/bin/env bash
# Regenerates geodata/us_states.{shp,shx,dbf,prj,cpg} from the U.S. Census Bureau
# cartographic boundary file (1:10,000,000) as packaged in the npm package us-atlas v3.
#
# Why these steps:
#  - us-atlas ships TopoJSON with only `id` (2-digit FIPS) and `properties.name`; medmap's
#    loader wants the Census field names STATEFP, STUSPS and NAME, so we add them here.
#  - The TopoJSON has no SRS; its coordinates are NAD83 longitude/latitude (EPSG:4269).
#  - Oregon has one self-intersecting ring. `-makevalid` (GEOS MakeValid) repairs it so
#    triangulation and picking see valid polygons. The script prints every feature that
#    was invalid before the repair.
#
# Needs: npm, gdal-bin (ogr2ogr, ogrinfo). Run from anywhere: bash geodata/regenerate.sh
set -euo pipefail

version=3.0.1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "us-atlas@$version" >/dev/null && tar xzf "us-atlas-$version.tgz")
src="$work/package/states-10m.json"

# FIPS -> USPS for the 50 states, DC and the five territories in the file.
usps_case="CASE id"
while read -r fips usps; do
  usps_case+=" WHEN '$fips' THEN '$usps'"
done <<'TABLE'
01 AL
02 AK
04 AZ
05 AR
06 CA
08 CO
09 CT
10 DE
11 DC
12 FL
13 GA
15 HI
16 ID
17 IL
18 IN
19 IA
20 KS
21 KY
22 LA
23 ME
24 MD
25 MA
26 MI
27 MN
28 MS
29 MO
30 MT
31 NE
32 NV
33 NH
34 NJ
35 NM
36 NY
37 NC
38 ND
39 OH
40 OK
41 OR
42 PA
44 RI
45 SC
46 SD
47 TN
48 TX
49 UT
50 VT
51 VA
53 WA
54 WV
55 WI
56 WY
60 AS
66 GU
69 MP
72 PR
78 VI
TABLE
usps_case+=" END"

echo "features invalid before repair:"
ogrinfo -q -dialect SQLite -sql \
  "SELECT id, name FROM states WHERE NOT ST_IsValid(geometry)" "$src" 2>/dev/null | grep -E '^\s+(id|name)' || echo "  (none)"

rm -f "$here"/us_states.{shp,shx,dbf,prj,cpg}
ogr2ogr -f "ESRI Shapefile" "$here/us_states.shp" "$src" \
  -dialect SQLite \
  -sql "SELECT id AS STATEFP, $usps_case AS STUSPS, name AS NAME, geometry FROM states ORDER BY id" \
  -nln us_states -a_srs EPSG:4269 -nlt MULTIPOLYGON -makevalid \
  -lco ENCODING=UTF-8

echo "features invalid after repair:"
ogrinfo -q -dialect SQLite -sql \
  "SELECT STATEFP, NAME FROM us_states WHERE NOT ST_IsValid(geometry)" "$here/us_states.shp" \
  | grep -E '^\s+(STATEFP|NAME)' || echo "  (none)"
ogrinfo -so -al "$here/us_states.shp" | grep -E 'Feature Count|Geometry:'
