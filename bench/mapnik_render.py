#!/usr/bin/python3
"""Renders geodata/us_states.shp to a 1920x1080 PNG with Mapnik: the baseline that
bench/export_vs_mapnik.sh times `medmap export` against.

A style as simple as medmap's: one fill per state (a fixed palette cycled by FIPS code,
so every polygon is filled like a choropleth) and a thin white outline, in the same
US Albers equal-area projection (EPSG:5070) that medmap uses for the lower 48.
Usage: /usr/bin/python3 bench/mapnik_render.py SHAPEFILE OUT.png
"""
import sys

import mapnik

WIDTH, HEIGHT = 1920, 1080
# EPSG:5070 and EPSG:4269 spelled out: this Mapnik's PROJ refuses "+init=epsg:...".
ALBERS = ("+proj=aea +lat_0=23 +lon_0=-96 +lat_1=29.5 +lat_2=45.5 +x_0=0 +y_0=0 "
          "+datum=NAD83 +units=m +no_defs")
NAD83 = "+proj=longlat +datum=NAD83 +no_defs"
PALETTE = ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"]


def main(shapefile, out):
    m = mapnik.Map(WIDTH, HEIGHT, ALBERS)
    m.background = mapnik.Color("white")

    style = mapnik.Style()
    for i, color in enumerate(PALETTE):
        rule = mapnik.Rule()
        rule.filter = mapnik.Expression("[STATEFP].match('.*[%s]$')" % "".join(
            str(d) for d in range(10) if d % len(PALETTE) == i))
        fill = mapnik.PolygonSymbolizer()
        fill.fill = mapnik.Color(color)
        rule.symbols.append(fill)
        outline = mapnik.LineSymbolizer()
        outline.stroke = mapnik.Color("white")
        outline.stroke_width = 1.0
        rule.symbols.append(outline)
        style.rules.append(rule)
    m.append_style("states", style)

    layer = mapnik.Layer("states", NAD83)
    layer.datasource = mapnik.Shapefile(file=shapefile)
    layer.styles.append("states")
    m.layers.append(layer)

    # The lower 48, as medmap's map shows them (Mapnik has no Albers-USA insets).
    m.zoom_to_box(mapnik.Box2d(-2400000, 250000, 2300000, 3200000))
    mapnik.render_to_file(m, out, "png")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: mapnik_render.py SHAPEFILE OUT.png")
    main(sys.argv[1], sys.argv[2])
