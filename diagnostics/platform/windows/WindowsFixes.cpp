// The Windows fixes, one registration line each (issue 5: winsock-reset, remove-provider, lsp-bypass,
// ip-reset, flush-dns, restart-adapter, restart-service). CMake compiles this file only for Windows.
#include "diagnostics/fix/FixFactory.h"

namespace wsafix {

FixFactory createNativeFixFactory(ProcessRunner& runner)
{
    static_cast<void>(runner); // the Windows fixes run their commands through it
    FixFactory factory("windows");
    return factory;
}

} // namespace wsafix
