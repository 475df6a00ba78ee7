#include "diagnostics/fix/StateOwner.h"

namespace wsafix {

// An elevated process writing under the user's %LOCALAPPDATA% creates files that inherit the folder's access rules,
// which give the user full control: nothing to hand back.
std::string handStateBackToOwner(const std::filesystem::path&)
{
    return {};
}

} // namespace wsafix
