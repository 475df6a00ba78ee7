#pragma once
// What every fuzz target shares: the input as text, and a check that stops the run with a report (libFuzzer
// then saves the input as a crash artifact).

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace wsafix::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] inline void fail(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    std::abort();
}

} // namespace wsafix::fuzz

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::wsafix::fuzz::fail(#condition, __FILE__, __LINE__);                                                      \
    } while (false)
