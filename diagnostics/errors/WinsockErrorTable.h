#pragma once
// The catalog's data, kept apart from the lookups (internal to diagnostics/errors).

#include "diagnostics/errors/ErrorEntry.h"

#include <span>

namespace wsafix {

/// The rows of ../shared/fixtures/winsock-errors.tsv with FormatMessage texts and errno twins.
std::span<const ErrorEntry> winsockErrorTable();

} // namespace wsafix
