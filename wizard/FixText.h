#pragma once
// Plain-language names for the fix ids the rules recommend ("remove-provider:1010", "winsock-reset", ...),
// and how invasive each kind is. The engine's Fix objects will carry these later; until then the wizard
// says what each id means so that the Fix page can be read aloud.

#include <QCoreApplication>
#include <QString>

#include <string>

namespace wsafix {

class FixText
{
    Q_DECLARE_TR_FUNCTIONS(FixText)

public:
    /// One line, e.g. "Remove the layered provider 1010 from the Winsock catalog".
    static QString title(const std::string& fixId);
    /// title() in English whatever the language: reports go to the ticket queue in one language.
    static QString englishTitle(const std::string& fixId);
    /// Why and what it changes, for the details under the checklist.
    static QString explanation(const std::string& fixId);
    /// 0 touches one program only ... 3 resets the whole network stack; unknown kinds rank 2.
    static int invasiveness(const std::string& fixId);
    /// Drops open connections or needs a restart of the machine: said next to the fix.
    static bool needsReboot(const std::string& fixId);

private:
    static QString titleIn(const std::string& fixId, bool english);
};

} // namespace wsafix
