#pragma once
/// @file Finding.h
/// @brief What a rule concluded from the inventory, with the evidence it rests on.

#include <string>
#include <vector>

namespace wsafix {

enum class Severity { Info, Warning, Error, Critical };

struct Finding
{
    std::string id;                     ///< stable id, e.g. "layered-provider"
    Severity severity = Severity::Info;
    std::string title;                  ///< one line, plain language
    std::string explanation;            ///< what it means and what to do, plain language
    std::vector<std::string> evidence;  ///< the inventory rows it rests on, as text
    std::vector<std::string> fixes;     ///< ids of the fixes it recommends, least invasive first
    bool operator==(const Finding&) const = default;
};

/// Whether two findings are the same problem seen twice (before and after a fix): the same rule and the same
/// title (titles name the place, e.g. an endpoint or an adapter); evidence may differ.
inline bool sameProblem(const Finding& a, const Finding& b)
{
    return a.id == b.id && a.title == b.title;
}

} // namespace wsafix
