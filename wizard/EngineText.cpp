#include "EngineText.h"

#include "EngineTextTable.h"
#include "Translations.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>
#include <vector>

namespace wsafix::EngineText {
namespace {

constexpr const char* kContext = "EngineText";
constexpr int kMaxDepth = 3; // values inside values inside a template: deeper nesting does not occur

struct Template
{
    const char* source;
    QRegularExpression pattern;
};

// Each template as an anchored pattern: its text literally, each %1..%9 a lazy capture.
const std::vector<Template>& templates()
{
    static const std::vector<Template> all = [] {
        // %1..%9, not the %20 or %23 of a percent-encoded character the text quotes
        static const QRegularExpression placeholder(QStringLiteral("%([1-9])(?![0-9])"));
        std::vector<Template> list;
        std::vector<const char*> sources = engineTextTemplates();
        for (const auto* more : {&platformTextTemplates(), &decodeNoteTemplates()})
            sources.insert(sources.end(), more->begin(), more->end());
        for (const char* source : sources) {
            const QString text = QString::fromUtf8(source);
            QString pattern = QStringLiteral("^");
            qsizetype at = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                pattern += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + QStringLiteral("(.+?)");
                at = m.capturedEnd();
            }
            pattern += QRegularExpression::escape(text.mid(at)) + QStringLiteral("$");
            list.push_back({source, QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption)});
        }
        return list;
    }();
    return all;
}

// Replaces %1..%9 in one pass, so that a value holding "%2" stays as it is.
QString fill(const QString& text, const QStringList& values)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int index = i + 1 < text.size() && text[i] == QLatin1Char('%') ? text[i + 1].digitValue() : -1;
        const bool encoded = i + 2 < text.size() && text[i + 2].isDigit(); // %20, %23: a percent-encoded character
        if (index >= 1 && index <= values.size() && !encoded) {
            out += values[index - 1];
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::optional<QString> lookUp(const QString& text, int depth);

// A value of a template: engine text when the table knows it, data (kept as it is) otherwise.
QString value(const QString& text, int depth)
{
    return depth < kMaxDepth ? lookUp(text, depth + 1).value_or(text) : text;
}

std::optional<QString> lookUp(const QString& text, int depth)
{
    static const QHash<QByteArray, const char*> known = [] {
        QHash<QByteArray, const char*> all;
        for (const auto* list : {&engineTextSentences(), &errorMessageSentences(), &errorHelpSentences(),
                                 &platformTextSentences(), &decodeNoteSentences()})
            for (const char* source : *list)
                all.insert(QByteArray(source), source);
        return all;
    }();
    if (const auto it = known.constFind(text.toUtf8()); it != known.cend())
        return Translations::current().translate(kContext, it.value());
    // Several sentences in one text (a verdict's reasons), each one known on its own: before the templates, whose
    // last value would otherwise swallow the sentences after it.
    static const QRegularExpression boundary(QStringLiteral("(?<=\\.)\\s+(?=[A-Z])"));
    if (const QStringList sentences = text.split(boundary); sentences.size() > 1) {
        QStringList translated;
        for (const auto& sentence : sentences)
            if (const auto t = lookUp(sentence, depth + 1))
                translated << *t;
        if (translated.size() == sentences.size())
            return translated.join(QLatin1Char(' '));
    }
    for (const auto& t : templates()) {
        const auto m = t.pattern.match(text);
        if (!m.hasMatch())
            continue;
        QStringList values;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            values << value(m.captured(i), depth);
        return fill(Translations::current().translate(kContext, t.source), values);
    }
    return std::nullopt;
}

} // namespace

QString translate(std::string_view text)
{
    const QString source = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    if (Translations::current().language() == QStringLiteral("en"))
        return source;
    return lookUp(source, 0).value_or(source);
}

bool known(std::string_view text)
{
    return lookUp(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())), 0).has_value();
}

} // namespace wsafix::EngineText
