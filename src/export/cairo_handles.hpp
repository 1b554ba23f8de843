#pragma once
// Owning handles for Cairo objects, so every early return and exception releases them.
#include <cairo.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace medmap::exporter {

struct CairoSurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoContextDeleter {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};

using CairoSurface = std::unique_ptr<cairo_surface_t, CairoSurfaceDeleter>;
using CairoContext = std::unique_ptr<cairo_t, CairoContextDeleter>;

// Cairo reports failure through an object's status rather than a null pointer, so a
// surface that could not be made (e.g. out of memory for a huge PNG) is caught here.
inline void check_cairo(cairo_status_t status, const std::string& what) {
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(what + ": " + cairo_status_to_string(status));
}

inline CairoContext make_context(cairo_surface_t* surface) {
    CairoContext context(cairo_create(surface));
    check_cairo(cairo_status(context.get()), "cannot draw on the export surface");
    return context;
}

}  // namespace medmap::exporter
