#pragma once
/// @file JsonNumbers.h
/// @brief Whole numbers read from JSON with their range checked. nlohmann's get<T>() converts 1e30 or 70000 into a
/// uint16_t without a word (a float out of range is even undefined behaviour, found by fuzzing); files from
/// users must be refused instead.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace wsafix {

/// `value` as T. Throws std::invalid_argument naming `key` when it is not a whole number (a fraction, a string)
/// or lies outside T's range.
template <class T> T wholeNumber(const nlohmann::json& value, const std::string& key)
{
    static_assert(std::is_integral_v<T> && !std::is_same_v<T, bool>);
    const auto range = [&key] {
        return "'" + key + "' must be a whole number from " + std::to_string(std::numeric_limits<T>::min()) + " to " +
               std::to_string(std::numeric_limits<T>::max());
    };
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        if (std::in_range<T>(v))
            return static_cast<T>(v);
    } else if (value.is_number_integer()) {
        const auto v = value.get<std::int64_t>();
        if (std::in_range<T>(v))
            return static_cast<T>(v);
    } else {
        throw std::invalid_argument(range() + "; got " + (value.is_number() ? "a fraction" : value.type_name()));
    }
    throw std::invalid_argument(range() + "; got " + value.dump());
}

} // namespace wsafix
