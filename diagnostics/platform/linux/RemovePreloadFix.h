#pragma once
// remove-preload:<path> — removes one library from /etc/ld.so.preload (the Linux analogue of
// removing a layered service provider). The preload file's path is a constructor parameter.

#include "diagnostics/fix/Fix.h"

#include <string>
#include <string_view>

namespace wsafix::lnx {

class RemovePreloadFix : public Fix
{
public:
    RemovePreloadFix(std::string library, std::string preloadFile);

    std::string id() const override { return "remove-preload:" + m_library; }
    std::string title() const override;
    std::string explanation() const override;
    FixBadges badges() const override;
    std::string unavailable() const override;
    std::vector<std::vector<std::string>> preview() override { return {}; }
    std::vector<std::string> snapshotPlan() const override;
    Snapshot snapshot() override;
    void apply(const Snapshot& before, FixSteps& steps) override;
    void rollback(const Snapshot& before, FixSteps& steps) override;
    FixCheck check(const Snapshot& before) override;
    FixCheck restored(const Snapshot& before) override;

    /// `text` without `library`: lines that do not name it stay byte for byte; a line left empty goes.
    static std::string withoutEntry(std::string_view text, std::string_view library);

    struct FileState;

private:
    /// The file as `before` saw it; throws FixFailure when the snapshot names another file or a mode beyond plain
    /// permissions.
    FileState saved(const Snapshot& before) const;
    std::string partName() const { return "file:" + m_file; }
    bool listed() const;

    std::string m_library;
    std::string m_file;
};

} // namespace wsafix::lnx
