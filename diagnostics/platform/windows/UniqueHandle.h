#pragma once
// Owns a kernel HANDLE (process, thread, pipe, file, job, snapshot) and closes it once.

#include <windows.h>

#include <utility>

namespace wsafix::win {

/// INVALID_HANDLE_VALUE without the old-style cast of its macro.
inline HANDLE invalidHandleValue()
{
    return reinterpret_cast<HANDLE>(static_cast<LONG_PTR>(-1));
}

class UniqueHandle
{
public:
    UniqueHandle() = default;
    explicit UniqueHandle(HANDLE handle) : m_handle(handle) {}
    ~UniqueHandle() { reset(); }

    UniqueHandle(const UniqueHandle&) = delete;
    UniqueHandle& operator=(const UniqueHandle&) = delete;
    UniqueHandle(UniqueHandle&& other) noexcept : m_handle(std::exchange(other.m_handle, nullptr)) {}
    UniqueHandle& operator=(UniqueHandle&& other) noexcept
    {
        if (this != &other)
            reset(std::exchange(other.m_handle, nullptr));
        return *this;
    }

    /// APIs disagree on "no handle": some return nullptr, others INVALID_HANDLE_VALUE.
    bool valid() const { return m_handle != nullptr && m_handle != invalidHandleValue(); }
    explicit operator bool() const { return valid(); }
    HANDLE get() const { return m_handle; }
    HANDLE* out()
    {
        reset();
        return &m_handle;
    }
    void reset(HANDLE handle = nullptr)
    {
        if (valid())
            CloseHandle(m_handle);
        m_handle = handle;
    }

private:
    HANDLE m_handle = nullptr;
};

} // namespace wsafix::win
