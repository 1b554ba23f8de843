// Looks up each state's fill, decided by the core's figure, in a one-row texture.
// Alpha 0 in that texture marks "no data": drawn as the figure's no-data colour with
// diagonal hatching, so it can't be mistaken for a class colour.
#version 120
uniform sampler2D fills;
uniform float state_count;
uniform vec4 no_data_color;
uniform vec4 hatch_color;
uniform float hatch_spacing;
varying float state_index;

void main() {
    vec4 fill = texture2D(fills, vec2((state_index + 0.5) / state_count, 0.5));
    if (fill.a < 0.5) {
        float stripe = mod(gl_FragCoord.x + gl_FragCoord.y, hatch_spacing);
        fill = stripe < hatch_spacing * 0.28 ? hatch_color : no_data_color;
    }
    gl_FragColor = vec4(fill.rgb, 1.0);
}
