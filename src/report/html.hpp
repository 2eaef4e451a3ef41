#pragma once
// The pieces the HTML reports are built from: the page frame with its print
// CSS for A4, SVG shapes, a date axis, tables, fact lists and cards. Every
// string handed to them is data and is escaped here; coordinates are written
// with one decimal, locale-free, so the same report gives the same bytes.
#include <fmt/format.h>

#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "plift/core/date.hpp"
#include "plift/core/program.hpp"
#include "say.hpp"

namespace plift::report::html {

using report::say;

// The charts' user units match CSS pixels on an A4 column (190 mm), so their
// text prints at the size it is written in.
constexpr double chart_width = 720;
constexpr double label_width = 150;

std::string coord(double value);

// Colour-blind-safe (Okabe–Ito) colours for the phases, by their config order.
const char* phase_colour(std::size_t index);

// <!DOCTYPE html> up to <body>, with the shared style sheet and `extra_css` after it.
void page_open(std::ostream& out, Language language, const std::string& title, std::string_view extra_css = {});
void page_close(std::ostream& out);

// SVG pieces; a non-empty title becomes the shape's tooltip and accessible name.
void rect(std::ostream& out, double x, double y, double w, double h, const char* fill, const std::string& title,
          const char* extra = "");
void text(std::ostream& out, double x, double y, const std::string& content, const char* extra = "");
void line(std::ostream& out, double x1, double y1, double x2, double y2, const char* stroke, double width,
          const char* extra = "");
// An <svg> of the given size, named by `title` for screen readers.
void svg_open(std::ostream& out, double width, double height, const std::string& title, const char* id);
// Ends the svg and the figure around it, with a caption under the chart.
void figure_close(std::ostream& out, const std::string& caption);
// A label that fits the left column: long names are cut with an ellipsis.
std::string short_label(const std::string& name, std::size_t max_chars);

// Days placed left to right between `left` and `right` (user units).
struct DateAxis {
  Date from;
  Date to;  // inclusive
  double left;
  double right;
  double x_of(Date day) const;                                      // where the day begins
  double x_after(Date day) const { return x_of(day + date::days{1}); }  // where it ends
};
// A thin line at each month's first day from `top` to `bottom`, labelled
// YYYY-MM above `top` (every second, third or sixth month on long axes).
void month_grid(std::ostream& out, const DateAxis& axis, double top, double bottom);
// The holiday weeks (Monday to Sunday) touching the axis, as grey bands.
void holiday_bands(std::ostream& out, const DateAxis& axis, const std::vector<std::pair<Date, Date>>& weeks,
                   double top, double height, const std::string& word);
// The day the data stand as of: a dashed red line from `top` to `bottom` and its label below.
void as_of_line(std::ostream& out, const DateAxis& axis, Date day, double top, double bottom,
                const std::string& label);

// Tables and lists; `right` marks the right-aligned (number) columns.
void table(std::ostream& out, const std::vector<std::string>& headers, const std::vector<bool>& right,
           const std::vector<std::vector<std::string>>& rows);
// "Label: value" lines; an empty value prints the label alone.
void facts(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& items);
void heading(std::ostream& out, const std::string& content);  // <h3>
// A key number over its label; `value_class` styles the value (words want a smaller font than numbers).
void card(std::ostream& out, const std::string& value, const std::string& label, const char* value_class = "value");

}  // namespace plift::report::html
