#include "DecodeCommand.h"

#include "CliText.h"
#include "ExitCode.h"

#include "diagnostics/errors/DecodeJson.h"
#include "diagnostics/errors/Decoder.h"

#include <algorithm>
#include <ostream>
#include <sstream>

namespace wsafix {
namespace {

using cli::textWidth;
using cli::translate;

constexpr std::size_t kWidth = 100;

// Word-wraps `text` to kWidth columns, every line indented by `indent` spaces.
std::string wrap(std::string_view text, std::size_t indent)
{
    std::istringstream words{std::string(text)};
    std::string out, line;
    for (std::string word; words >> word;) {
        if (!line.empty() && indent + textWidth(line) + 1 + textWidth(word) > kWidth) {
            out += std::string(indent, ' ') + line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty())
        out += std::string(indent, ' ') + line + "\n";
    return out;
}

// One line per code: decimal, hex, name, message; `mark` flags the decoded code among its neighbours.
void printCodes(std::ostream& out, const std::vector<const ErrorEntry*>& entries, const ErrorEntry* mark = nullptr)
{
    std::size_t nameWidth = 0;
    for (const auto* e : entries)
        nameWidth = std::max(nameWidth, e->name.size());
    for (const auto* e : entries) {
        std::string decimal = std::to_string(e->code);
        decimal.resize(7, ' ');
        std::string name(e->name);
        name.resize(nameWidth, ' ');
        out << (e == mark ? "> " : "  ") << decimal << errorHex(e->code) << "  " << name << "  "
            << cli::engineText(e->shortMessage) << "\n";
    }
}

void printList(std::ostream& out, const std::string& title, const std::vector<std::string>& lines)
{
    if (lines.empty())
        return;
    out << title << "\n";
    for (const auto& line : lines)
        out << "  - " << wrap(cli::engineText(line), 4).substr(4); // continuation lines align with the text
}

void printDecoded(std::ostream& out, const DecodeResult& r)
{
    const ErrorEntry& e = *r.entry;
    std::vector<std::pair<std::string, std::string>> rows{
        {translate("DecodeCommand", "Name:"), std::string(e.name)},
        {translate("DecodeCommand", "Decimal:"), std::to_string(e.code)},
        {translate("DecodeCommand", "Hex:"), errorHex(e.code)},
        {translate("DecodeCommand", "HRESULT:"), errorHResult(e.code)},
        {translate("DecodeCommand", "Message:"), cli::engineText(e.shortMessage)},
        {translate("DecodeCommand", "Windows:"), cli::engineText(e.systemMessage)},
        {translate("DecodeCommand", "Linux:"), e.errnoValue ? "errno " + std::to_string(e.errnoValue) + " " +
                                                                  std::string(e.errnoName) + ": " +
                                                                  cli::engineText(e.errnoMessage)
                                                            : translate("DecodeCommand", "no errno equivalent")}};
    if (!r.candidates.empty())
        rows.emplace_back(translate("DecodeCommand", "Read as:"), cli::engineText(r.candidates.front().reading));
    std::size_t labelWidth = 0;
    for (const auto& row : rows)
        labelWidth = std::max(labelWidth, textWidth(row.first));
    for (const auto& [label, value] : rows)
        out << label << std::string(labelWidth + 2 - textWidth(label), ' ') << value << "\n";

    out << "\n" << translate("DecodeCommand", "What it means") << "\n" << wrap(cli::engineText(r.meaning()), 2);
    if (r.help) {
        out << "\n"
            << translate("DecodeCommand", "For the program's developer") << "\n"
            << wrap(cli::engineText(r.help->developer), 2);
        out << "\n" << translate("DecodeCommand", "Most likely causes") << "\n";
        for (std::size_t i = 0; i < r.help->causes.size(); ++i) // the number hangs in the margin
            out << "  " << i + 1 << ". " << wrap(cli::engineText(r.help->causes[i]), 5).substr(5);
        if (!r.help->triage.empty())
            out << "\n"
                << translate("DecodeCommand", "How to tell") << "\n"
                << wrap(cli::engineText(r.help->triage), 2);
        out << "\n" << translate("DecodeCommand", "What the wizard checks") << "\n";
        std::string probes, fixes;
        for (const auto p : r.help->probes)
            probes += (probes.empty() ? "" : ", ") + std::string(p);
        for (const auto f : r.help->fixes)
            fixes += (fixes.empty() ? "" : ", ") + std::string(f);
        out << "  " << cli::format(translate("DecodeCommand", "probes: %1"), {probes}) << "\n"
            << "  "
            << cli::format(
                   translate("DecodeCommand", "fixes: %1"),
                   {fixes.empty()
                        ? translate("DecodeCommand", "none on this machine: the cause lies in the program or elsewhere")
                        : fixes})
            << "\n";
    }

    std::vector<const ErrorEntry*> around = r.neighbours.before;
    around.push_back(r.entry);
    around.insert(around.end(), r.neighbours.after.begin(), r.neighbours.after.end());
    out << "\n"
        << cli::format(translate("DecodeCommand", "Codes near this one (%1)"), {errorFamilyName(e.family)}) << "\n";
    printCodes(out, around, r.entry);

    std::vector<std::string> notes(r.understood.begin(), r.understood.end());
    notes.insert(notes.end(), r.notUnderstood.begin(), r.notUnderstood.end());
    if (notes.size() > 1 || !r.notUnderstood.empty()) {
        out << "\n";
        printList(out, translate("DecodeCommand", "Also read in the input:"), notes);
    }
}

void printUndecoded(std::ostream& err, const DecodeResult& r)
{
    if (r.status == DecodeStatus::Ambiguous) {
        err << cli::format(translate("DecodeCommand", "wsafix decode: '%1' is ambiguous; it can mean:"), {r.input})
            << "\n";
        std::vector<const ErrorEntry*> entries;
        for (const auto& c : r.candidates)
            entries.push_back(c.entry);
        printCodes(err, entries);
    } else {
        err << cli::format(translate("DecodeCommand", "wsafix decode: cannot decode '%1'"), {r.input}) << "\n";
    }
    printList(err, translate("DecodeCommand", "Understood:"), r.understood);
    printList(err, translate("DecodeCommand", "Not understood:"), r.notUnderstood);
    if (!r.nearest.empty()) {
        err << translate("DecodeCommand", "Nearest known codes:") << "\n";
        printCodes(err, r.nearest);
    }
}

} // namespace

int runDecodeCommand(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    if (cl.positionals.empty()) {
        err << translate("DecodeCommand",
                         "wsafix decode: missing CODE, e.g. wsafix decode 0x00002748 (see wsafix decode --help)")
            << "\n";
        return ExitUsage;
    }
    const DecodeResult r = decodeError(cl.positionals.front());
    if (cl.options.count("json"))
        out << decodeDocument(r).dump(2) << "\n";
    else if (r.decoded())
        printDecoded(out, r);
    else
        printUndecoded(err, r);
    return r.decoded() ? ExitFine : ExitUsage;
}

} // namespace wsafix
