#include "diagnostics/analyze/PowerShellList.h"

#include "diagnostics/analyze/PowerShellTable.h"
#include "diagnostics/analyze/TextFields.h"

#include <algorithm>
#include <utility>

namespace wsafix {

std::optional<PowerShellList::Property> PowerShellList::property(const PasteLine& line)
{
    const std::string_view text = line.text;
    if (text.empty() || text.front() == ' ' || text.front() == '\t')
        return std::nullopt;
    // The separator is " : " (or " :" at the end: an empty value); a name never holds it.
    auto at = text.find(" : ");
    if (at == std::string_view::npos && text.size() >= 2 && text.substr(text.size() - 2) == " :")
        at = text.size() - 2;
    if (at == std::string_view::npos)
        return std::nullopt;
    const auto name = trimmed(text.substr(0, at));
    if (name.empty())
        return std::nullopt;
    return Property{std::string(name), std::string(trimmed(text.substr(std::min(text.size(), at + 3)))), line.number,
                    consoleWidth(text.substr(0, at + 1))};
}

bool PowerShellList::line(const PasteLine& line)
{
    if (trimmed(line.text).empty()) {
        if (!m_current.empty())
            m_done.push_back(std::move(m_current));
        m_current.clear();
        return true;
    }
    if (const auto p = property(line)) {
        const std::size_t colon = p->colon;
        if (m_current.empty() || colon == m_colon) {
            m_colon = colon;
            m_current.push_back(*p);
            return true;
        }
        // Colons in another column: a record of another shape begins without a blank line.
        m_done.push_back(std::move(m_current));
        m_current = {*p};
        m_colon = colon;
        return true;
    }
    // Indented to the value column (or further): the value goes on.
    if (!m_current.empty() && indentOf(line.text) >= m_colon) {
        m_current.back().value += std::string(trimmed(line.text));
        return true;
    }
    return false;
}

std::vector<PowerShellList::Record> PowerShellList::take()
{
    if (!m_current.empty())
        m_done.push_back(std::move(m_current));
    m_current.clear();
    return std::exchange(m_done, {});
}

std::optional<std::string> PowerShellList::value(const Record& record, std::string_view name)
{
    for (const auto& p : record)
        if (equalsNoCase(p.name, name))
            return p.value;
    return std::nullopt;
}

} // namespace wsafix
