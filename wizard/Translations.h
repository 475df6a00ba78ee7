#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <string>
#include <vector>

namespace wsafix {

/// The language of the user interface: wsafix's own catalog (embedded as :/i18n/wsafix_XX.qm) and Qt's
/// (qtbase_XX.qm from QLibraryInfo::TranslationsPath). One per process: the command line's text and the wizard's
/// tr() read the same translators.
class Translations
{
public:
    /// The languages wsafix speaks ("en" is the source language).
    static QStringList languages();

    /// The process's translations.
    static Translations& current();

    /// Chooses the language: `code` (--lang) when given, else the system locale (English when wsafix does not
    /// speak it). Returns false and sets `error` for a code wsafix does not speak.
    bool select(const std::string& code, std::string& error);

    /// Installs the translators into the running QCoreApplication (for tr()).
    void install() const;

    /// The text in the chosen language; `n` fills %n (plural forms).
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1) const;

    /// "en", "de", "fr" or "es".
    QString language() const { return m_language; }

private:
    QString m_language = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace wsafix
