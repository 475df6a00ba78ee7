#pragma once
// Findings worst first: severity icon, title and the first line of evidence per row; the selected finding's
// whole evidence and explanation below. Used by Detect (baseline) and Verify (with a status per finding).

#include "diagnostics/Finding.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

namespace wsafix {

class FindingsView : public QWidget
{
    Q_OBJECT

public:
    /// `name` prefixes the parts' object names: NAME.list, NAME.details, NAME.empty.
    explicit FindingsView(const QString& name, QWidget* parent = nullptr);

    /// `statuses`, when not empty, has one entry per finding ("resolved", "still present", ...) shown first;
    /// `resolved` marks the entries shown with the ok icon.
    void setFindings(std::vector<Finding> findings, QStringList statuses = {}, std::vector<bool> resolved = {});
    /// Empties the list and shows `text` in the details pane (e.g. while a run is going on).
    void showPlaceholder(const QString& text);
    /// Shown in place of the list when there are no findings.
    void setEmptyText(const QString& text);
    bool isShowingEmptyText() const;
    QTreeWidget* list() const { return m_list; }
    QTextBrowser* details() const { return m_details; }

    /// HTML of one finding: title, severity, explanation, evidence, recommended fixes.
    static QString findingHtml(const Finding& finding);

private:
    void showDetails();

    QStackedWidget* m_stack;
    QTreeWidget* m_list;
    QTextBrowser* m_details;
    QLabel* m_empty;
    std::vector<Finding> m_findings;
};

} // namespace wsafix
