#pragma once
// Step 3 (the commit page): the fixes the findings recommend, least invasive first, each with the finding that
// asks for it. On a simulated machine the ticked ones are applied; on a real machine this version only lists
// them and says so.

#include <QWizardPage>

#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace wsafix {

class SessionController;

class FixPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column
    {
        FixColumn,
        StatusColumn,
        WhyColumn
    };

    explicit FixPage(SessionController& controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    /// Fix ids in the order shown (least invasive first).
    std::vector<std::string> recommendedFixes() const;
    /// Training only: fixes the scenario simulates that no finding asks for, listed after the recommended ones.
    std::vector<std::string> otherFixes() const;
    /// Ticks or unticks a fix by id; false when it is not listed.
    bool setChecked(const std::string& fixId, bool checked);

public slots:
    /// Applies every ticked fix not applied yet; records an Action per fix and saves the record.
    void applyChecked();

private:
    void showDetails();
    QTreeWidgetItem* itemFor(const std::string& fixId) const;

    SessionController& m_controller;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QTextBrowser* m_details;
    QPushButton* m_apply;
    std::vector<std::string> m_applied; // tried on this visit, applied or not: never tried twice
};

} // namespace wsafix
