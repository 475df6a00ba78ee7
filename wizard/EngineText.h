#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace wsafix {

/// The engine's text (English; the engine is Qt-free) in the user's language, translated at the Qt boundary.
/// The engine's sentences are listed for lupdate in one table (EngineTextTable.cpp, context "EngineText"); a
/// sentence with values in it is listed as a template ("No connection to %1") whose values are kept (data: paths,
/// names, addresses) or translated in turn when they are engine text themselves. Text made of several listed
/// sentences is translated sentence by sentence. What the table does not know is shown as it is.
namespace EngineText {

/// `text` in the language of Translations::current().
QString translate(std::string_view text);

/// Whether the table knows `text` (as a sentence, a template, or sentence by sentence): the test that engine text
/// reaching the user is all listed.
bool known(std::string_view text);

} // namespace EngineText
} // namespace wsafix
