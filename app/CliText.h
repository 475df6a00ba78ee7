#pragma once

#include "diagnostics/Finding.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace wsafix::cli {

/// The command line's human text in the chosen language (Translations::current()), as UTF-8. lupdate reads
/// `translate("Context", "text")` calls like QCoreApplication::translate; `n` fills %n and picks the plural form.
/// JSON and other machine-readable output never goes through here.
std::string translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);

/// `text` with %1..%9 replaced by `values`, in one pass (a value holding "%2" stays as it is):
/// format(translate("Ctx", "cannot read %1: %2"), {path, why}).
std::string format(std::string_view text, std::initializer_list<std::string_view> values);

/// The width of UTF-8 text in characters (for columns: translations hold umlauts and accents).
std::size_t textWidth(std::string_view text);

/// The severity as the user reads it (JSON keeps severityName).
std::string severityText(Severity severity);

/// Engine text (English, Qt-free) in the chosen language, as the wizard shows it (EngineText).
std::string engineText(std::string_view text);

} // namespace wsafix::cli
