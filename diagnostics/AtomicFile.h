#pragma once
/// @file AtomicFile.h
/// @brief Whole-file writes that never leave a half-written file: write a sibling temporary, then rename over.

#include <filesystem>
#include <string>
#include <string_view>

namespace wsafix {

/// Writes `bytes` to `path` atomically, creating parent folders. Throws std::runtime_error naming the file.
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

/// Reads a whole file, refusing files larger than `maxBytes`. Throws std::runtime_error naming the file.
std::string readFile(const std::filesystem::path& path, std::size_t maxBytes);

} // namespace wsafix
