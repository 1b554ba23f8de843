// Looks up each state's fill, decided by the core's figure, in a one-row texture.
// Alpha 0 in that texture marks "no data": drawn as the figure's no-data colour with
// diagonal hatching, so it can't be mistaken for a class colour.
#version 120
uniform sampler2D fills;
uniform float state_count;
uniform vec4 no_data_color;
uniform vec4 hatch_color;
uniform float hatch_spacing;  // pixels between hatch lines, measured across them
uniform float hatch_line;     // hatch line width in pixels, measured across
varying float state_index;

void main() {
    vec4 fill = texture2D(fills, vec2((state_index + 0.5) / state_count, 0.5));
    if (fill.a < 0.5) {
        // Lines x + y = c: along x + y, distances are sqrt(2) times those across the lines.
        float stripe = mod(gl_FragCoord.x + gl_FragCoord.y, hatch_spacing * 1.41421356);
        fill = stripe < hatch_line * 1.41421356 ? hatch_color : no_data_color;
    }
    gl_FragColor = vec4(fill.rgb, 1.0);
}
