#include "CliText.h"

#include "wizard/EngineText.h"
#include "wizard/Translations.h"

#include <algorithm>

namespace wsafix::cli {

std::string translate(const char* context, const char* source, const char* disambiguation, int n)
{
    return Translations::current().translate(context, source, disambiguation, n).toStdString();
}

std::string format(std::string_view text, std::initializer_list<std::string_view> values)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        const auto index = static_cast<std::size_t>(next - '0');
        const bool encoded = i + 2 < text.size() && text[i + 2] >= '0' && text[i + 2] <= '9'; // %20: not a placeholder
        if (text[i] == '%' && next >= '1' && next <= '9' && index <= values.size() && !encoded) {
            out += *(values.begin() + (index - 1));
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::size_t textWidth(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80; // not a continuation byte
    }));
}

std::string severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return translate("CliText", "critical");
    case Severity::Error:
        return translate("CliText", "error");
    case Severity::Warning:
        return translate("CliText", "warning");
    case Severity::Info:
        break;
    }
    return translate("CliText", "info");
}

std::string engineText(std::string_view text)
{
    return EngineText::translate(text).toStdString();
}

} // namespace wsafix::cli
