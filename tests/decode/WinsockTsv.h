#pragma once
// Reads ../shared/fixtures/winsock-errors.tsv, the reference the catalog is checked against.

#include <cstdint>
#include <string>
#include <vector>

struct WinsockTsvRow
{
    std::uint32_t decimal = 0;
    std::string hex;
    std::string name;
    std::string message;
};

/// The path of the fixture.
std::string winsockTsvPath();

/// Its rows; empty when the file cannot be read (`error` then says why).
std::vector<WinsockTsvRow> readWinsockTsv(std::string& error);
