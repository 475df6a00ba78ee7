#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace wsafix {

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

Translations& Translations::current()
{
    static Translations translations;
    return translations;
}

bool Translations::select(const std::string& code, std::string& error)
{
    QString language;
    if (!code.empty()) {
        // "de", "de_AT", "de-CH", "DE" all mean German: the catalog is per language, not per country.
        language =
            QString::fromStdString(code).toLower().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
        if (!languages().contains(language)) {
            error = "unknown language '" + code + "': wsafix speaks " +
                    languages().join(QStringLiteral(", ")).toStdString();
            return false;
        }
    } else {
        const QString system = QLocale::languageToCode(QLocale::system().language());
        language = languages().contains(system) ? system : QStringLiteral("en");
    }
    m_language = language;
    m_translators.clear();
    // Numbers and dates follow the locale asked for (de_AT stays Austrian), or the system's.
    QLocale::setDefault(code.empty() ? QLocale::system() : QLocale(QString::fromStdString(code).replace(u'-', u'_')));
    // English has a catalog too: it holds only the plural forms ("1 socket", "2 sockets") of the source text.
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/wsafix_%1.qm").arg(language)))
        m_translators.push_back(std::move(own));
    if (language == QStringLiteral("en"))
        return true;
    // Qt's own texts (wizard buttons, standard dialogs); missing when Debian's qt6-translations-l10n is not installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_translators.push_back(std::move(qt));
    return true;
}

void Translations::install() const
{
    for (const auto& translator : m_translators)
        QCoreApplication::installTranslator(translator.get());
}

QString Translations::translate(const char* context, const char* source, const char* disambiguation, int n) const
{
    QString text;
    for (const auto& translator : m_translators) {
        text = translator->translate(context, source, disambiguation, n);
        if (!text.isEmpty())
            break;
    }
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n)); // as QCoreApplication::translate does
    return text;
}

} // namespace wsafix
