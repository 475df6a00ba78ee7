#pragma once
// Owns an open registry key (HKEY) and closes it once.

#include <windows.h>

#include <utility>

namespace wsafix::win {

class UniqueRegKey
{
public:
    UniqueRegKey() = default;
    explicit UniqueRegKey(HKEY key) : m_key(key) {}
    ~UniqueRegKey() { reset(); }

    UniqueRegKey(const UniqueRegKey&) = delete;
    UniqueRegKey& operator=(const UniqueRegKey&) = delete;
    UniqueRegKey(UniqueRegKey&& other) noexcept : m_key(std::exchange(other.m_key, nullptr)) {}
    UniqueRegKey& operator=(UniqueRegKey&& other) noexcept
    {
        if (this != &other)
            reset(std::exchange(other.m_key, nullptr));
        return *this;
    }

    explicit operator bool() const { return m_key != nullptr; }
    HKEY get() const { return m_key; }
    HKEY* out()
    {
        reset();
        return &m_key;
    }
    void reset(HKEY key = nullptr)
    {
        if (m_key)
            RegCloseKey(m_key);
        m_key = key;
    }

private:
    HKEY m_key = nullptr;
};

} // namespace wsafix::win
