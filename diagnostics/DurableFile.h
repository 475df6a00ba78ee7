#pragma once
/// @file DurableFile.h
/// @brief Writes that have reached the disk when the call returns (fsync / FlushFileBuffers): the fix
/// journal and snapshots must survive a power loss. Defined once per platform folder.

#include <filesystem>
#include <string_view>

namespace wsafix {

/// Appends `bytes` to `path` (created if absent) and returns once the system reports them on disk.
/// Throws std::runtime_error naming the file.
void appendDurably(const std::filesystem::path& path, std::string_view bytes);

/// Flushes a file already written (and, where the platform allows, a folder's entries) to disk.
/// Throws std::runtime_error naming the path.
void syncToDisk(const std::filesystem::path& path);

} // namespace wsafix
