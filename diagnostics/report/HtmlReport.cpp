#include "diagnostics/report/HtmlReport.h"

namespace wsafix {
namespace {

using Kind = ReportBlock::Kind;

std::string css()
{
    std::string s = R"(
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #202124;
       margin: 2em auto; max-width: 60em; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 18pt; margin: 0 0 .3em; }
h2 { font-size: 14pt; margin: 1.4em 0 .4em; border-bottom: 1px solid #dadce0; padding-bottom: .15em; }
h3 { font-size: 11.5pt; margin: 1em 0 .3em; padding-left: .5em; border-left: 4px solid #dadce0; }
p { margin: .3em 0 .6em; }
code, pre, .mono td { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 9pt; }
pre { background: #f1f3f4; padding: .5em .7em; margin: .3em 0 .8em; white-space: pre-wrap;
      overflow-wrap: anywhere; border-radius: 3px; }
table { border-collapse: collapse; margin: .3em 0 .9em; width: 100%; }
th, td { border: 1px solid #dadce0; padding: .25em .5em; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #f1f3f4; }
table.facts th { width: 12em; background: none; border: none; border-bottom: 1px solid #eceff1; }
table.facts td { border: none; border-bottom: 1px solid #eceff1; }
.banner { border: 2px solid; border-left-width: 10px; padding: .5em .9em; margin: .8em 0 1em; border-radius: 3px; }
.banner .verdict { font-size: 15pt; font-weight: bold; }
.footer { color: #5f6368; font-size: 8.5pt; margin-top: 2em; border-top: 1px solid #dadce0; padding-top: .4em; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr, .banner, pre { page-break-inside: avoid; break-inside: avoid; }
  h1, h2, h3 { page-break-after: avoid; break-after: avoid; }
  pre { background: none; border: 1px solid #dadce0; }
}
)";
    for (const Tone tone : {Tone::Ok, Tone::Info, Tone::Warning, Tone::Error, Tone::Critical}) {
        const std::string name(toneName(tone));
        const std::string colour(toneColour(tone));
        s += "h3." + name + " { border-left-color: " + colour + "; }\n";
        s += ".banner." + name + " { border-color: " + colour + "; }\n";
        s += ".banner." + name + " .verdict, .label." + name + " { color: " + colour + "; }\n";
        s += "tr." + name + " td:first-child { border-left: 4px solid " + colour + "; }\n";
    }
    return s;
}

std::string inlineText(std::string_view text)
{
    std::string out;
    for (const auto& run : textRuns(text))
        out += run.code ? "<code>" + htmlEscaped(run.text) + "</code>" : htmlEscaped(run.text);
    return out;
}

std::string toneClass(Tone tone)
{
    return tone == Tone::None ? std::string() : " class=\"" + std::string(toneName(tone)) + "\"";
}

void table(std::string& out, const ReportTable& t)
{
    out += t.monospace ? "<table class=\"mono\">" : "<table>";
    out += "<thead><tr>";
    for (const auto& h : t.header)
        out += "<th>" + htmlEscaped(h) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        out += "<tr" + toneClass(i < t.rowTones.size() ? t.rowTones[i] : Tone::None) + ">";
        for (const auto& cell : t.rows[i])
            out += "<td>" + htmlEscaped(cell) + "</td>";
        out += "</tr>\n";
    }
    out += "</tbody></table>\n";
}

void block(std::string& out, const ReportBlock& b)
{
    switch (b.kind) {
    case Kind::Heading: {
        const std::string tag = "h" + std::to_string(b.level);
        out += "<" + tag + toneClass(b.tone) + ">" + htmlEscaped(b.text) + "</" + tag + ">\n";
        break;
    }
    case Kind::Paragraph:
        out += "<p>" + inlineText(b.text) + "</p>\n";
        break;
    case Kind::Banner:
        out += "<div class=\"banner " + std::string(toneName(b.tone)) + "\"><div class=\"verdict\">" +
               htmlEscaped(b.text) + "</div><div>" + inlineText(b.detail) + "</div></div>\n";
        break;
    case Kind::Facts:
        out += "<table class=\"facts\"><tbody>\n";
        for (const auto& [label, value] : b.facts)
            out += "<tr><th>" + htmlEscaped(label) + "</th><td>" + inlineText(value) + "</td></tr>\n";
        out += "</tbody></table>\n";
        break;
    case Kind::Table:
        table(out, b.table);
        break;
    case Kind::Items:
        out += "<ul>\n";
        for (const auto& item : b.items)
            out += "<li>" + inlineText(item) + "</li>\n";
        out += "</ul>\n";
        break;
    case Kind::Code:
        out += "<pre>";
        for (std::size_t i = 0; i < b.items.size(); ++i)
            out += (i ? "\n" : "") + htmlEscaped(b.items[i]);
        out += "</pre>\n";
        break;
    }
}

} // namespace

std::string htmlEscaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string renderHtmlReport(const ReportDocument& document)
{
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                      htmlEscaped(document.title) + "</title>\n<style>" + css() + "</style>\n</head>\n<body>\n";
    for (const auto& b : document.blocks)
        block(out, b);
    out += "<div class=\"footer\">" + htmlEscaped(document.footer) + "</div>\n</body>\n</html>\n";
    return out;
}

} // namespace wsafix
