#include "WinsockTsv.h"

#include <fstream>
#include <sstream>

std::string winsockTsvPath()
{
    return WSAFIX_SOURCE_DIR "/../shared/fixtures/winsock-errors.tsv";
}

std::vector<WinsockTsvRow> readWinsockTsv(std::string& error)
{
    std::vector<WinsockTsvRow> rows;
    std::ifstream in(winsockTsvPath(), std::ios::binary);
    if (!in) {
        error = "cannot open " + winsockTsvPath() + " (the shared fixtures live next to the repository)";
        return rows;
    }
    std::string line;
    std::getline(in, line); // header: decimal hex name short_message
    for (int number = 2; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            continue;
        std::stringstream fields(line);
        WinsockTsvRow row;
        std::string decimal;
        if (!std::getline(fields, decimal, '\t') || !std::getline(fields, row.hex, '\t') ||
            !std::getline(fields, row.name, '\t') || !std::getline(fields, row.message)) {
            error = winsockTsvPath() + ":" + std::to_string(number) + ": expected 4 tab-separated fields";
            return {};
        }
        row.decimal = static_cast<std::uint32_t>(std::stoul(decimal));
        rows.push_back(std::move(row));
    }
    return rows;
}
