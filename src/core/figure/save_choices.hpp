#pragma once
// What Ctrl+S and Ctrl+Shift+S save: formats and a canvas size. Ctrl+S saves the whole
// figure at slide size as PNG and SVG; the Ctrl+Shift+S dialog chooses one format and
// one of a few sizes.
#include <string>
#include <vector>

#include "core/figure/figure_view.hpp"
#include "core/figure/window_furniture.hpp"

namespace medmap::figure {

struct SaveRequest {
    std::vector<std::string> formats;  // "png", "svg", "pdf", "csv"
    int width = 1920;
    int height = 1080;
    FigureView view = FigureView::Map;  // the window's view (B)
};

// Ctrl+S.
SaveRequest default_save();

// The dialog's state: a row for the format, a row for the size, each with one chosen.
class SaveChoices {
public:
    SaveChoices(unsigned window_width, unsigned window_height);
    void move_row(int delta);
    void move_choice(int delta);
    SaveRequest request() const;
    std::vector<ChoiceRow> rows() const;
    std::size_t active_row() const { return active_row_; }

private:
    unsigned window_width_, window_height_;
    std::size_t active_row_ = 0;
    std::size_t format_ = 0, size_ = 1;  // PNG, 1920x1080
};

}  // namespace medmap::figure
