#pragma once
// Opening files and folders without being led elsewhere by a link: every path is walked from `/` (or the working
// directory) one component at a time through directory descriptors, each opened with O_NOFOLLOW. A symbolic link
// on the way is followed only when root or this process's own user made it (the administrator's /home -> /var/home,
// the user's own links in a user run); a link anyone else made is refused. A privileged process thus never writes
// through a link a user planted. DESIGN.md, "Threat model".

#include "diagnostics/platform/linux/UniqueFd.h"

#include <filesystem>

namespace wsafix::lnx {

/// The folder `dir`, walked as above; with `create`, missing folders are made with mode 0700.
/// Throws std::runtime_error naming the folder and what stopped the walk.
UniqueFd openFolder(const std::filesystem::path& dir, bool create);

/// `file` opened for appending, created 0600 when absent, its folders made 0700; never through a link, and only a
/// regular file with a single name (a hard link may be another file's second name). Throws std::runtime_error.
UniqueFd openForAppending(const std::filesystem::path& file);

/// `file` opened for reading (a link as its last component is followed only under the rule above); only a regular
/// file. Throws std::runtime_error.
UniqueFd openForReading(const std::filesystem::path& file);

} // namespace wsafix::lnx
