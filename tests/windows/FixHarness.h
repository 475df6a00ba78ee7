#pragma once
// A FixRunner over a state directory of its own (snapshots and journal), removed when the test ends: the Windows
// fixes are run the way `wsafix fix` runs them, snapshot → journal → apply → check → rollback on failure.

#include "diagnostics/fix/FixRunner.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"

#include <windows.h>

#include <atomic>
#include <filesystem>
#include <string>

namespace wsafix::test {

class FixHarness
{
public:
    FixHarness()
        : m_dir(made(std::filesystem::temp_directory_path() /
                     ("wsafix-fix-test-" + std::to_string(GetCurrentProcessId()) + "-" + std::to_string(counter()++)))),
          m_snapshots(m_dir), m_journal(m_dir / "journal"), m_runner(m_snapshots, m_journal, "windows")
    {
    }
    ~FixHarness()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    FixHarness(const FixHarness&) = delete;
    FixHarness& operator=(const FixHarness&) = delete;

    FixRunner& runner() { return m_runner; }
    SnapshotStore& snapshots() { return m_snapshots; }
    Journal& journal() { return m_journal; }
    const std::filesystem::path& dir() const { return m_dir; }

private:
    static std::filesystem::path made(const std::filesystem::path& dir)
    {
        std::filesystem::create_directories(dir);
        return dir;
    }
    static std::atomic<int>& counter()
    {
        static std::atomic<int> value{0};
        return value;
    }

    std::filesystem::path m_dir;
    SnapshotStore m_snapshots;
    Journal m_journal;
    FixRunner m_runner;
};

} // namespace wsafix::test
