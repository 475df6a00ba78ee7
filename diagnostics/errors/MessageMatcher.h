#pragma once
// Finds the catalog's messages in pasted text in one pass (Aho-Corasick), so that even the longest paste
// costs time linear in its length (internal to diagnostics/errors).

#include "diagnostics/errors/ErrorEntry.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wsafix {

class MessageMatcher
{
public:
    struct Match
    {
        std::size_t begin = 0;
        std::size_t end = 0;
        std::vector<const ErrorEntry*> entries; ///< every entry with this message (two for "No more results.")
    };

    /// The matcher over every message of the catalog (Microsoft's short and system texts, errno texts).
    static const MessageMatcher& catalog();

    /// The first occurrence of each message, case-insensitive, '-' read as a space, on word boundaries;
    /// a message found inside a longer one ("Host not found" in "Nonauthoritative host not found") is dropped.
    std::vector<Match> find(std::string_view text) const;

private:
    MessageMatcher();

    struct Node
    {
        std::vector<std::pair<char, int>> next;
        int fail = 0;
        int needle = -1;   ///< the needle ending here
        int dictLink = -1; ///< the nearest node on the fail chain where a needle ends
    };
    struct Needle
    {
        std::string text;
        std::vector<const ErrorEntry*> entries;
    };

    int child(int node, char c) const;
    void add(std::string_view message, const ErrorEntry* entry);
    void link();

    std::vector<Node> m_nodes;
    std::vector<Needle> m_needles;
};

} // namespace wsafix
