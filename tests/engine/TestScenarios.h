#pragma once
// Small helpers shared by the engine tests: scenarios and inventories built in code.

#include "diagnostics/Inventory.h"
#include "diagnostics/Scenario.h"

#include <filesystem>
#include <string>

namespace wsafix::test {

/// A fresh, empty folder under the system temp dir, removed by the destructor.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// An inventory whose every probe succeeded, with one healthy Ethernet adapter.
Inventory healthyInventory();

/// Writes `text` to `dir/name` and returns the path.
std::filesystem::path writeText(const std::filesystem::path& dir, const std::string& name, const std::string& text);

} // namespace wsafix::test
