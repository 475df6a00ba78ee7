#pragma once
// What `netsh int ip reset` printed on real Windows machines (../shared/fixtures/netsh-int-ip-reset, see SOURCES.md),
// as the process runner hands it over: without the prompt line the fixtures keep from the console.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace wsafix::test {

inline std::string netshResetOutput(const std::string& name)
{
    const std::string path = WSAFIX_SOURCE_DIR "/../shared/fixtures/netsh-int-ip-reset/" + name;
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << "cannot open " << path << " (the shared fixtures live next to the repository)";
    std::stringstream text;
    text << in.rdbuf();
    const std::string all = text.str();
    const std::size_t firstLineEnd = all.find('\n');
    EXPECT_NE(all.find("netsh"), std::string::npos) << path << " starts with the prompt line";
    return firstLineEnd == std::string::npos ? std::string() : all.substr(firstLineEnd + 1);
}

} // namespace wsafix::test
