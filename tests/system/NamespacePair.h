#pragma once
// The fixture of the system tests: two fresh namespaces A and B joined by a veth pair,
//   A: va 10.199.0.1/24 fd00:199::1/64  <──veth──>  B: vb 10.199.0.2/24 fd00:199::2/64
// with loopback up in both. Addresses exist only inside these namespaces; traffic stays in them.

#include "NetworkNamespace.h"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <memory>

namespace wsafix::systemtest {

inline constexpr const char* kAddressA = "10.199.0.1";
inline constexpr const char* kAddressB = "10.199.0.2";
inline constexpr const char* kAddress6A = "fd00:199::1";
inline constexpr const char* kAddress6B = "fd00:199::2";

class NamespacePair : public testing::Test
{
protected:
    void SetUp() override;

    NetworkNamespace& a() { return *m_a; }
    NetworkNamespace& b() { return *m_b; }

    /// Polls `done` every 20 ms until it holds or `timeout` passes; its last answer.
    static bool waitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout = std::chrono::seconds(5));
    /// The operstate `ip` reports for `interface` in `ns`.
    static std::string operState(const NetworkNamespace& ns, const std::string& interface);

private:
    std::unique_ptr<NetworkNamespace> m_a, m_b;
};

} // namespace wsafix::systemtest
