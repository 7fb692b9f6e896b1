// A small writer for the printable documents Carnet generates (the person's copy of their file,
// the record of processing): plain semantic HTML, and the French words for dates and times.
//
// Every piece of text given to the writer is escaped (& < > " '), so no name or note can add
// markup. The document carries no inline style and no script: the app's Content-Security-Policy
// forbids both, and a document opened from a blob URL inherits that policy. Its look comes
// only from an optional stylesheet linked by absolute URL (web/print.css).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/calendar.h"

namespace carnet {

// `text` with & < > " ' replaced by their character references; safe in element content and
// in a quoted attribute value.
std::string EscapeHtml(std::string_view text);

// "12 mars 2026", "1er avril 2026".
std::string FrenchDate(Day day);
// "14 h 30", "9 h 05".
std::string FrenchTime(int minute_of_day);
// "12 mars 2026 à 14 h 30".
std::string FrenchDateTime(Minute at);
// "mars 2026".
std::string FrenchMonth(int year, int month);

// A table: a header row of column names (th scope="col"); each row's first cell names the row
// (th scope="row"). Cells are text, escaped when written.
struct HtmlTable {
  std::string caption;  // optional
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

// Builds one document in order: the constructor writes the head, each call appends to the body,
// Finish closes the document and gives it. Not reusable after Finish.
class HtmlWriter {
 public:
  // `stylesheet_url` empty: no stylesheet. Otherwise an absolute URL, linked as given (escaped).
  HtmlWriter(std::string_view title, std::string_view stylesheet_url);

  void Heading(int level, std::string_view text);  // level 1 to 3
  // A paragraph; line breaks in `text` become <br>.
  void Paragraph(std::string_view text);
  // A paragraph whose first words are emphasised: "<strong>label</strong> text".
  void LabelledParagraph(std::string_view label, std::string_view text);
  void List(const std::vector<std::string>& items);
  // Terms and their descriptions (dl, dt, dd).
  void Definitions(const std::vector<std::pair<std::string, std::string>>& terms);
  void Table(const HtmlTable& table);
  // Opens and closes a <section>, so that each part of a document stands on its own.
  void OpenSection();
  void CloseSection();

  std::string Finish();

 private:
  void AppendText(std::string_view text, bool line_breaks);
  std::string out_;
};

}  // namespace carnet
