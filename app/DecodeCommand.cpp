#include "DecodeCommand.h"

#include "ExitCode.h"

#include "diagnostics/errors/DecodeJson.h"
#include "diagnostics/errors/Decoder.h"

#include <algorithm>
#include <ostream>
#include <sstream>

namespace wsafix {
namespace {

constexpr std::size_t kWidth = 100;

// Word-wraps `text` to kWidth columns, every line indented by `indent` spaces.
std::string wrap(std::string_view text, std::size_t indent)
{
    std::istringstream words{std::string(text)};
    std::string out, line;
    for (std::string word; words >> word;) {
        if (!line.empty() && indent + line.size() + 1 + word.size() > kWidth) {
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
        out << (e == mark ? "> " : "  ") << decimal << errorHex(e->code) << "  " << name << "  " << e->shortMessage
            << "\n";
    }
}

void printList(std::ostream& out, const char* title, const std::vector<std::string>& lines)
{
    if (lines.empty())
        return;
    out << title << "\n";
    for (const auto& line : lines)
        out << "  - " << wrap(line, 4).substr(4); // continuation lines align with the text, not the dash
}

void printDecoded(std::ostream& out, const DecodeResult& r)
{
    const ErrorEntry& e = *r.entry;
    out << "Name:     " << e.name << "\n"
        << "Decimal:  " << e.code << "\n"
        << "Hex:      " << errorHex(e.code) << "\n"
        << "HRESULT:  " << errorHResult(e.code) << "\n"
        << "Message:  " << e.shortMessage << "\n"
        << "Windows:  " << e.systemMessage << "\n";
    if (e.errnoValue)
        out << "Linux:    errno " << e.errnoValue << " " << e.errnoName << ": " << e.errnoMessage << "\n";
    else
        out << "Linux:    no errno equivalent\n";
    if (!r.candidates.empty())
        out << "Read as:  " << r.candidates.front().reading << "\n";

    out << "\nWhat it means\n" << wrap(r.meaning(), 2);
    if (r.help) {
        out << "\nFor the program's developer\n" << wrap(r.help->developer, 2);
        out << "\nMost likely causes\n";
        for (std::size_t i = 0; i < r.help->causes.size(); ++i) {
            out << "  " << i + 1 << ". " << wrap(r.help->causes[i], 5).substr(5); // the number hangs in the margin
        }
        if (!r.help->triage.empty())
            out << "\nHow to tell\n" << wrap(r.help->triage, 2);
        out << "\nWhat the wizard checks\n";
        std::string probes, fixes;
        for (const auto p : r.help->probes)
            probes += (probes.empty() ? "" : ", ") + std::string(p);
        for (const auto f : r.help->fixes)
            fixes += (fixes.empty() ? "" : ", ") + std::string(f);
        out << "  probes: " << probes << "\n"
            << "  fixes:  "
            << (fixes.empty() ? "none on this machine: the cause lies in the program or elsewhere" : fixes) << "\n";
    }

    std::vector<const ErrorEntry*> around = r.neighbours.before;
    around.push_back(r.entry);
    around.insert(around.end(), r.neighbours.after.begin(), r.neighbours.after.end());
    out << "\nCodes near this one (" << errorFamilyName(e.family) << ")\n";
    printCodes(out, around, r.entry);

    std::vector<std::string> notes(r.understood.begin(), r.understood.end());
    notes.insert(notes.end(), r.notUnderstood.begin(), r.notUnderstood.end());
    if (notes.size() > 1 || !r.notUnderstood.empty()) {
        out << "\n";
        printList(out, "Also read in the input:", notes);
    }
}

void printUndecoded(std::ostream& err, const DecodeResult& r)
{
    if (r.status == DecodeStatus::Ambiguous) {
        err << "wsafix decode: '" << r.input << "' is ambiguous; it can mean:\n";
        std::vector<const ErrorEntry*> entries;
        for (const auto& c : r.candidates)
            entries.push_back(c.entry);
        printCodes(err, entries);
    } else {
        err << "wsafix decode: cannot decode '" << r.input << "'\n";
    }
    printList(err, "Understood:", r.understood);
    printList(err, "Not understood:", r.notUnderstood);
    if (!r.nearest.empty()) {
        err << "Nearest known codes:\n";
        printCodes(err, r.nearest);
    }
}

} // namespace

int runDecodeCommand(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    if (cl.positionals.empty()) {
        err << "wsafix decode: missing CODE, e.g. wsafix decode 0x00002748 (see wsafix decode --help)\n";
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
