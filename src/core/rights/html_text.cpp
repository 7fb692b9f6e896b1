// The HTML writer of the printable documents, and the French words for dates and times.
#include "core/rights/html_text.h"

namespace carnet {
namespace {

constexpr const char* kMonthNames[12] = {"janvier",   "février", "mars",     "avril",
                                         "mai",       "juin",    "juillet",  "août",
                                         "septembre", "octobre", "novembre", "décembre"};

const char* MonthName(int month) {
  return month >= 1 && month <= 12 ? kMonthNames[month - 1] : "?";
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string FrenchDate(Day day) {
  const Ymd ymd = YmdFromDay(day);
  const std::string number = ymd.day == 1 ? std::string("1er") : std::to_string(ymd.day);
  return number + " " + MonthName(ymd.month) + " " + std::to_string(ymd.year);
}

std::string FrenchTime(int minute_of_day) {
  const int minute = minute_of_day % 60;
  return std::to_string(minute_of_day / 60) + " h " + (minute < 10 ? "0" : "") +
         std::to_string(minute);
}

std::string FrenchDateTime(Minute at) {
  return FrenchDate(DayOfMinute(at)) + " à " + FrenchTime(MinuteOfDay(at));
}

std::string FrenchMonth(int year, int month) {
  return std::string(MonthName(month)) + " " + std::to_string(year);
}

HtmlWriter::HtmlWriter(std::string_view title, std::string_view stylesheet_url) {
  out_ =
      "<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"referrer\" content=\"no-referrer\">\n<title>";
  AppendText(title, false);
  out_ += "</title>\n";
  if (!stylesheet_url.empty()) {
    out_ += "<link rel=\"stylesheet\" href=\"";
    AppendText(stylesheet_url, false);
    out_ += "\">\n";
  }
  out_ += "</head>\n<body>\n<main>\n";
}

void HtmlWriter::AppendText(std::string_view text, bool line_breaks) {
  if (!line_breaks) {
    out_ += EscapeHtml(text);
    return;
  }
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (start > 0) out_ += "<br>\n";
    out_ += EscapeHtml(line);
    start = end + 1;
  }
}

void HtmlWriter::Heading(int level, std::string_view text) {
  const char digit = static_cast<char>('0' + (level < 1 ? 1 : (level > 3 ? 3 : level)));
  out_ += "<h";
  out_ += digit;
  out_ += ">";
  AppendText(text, false);
  out_ += "</h";
  out_ += digit;
  out_ += ">\n";
}

void HtmlWriter::Paragraph(std::string_view text) {
  out_ += "<p>";
  AppendText(text, true);
  out_ += "</p>\n";
}

void HtmlWriter::LabelledParagraph(std::string_view label, std::string_view text) {
  out_ += "<p><strong>";
  AppendText(label, false);
  out_ += "</strong> ";
  AppendText(text, true);
  out_ += "</p>\n";
}

void HtmlWriter::List(const std::vector<std::string>& items) {
  out_ += "<ul>\n";
  for (const std::string& item : items) {
    out_ += "<li>";
    AppendText(item, true);
    out_ += "</li>\n";
  }
  out_ += "</ul>\n";
}

void HtmlWriter::Definitions(const std::vector<std::pair<std::string, std::string>>& terms) {
  out_ += "<dl>\n";
  for (const auto& [term, description] : terms) {
    out_ += "<dt>";
    AppendText(term, false);
    out_ += "</dt><dd>";
    AppendText(description, true);
    out_ += "</dd>\n";
  }
  out_ += "</dl>\n";
}

void HtmlWriter::Table(const HtmlTable& table) {
  out_ += "<table>\n";
  if (!table.caption.empty()) {
    out_ += "<caption>";
    AppendText(table.caption, false);
    out_ += "</caption>\n";
  }
  out_ += "<thead><tr>";
  for (const std::string& column : table.columns) {
    out_ += "<th scope=\"col\">";
    AppendText(column, false);
    out_ += "</th>";
  }
  out_ += "</tr></thead>\n<tbody>\n";
  for (const std::vector<std::string>& row : table.rows) {
    out_ += "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i) {
      out_ += i == 0 ? "<th scope=\"row\">" : "<td>";
      AppendText(row[i], true);
      out_ += i == 0 ? "</th>" : "</td>";
    }
    out_ += "</tr>\n";
  }
  out_ += "</tbody>\n</table>\n";
}

void HtmlWriter::OpenSection() { out_ += "<section>\n"; }
void HtmlWriter::CloseSection() { out_ += "</section>\n"; }

std::string HtmlWriter::Finish() {
  out_ += "</main>\n</body>\n</html>\n";
  return std::move(out_);
}

}  // namespace carnet
