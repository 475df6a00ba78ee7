#include "diagnostics/fix/FixFactory.h"

#include <algorithm>

namespace wsafix {

FixFactory::FixFactory(std::string machine) : m_machine(std::move(machine)) {}

void FixFactory::add(std::string name, ParameterCheck check, Maker make)
{
    m_entries.push_back({std::move(name), std::move(check), std::move(make)});
}

std::pair<std::string, std::string> FixFactory::splitId(const std::string& id)
{
    const auto colon = id.find(':');
    if (colon == std::string::npos)
        return {id, {}};
    return {id.substr(0, colon), id.substr(colon + 1)};
}

std::unique_ptr<Fix> FixFactory::create(const std::string& id) const
{
    const auto split = splitId(id);
    const std::string& name = split.first; // not a structured binding: clang 14 cannot capture those
    const std::string& parameter = split.second;
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.name == name; });
    if (it == m_entries.end()) {
        std::string known;
        for (const auto& e : m_entries)
            known += (known.empty() ? "" : ", ") + e.name;
        throw FixIdError("unknown fix '" + name + "' (" + (known.empty() ? "no fixes here" : "known here: " + known) +
                         ")");
    }
    if (const auto problem = it->check(parameter); !problem.empty())
        throw FixIdError("fix " + name + ": " + problem);
    return it->make(parameter);
}

std::vector<std::string> FixFactory::names() const
{
    std::vector<std::string> names;
    for (const auto& e : m_entries)
        names.push_back(e.name);
    return names;
}

} // namespace wsafix
