#include "diagnostics/platform/windows/LspBypassFix.h"

#include "diagnostics/platform/windows/ActionStep.h"
#include "diagnostics/platform/windows/LspCategory.h"
#include "diagnostics/platform/windows/SnapshotTarget.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace wsafix::win {

LspBypassFix::LspBypassFix(std::string exePath) : m_exePath(std::move(exePath)) {}

std::string LspBypassFix::title() const
{
    return "Keep layered providers out of " + m_exePath;
}

std::string LspBypassFix::explanation() const
{
    return "Tells Winsock to load only system providers into " + m_exePath +
           " (WSCSetApplicationCategory), so a faulty layered provider of a VPN, antivirus or filter no longer "
           "runs inside it. Other programs keep the provider. Takes effect when the program starts again.";
}

FixBadges LspBypassFix::badges() const
{
    FixBadges b;
    b.needsAdmin = true;
    return b;
}

std::string LspBypassFix::unavailable() const
{
    // Winsock matches the program by its path: a category for a path with no program behind it protects nothing.
    std::error_code ec;
    if (!std::filesystem::is_regular_file(std::filesystem::path(toUtf16(m_exePath)), ec))
        return "no program at '" + m_exePath + "'";
    return {};
}

std::vector<std::string> LspBypassFix::snapshotPlan() const
{
    return {"the permitted LSP categories of " + m_exePath + " (WSCGetApplicationCategory)",
            "WSCSetApplicationCategory(" + m_exePath + ", LSP_SYSTEM)"};
}

Snapshot LspBypassFix::snapshot()
{
    std::string error;
    const auto categories = readLspCategories(m_exePath, {}, error);
    nlohmann::json part = {{"exe", m_exePath}};
    if (categories)
        part["categories"] = *categories;
    else
        part["unreadable"] = error;
    Snapshot s;
    s.parts.push_back(SnapshotPart::json("lsp-categories", part));
    return s;
}

void LspBypassFix::apply(const Snapshot&, FixSteps& steps)
{
    m_set = performAction(steps, "WSCSetApplicationCategory " + m_exePath + " LSP_SYSTEM", [this] {
        const LspCategoryChange change = setLspCategories(m_exePath, {}, kLspBypassCategories);
        m_setPrevious = change.previous;
        return change.result;
    });
}

std::uint32_t LspBypassFix::previousCategories(const Snapshot& before) const
{
    const auto part = before.jsonPart("lsp-categories");
    if (part.contains("categories"))
        return part.at("categories").get<std::uint32_t>();
    if (m_setPrevious)
        return *m_setPrevious;
    throw FixFailure("the previous LSP categories of " + m_exePath +
                     " are unknown: " + part.value("unreadable", std::string("not in the snapshot")));
}

void LspBypassFix::rollback(const Snapshot& before, FixSteps& steps)
{
    requireSnapshotTarget(before, "lsp-categories", "exe", m_exePath);
    const std::uint32_t previous = previousCategories(before);
    performAction(steps, "WSCSetApplicationCategory " + m_exePath + " " + std::to_string(previous),
                  [&] { return setLspCategories(m_exePath, {}, previous).result; });
}

FixCheck LspBypassFix::check(const Snapshot&)
{
    if (!m_set)
        return FixCheck::couldNotVerify("WSCSetApplicationCategory did not run in this process");
    return checkFromAction(*m_set, m_set->message);
}

FixCheck LspBypassFix::restored(const Snapshot& before)
{
    std::string error;
    const auto now = readLspCategories(m_exePath, {}, error);
    if (!now)
        return FixCheck::couldNotVerify("the categories cannot be read back: " + error);
    const std::uint32_t previous = previousCategories(before);
    if (*now == previous)
        return FixCheck::verified("the LSP categories of " + m_exePath + " are back to " + std::to_string(previous));
    return FixCheck::failed("the LSP categories of " + m_exePath + " are " + std::to_string(*now) + ", not " +
                            std::to_string(previous));
}

} // namespace wsafix::win
