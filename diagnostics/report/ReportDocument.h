#pragma once
/// @file ReportDocument.h
/// @brief The full report as a sequence of simple blocks (headings, facts, tables, code ...), laid out once from
/// the ReportModel and drawn by each renderer: HTML here, PDF in the wizard. Adding a fact to the report is
/// adding one line where the document is laid out.

#include "diagnostics/Finding.h"
#include "diagnostics/report/ReportModel.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wsafix {

/// The colour of a block or table row: a severity, "ok", or none.
enum class Tone
{
    None,
    Ok,
    Info,
    Warning,
    Error,
    Critical
};

Tone toneOf(Severity severity);
/// "#2F6FDE" ...: the fills of resources/icons/*.svg, shared by the wizard's SeverityStyle and the reports.
std::string_view toneColour(Tone tone);
/// "ok", "info", "warning", "error", "critical", "" (CSS class names).
std::string_view toneName(Tone tone);

struct ReportTable
{
    std::vector<std::string> header; ///< repeated on every printed page
    std::vector<std::vector<std::string>> rows;
    std::vector<Tone> rowTones; ///< empty, or one per row
    bool monospace = false;     ///< addresses, paths: fixed-width cells
};

struct ReportBlock
{
    enum class Kind
    {
        Heading,   ///< `text` at `level` (1 = title, 2 = section, 3 = item)
        Paragraph, ///< `text`
        Banner,    ///< `text` in a box coloured by `tone` (the verdict), `detail` under it
        Facts,     ///< `facts`: label/value rows
        Table,     ///< `table`
        Items,     ///< `items` as a bulleted list
        Code,      ///< `items` as lines of fixed-width text (commands, evidence)
    };

    Kind kind = Kind::Paragraph;
    int level = 2;
    Tone tone = Tone::None;
    std::string text;
    std::string detail;
    std::vector<std::pair<std::string, std::string>> facts;
    ReportTable table;
    std::vector<std::string> items;
};

struct ReportDocument
{
    std::string title;  ///< "wsafix report: session 20261124-180312-4f2a"
    std::string footer; ///< one line for the foot of every page
    std::vector<ReportBlock> blocks;
};

/// Lays the whole report out: summary, intake, machine, findings, actions, verification, inventory summaries,
/// timeline.
ReportDocument buildReportDocument(const ReportModel& model);

/// "12.3 ms".
std::string formatMilliseconds(double ms);

/// A piece of running text: plain, or a `command` written between backticks.
struct TextRun
{
    std::string text;
    bool code = false;
};

/// "Run `wsafix detect` now" -> "Run ", "wsafix detect" (code), " now". An unpaired backtick stays text.
std::vector<TextRun> textRuns(std::string_view text);

} // namespace wsafix
