// Positions are in map units; SFML's transform (gl_ModelViewProjectionMatrix) carries
// the view's zoom and pan. The state's index rides in the texture coordinate, so a layer
// switch only rewrites the fill texture, never the geometry.
#version 120
varying float state_index;

void main() {
    gl_Position = gl_ModelViewProjectionMatrix * gl_Vertex;
    state_index = gl_MultiTexCoord0.x;
}
