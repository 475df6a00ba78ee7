// The catalog's names and numbers against the constants in mingw-w64's winerror.h and winsock2.h (and the
// psdk_inc/_wsa_errnos.h that winsock2.h includes). Definitions take three forms: `10056L`-style literals
// (also inside __MSABI_LONG(...)), `(WSABASEERR + 56)`, and aliases of other names (`(ERROR_IO_PENDING)`).
#include "diagnostics/errors/ErrorCatalog.h"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <string>

using namespace wsafix;

namespace {

constexpr const char* kInclude = "/usr/share/mingw-w64/include/";

class HeaderConstants
{
public:
    bool load(const std::string& path)
    {
        std::ifstream in(path);
        if (!in)
            return false;
        static const std::regex define(R"(^\s*#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)\s+(.+?)\s*(//.*|/\*.*)?$)");
        std::smatch m;
        for (std::string line; std::getline(in, line);)
            if (std::regex_match(line, m, define))
                m_definitions.emplace(m[1].str(), m[2].str()); // the first definition wins, as #ifndef guards do
        return true;
    }

    std::optional<long long> value(const std::string& name, int depth = 0) const
    {
        const auto it = m_definitions.find(name);
        if (it == m_definitions.end() || depth > 8)
            return std::nullopt;
        return evaluate(it->second, depth + 1);
    }

    std::size_t size() const { return m_definitions.size(); }

private:
    std::optional<long long> evaluate(std::string expr, int depth) const
    {
        static const std::regex msabi(R"(^__MSABI_LONG\((.*)\)$)");
        static const std::regex literal(R"(^([0-9]+)[uUlL]*$)");
        static const std::regex identifier(R"(^[A-Za-z_][A-Za-z0-9_]*$)");
        const auto trim = [](std::string s) {
            while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
                s.erase(s.begin());
            while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
                s.pop_back();
            return s;
        };
        expr = trim(expr);
        while (expr.size() >= 2 && expr.front() == '(' && expr.back() == ')')
            expr = trim(expr.substr(1, expr.size() - 2));
        std::smatch m;
        if (std::regex_match(expr, m, msabi))
            return evaluate(m[1].str(), depth);
        if (std::regex_match(expr, m, literal))
            return std::stoll(m[1].str());
        if (std::regex_match(expr, identifier))
            return value(expr, depth);
        if (const auto plus = expr.find('+'); plus != std::string::npos) {
            const auto a = evaluate(expr.substr(0, plus), depth);
            const auto b = evaluate(expr.substr(plus + 1), depth);
            if (a && b)
                return *a + *b;
        }
        return std::nullopt;
    }

    std::map<std::string, std::string> m_definitions;
};

} // namespace

TEST(MingwHeaders, CatalogAgreesWithWinerrorAndWinsock2)
{
    HeaderConstants headers;
    const bool found = headers.load(std::string(kInclude) + "winerror.h");
    if (!found) {
#ifdef _WIN32
        GTEST_SKIP() << "the mingw-w64 headers are not visible from inside Wine; the native build compares them";
#else
        FAIL() << kInclude << "winerror.h is missing: install mingw-w64-common (the Windows build needs it anyway)";
#endif
    }
    ASSERT_TRUE(headers.load(std::string(kInclude) + "winsock2.h")) << "winsock2.h is missing next to winerror.h";
    headers.load(std::string(kInclude) + "psdk_inc/_wsa_errnos.h");
    ASSERT_GT(headers.size(), 1000u);

    for (const auto& e : errorCatalog()) {
        const auto v = headers.value(std::string(e.name));
        ASSERT_TRUE(v.has_value()) << e.name << " is not defined (or not evaluable) in the mingw-w64 headers";
        EXPECT_EQ(*v, static_cast<long long>(e.code)) << e.name;
    }
    for (const auto& alias : errorAliases()) {
        if (alias.name.front() == 'E' && alias.name.rfind("ERROR_", 0) != 0)
            continue; // errno synonyms (EAGAIN, ENOTSUP) are Linux's, not Windows'
        if (const auto v = headers.value(std::string(alias.name)))
            EXPECT_EQ(*v, static_cast<long long>(alias.code)) << alias.name;
        else
            EXPECT_EQ(alias.name, "WSANO_ADDRESS") << alias.name << " is not in the headers";
    }
}
