#pragma once
/// @file Sha256.h
/// @brief SHA-256 (FIPS 180-4) without any library: snapshot checksums on every platform.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace wsafix {

class Sha256
{
public:
    Sha256();
    /// Adds bytes; may be called any number of times before digest().
    void update(std::string_view bytes);
    /// The 32-byte digest; the object must not be updated afterwards.
    std::array<std::uint8_t, 32> digest();
    /// Lower-case hex of digest().
    std::string hexDigest();

    /// Lower-case hex SHA-256 of `bytes`.
    static std::string hex(std::string_view bytes);

private:
    void block(const std::uint8_t* data);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

} // namespace wsafix
