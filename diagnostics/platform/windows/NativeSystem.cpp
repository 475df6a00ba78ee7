// The native System of the Windows build; CMake compiles this file only for Windows.
#include "diagnostics/SystemFactory.h"
#include "diagnostics/platform/windows/WindowsSystem.h"

namespace wsafix {

std::unique_ptr<System> createNativeSystem()
{
    return std::make_unique<WindowsSystem>();
}

} // namespace wsafix
