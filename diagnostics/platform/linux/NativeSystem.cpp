// The native backend of the Linux build (the Windows build compiles its own definition).
#include "diagnostics/SystemFactory.h"

#include "diagnostics/platform/linux/LinuxSystem.h"

namespace wsafix {

std::unique_ptr<System> createNativeSystem()
{
    return std::make_unique<LinuxSystem>();
}

} // namespace wsafix
