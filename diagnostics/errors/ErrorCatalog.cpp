#include "diagnostics/errors/ErrorCatalog.h"

#include "diagnostics/errors/WinsockErrorTable.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace wsafix {
namespace {

constexpr std::array<ErrorAlias, 10> kAliases{{
    {"WSANO_ADDRESS", 11004},         // winsock.h's older name of WSANO_DATA
    {"WSA_QOS_EUNKNOWNPSOBJ", 11024}, // winerror.h's spelling; Microsoft's page says EUNKOWNPSOBJ
    {"EAGAIN", 10035},                // Linux's EWOULDBLOCK is EAGAIN
    {"ENOTSUP", 10045},               // glibc's ENOTSUP is EOPNOTSUPP
    {"ERROR_INVALID_HANDLE", 6},      // the Win32 names the overlapped codes are defined as
    {"ERROR_NOT_ENOUGH_MEMORY", 8},
    {"ERROR_INVALID_PARAMETER", 87},
    {"ERROR_OPERATION_ABORTED", 995},
    {"ERROR_IO_INCOMPLETE", 996},
    {"ERROR_IO_PENDING", 997},
}};

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto up = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
               return up(x) == up(y);
           });
}

std::string upper(std::string_view s)
{
    std::string out(s);
    for (auto& c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// Levenshtein distance, bounded: names are short and the caller stops at `limit`.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

template <typename Key>
std::vector<const ErrorEntry*> closest(std::vector<const ErrorEntry*> pool, std::size_t count, Key key)
{
    std::stable_sort(pool.begin(), pool.end(),
                     [&](const ErrorEntry* a, const ErrorEntry* b) { return key(a) < key(b); });
    if (pool.size() > count)
        pool.resize(count);
    return pool;
}

std::uint64_t distance(std::uint64_t a, std::uint64_t b)
{
    return a > b ? a - b : b - a;
}

} // namespace

std::span<const ErrorEntry> errorCatalog()
{
    return winsockErrorTable();
}

const ErrorEntry* findErrorByCode(std::uint64_t code)
{
    const auto table = errorCatalog();
    const auto it = std::lower_bound(table.begin(), table.end(), code,
                                     [](const ErrorEntry& e, std::uint64_t c) { return e.code < c; });
    return it != table.end() && it->code == code ? &*it : nullptr;
}

const ErrorEntry* findErrorByName(std::string_view name)
{
    for (const auto& e : errorCatalog())
        if (equalsIgnoreCase(e.name, name) || (!e.errnoName.empty() && equalsIgnoreCase(e.errnoName, name)))
            return &e;
    for (const auto& alias : kAliases)
        if (equalsIgnoreCase(alias.name, name))
            return findErrorByCode(alias.code);
    return nullptr;
}

const ErrorEntry* findErrorByErrno(std::int64_t value)
{
    if (value <= 0)
        return nullptr;
    for (const auto& e : errorCatalog())
        if (e.errnoValue == value)
            return &e;
    return nullptr;
}

std::span<const ErrorAlias> errorAliases()
{
    return kAliases;
}

std::string_view errorFamilyName(ErrorFamily family)
{
    switch (family) {
    case ErrorFamily::Overlapped:
        return "overlapped";
    case ErrorFamily::Winsock:
        return "winsock";
    case ErrorFamily::Resolver:
        return "resolver";
    case ErrorFamily::Qos:
        return "qos";
    }
    return "winsock";
}

std::string errorHex(std::uint32_t code)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", static_cast<unsigned>(code));
    return text;
}

std::string errorHResult(std::uint32_t code)
{
    // HRESULT_FROM_WIN32: severity bit, FACILITY_WIN32 (7), the code in the low 16 bits.
    return errorHex(0x80070000u | (code & 0xFFFFu));
}

ErrorNeighbours errorNeighbours(const ErrorEntry& entry, std::size_t count)
{
    std::vector<const ErrorEntry*> family;
    for (const auto& e : errorCatalog())
        if (e.family == entry.family)
            family.push_back(&e);
    const auto self = std::find(family.begin(), family.end(), &entry);
    ErrorNeighbours n;
    if (self == family.end())
        return n;
    const auto first = self - std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(count), self - family.begin());
    n.before.assign(first, self);
    const auto last = self + 1 + std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(count), family.end() - self - 1);
    n.after.assign(self + 1, last);
    return n;
}

std::vector<const ErrorEntry*> nearestErrorCodes(std::uint64_t code, std::size_t count)
{
    // The table is sorted: walk outwards from where `code` would be, taking the closer side each time.
    const auto table = errorCatalog();
    auto right = std::lower_bound(table.begin(), table.end(), code,
                                  [](const ErrorEntry& e, std::uint64_t c) { return e.code < c; });
    auto left = right;
    while (static_cast<std::size_t>(right - left) < count && (left != table.begin() || right != table.end())) {
        const bool takeLeft = right == table.end() || (left != table.begin() &&
                                                       distance((left - 1)->code, code) <= distance(right->code, code));
        if (takeLeft)
            --left;
        else
            ++right;
    }
    std::vector<const ErrorEntry*> near;
    for (auto it = left; it != right; ++it)
        near.push_back(&*it);
    return near;
}

std::vector<const ErrorEntry*> nearestErrnoCodes(std::int64_t value, std::size_t count)
{
    std::vector<const ErrorEntry*> pool;
    for (const auto& e : errorCatalog())
        if (e.errnoValue > 0)
            pool.push_back(&e);
    const auto target = static_cast<std::uint64_t>(std::max<std::int64_t>(value, 0));
    auto near = closest(
        pool, count, [&](const ErrorEntry* e) { return distance(static_cast<std::uint64_t>(e->errnoValue), target); });
    std::sort(near.begin(), near.end(),
              [](const ErrorEntry* a, const ErrorEntry* b) { return a->errnoValue < b->errnoValue; });
    return near;
}

std::vector<const ErrorEntry*> nearestErrorNames(std::string_view word, std::size_t count)
{
    constexpr std::size_t kLongestName = 40;
    std::vector<const ErrorEntry*> found;
    if (word.empty() || word.size() > kLongestName)
        return found;
    const std::string key = upper(word);
    const auto add = [&](const ErrorEntry* e) {
        if (e && found.size() < count && std::find(found.begin(), found.end(), e) == found.end())
            found.push_back(e);
    };
    // Every spelling the catalog accepts, with the entry it stands for.
    std::vector<std::pair<std::string_view, const ErrorEntry*>> names;
    for (const auto& e : errorCatalog()) {
        names.emplace_back(e.name, &e);
        if (!e.errnoName.empty())
            names.emplace_back(e.errnoName, &e);
    }
    for (const auto& alias : kAliases)
        names.emplace_back(alias.name, findErrorByCode(alias.code));

    for (const auto& [name, e] : names)
        if (name.size() > key.size() && name.substr(0, key.size()) == key)
            add(e);
    if (!found.empty())
        return found;
    // A typo: one or two letters off for short names, a quarter of the name for long ones.
    const std::size_t limit = std::max<std::size_t>(2, key.size() / 4);
    std::vector<std::pair<std::size_t, const ErrorEntry*>> scored;
    for (const auto& [name, e] : names)
        if (const auto d = editDistance(key, name); d <= limit)
            scored.emplace_back(d, e);
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [d, e] : scored)
        add(e);
    return found;
}

} // namespace wsafix
