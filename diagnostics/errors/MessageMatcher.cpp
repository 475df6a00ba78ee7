#include "diagnostics/errors/MessageMatcher.h"

#include "diagnostics/errors/ErrorCatalog.h"

#include <algorithm>
#include <deque>

namespace wsafix {
namespace {

char fold(char c)
{
    if (c >= 'A' && c <= 'Z')
        return static_cast<char>(c - 'A' + 'a');
    return c == '-' ? ' ' : c;
}

bool isWordChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

} // namespace

const MessageMatcher& MessageMatcher::catalog()
{
    static const MessageMatcher matcher;
    return matcher;
}

MessageMatcher::MessageMatcher()
{
    m_nodes.emplace_back();
    for (const auto& e : errorCatalog()) {
        add(e.shortMessage, &e);
        add(e.systemMessage, &e);
        add(e.errnoMessage, &e);
    }
    link();
}

int MessageMatcher::child(int node, char c) const
{
    for (const auto& [key, target] : m_nodes[static_cast<std::size_t>(node)].next)
        if (key == c)
            return target;
    return -1;
}

void MessageMatcher::add(std::string_view message, const ErrorEntry* entry)
{
    while (!message.empty() && (message.back() == '.' || message.back() == ' '))
        message.remove_suffix(1);
    if (message.empty())
        return;
    std::string text;
    for (const char c : message)
        text += fold(c);
    for (auto& needle : m_needles)
        if (needle.text == text) {
            if (std::find(needle.entries.begin(), needle.entries.end(), entry) == needle.entries.end())
                needle.entries.push_back(entry);
            return;
        }
    int node = 0;
    for (const char c : text) {
        int next = child(node, c);
        if (next < 0) {
            next = static_cast<int>(m_nodes.size());
            m_nodes[static_cast<std::size_t>(node)].next.emplace_back(c, next);
            m_nodes.emplace_back();
        }
        node = next;
    }
    m_nodes[static_cast<std::size_t>(node)].needle = static_cast<int>(m_needles.size());
    m_needles.push_back({std::move(text), {entry}});
}

void MessageMatcher::link()
{
    std::deque<int> queue;
    for (const auto& [c, target] : m_nodes[0].next)
        queue.push_back(target);
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        for (const auto& [c, target] : m_nodes[static_cast<std::size_t>(node)].next) {
            int f = m_nodes[static_cast<std::size_t>(node)].fail;
            while (f != 0 && child(f, c) < 0)
                f = m_nodes[static_cast<std::size_t>(f)].fail;
            const int fallback = child(f, c);
            auto& t = m_nodes[static_cast<std::size_t>(target)];
            t.fail = fallback >= 0 && fallback != target ? fallback : 0;
            const auto& failNode = m_nodes[static_cast<std::size_t>(t.fail)];
            t.dictLink = failNode.needle >= 0 ? t.fail : failNode.dictLink;
            queue.push_back(target);
        }
    }
}

std::vector<MessageMatcher::Match> MessageMatcher::find(std::string_view text) const
{
    std::vector<Match> found;
    std::vector<bool> seen(m_needles.size(), false);
    int state = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = fold(text[i]);
        while (state != 0 && child(state, c) < 0)
            state = m_nodes[static_cast<std::size_t>(state)].fail;
        const int next = child(state, c);
        state = next < 0 ? 0 : next;
        const auto& here = m_nodes[static_cast<std::size_t>(state)];
        for (int n = here.needle >= 0 ? state : here.dictLink; n > 0;
             n = m_nodes[static_cast<std::size_t>(n)].dictLink) {
            const auto index = static_cast<std::size_t>(m_nodes[static_cast<std::size_t>(n)].needle);
            const std::size_t end = i + 1;
            const std::size_t begin = end - m_needles[index].text.size();
            if (seen[index] || (begin > 0 && isWordChar(text[begin - 1])) ||
                (end < text.size() && isWordChar(text[end])))
                continue;
            seen[index] = true;
            found.push_back({begin, end, m_needles[index].entries});
        }
    }
    // Keep the longest messages; drop those inside a kept one.
    std::stable_sort(found.begin(), found.end(),
                     [](const Match& a, const Match& b) { return a.end - a.begin > b.end - b.begin; });
    std::vector<Match> kept;
    for (auto& m : found) {
        const bool inside =
            std::any_of(kept.begin(), kept.end(), [&](const Match& k) { return k.begin <= m.begin && m.end <= k.end; });
        if (!inside)
            kept.push_back(std::move(m));
    }
    std::sort(kept.begin(), kept.end(), [](const Match& a, const Match& b) { return a.begin < b.begin; });
    return kept;
}

} // namespace wsafix
