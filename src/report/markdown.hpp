#pragma once
// The Markdown pieces the reports are written with.

#include <ostream>
#include <string>
#include <vector>

#include "plift/render/render.hpp"

namespace plift::report::markdown {

inline std::string cell(const std::string& text) { return render::md_cell(render::Json(text)); }

// A GitHub table; `right` marks the right-aligned (number) columns.
inline void table(std::ostream& out, const std::vector<std::string>& headers, const std::vector<bool>& right,
                  const std::vector<std::vector<std::string>>& rows) {
  out << '|';
  for (const std::string& header : headers) out << ' ' << cell(header) << " |";
  out << "\n|";
  for (std::size_t i = 0; i < headers.size(); ++i) out << (right[i] ? " ---: |" : " --- |");
  out << '\n';
  for (const auto& row : rows) {
    out << '|';
    for (const std::string& text : row) out << ' ' << cell(text) << " |";
    out << '\n';
  }
}

// "- Label: value", a line a board member reads; the value is data, escaped.
inline void item(std::ostream& out, const std::string& label, const std::string& value) {
  out << "- " << label << ": " << cell(value) << '\n';
}

}  // namespace plift::report::markdown
