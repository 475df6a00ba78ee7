#pragma once
// Training mode's start: lists the built-in scenarios with their title and story, and names the one chosen.
// The wizard then opens a new session on that simulated machine (WsafixWizard::startTraining).

#include <QDialog>

#include <string>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace wsafix {

class TrainingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrainingDialog(QWidget* parent = nullptr);

    /// The scenario selected in the list ("lsp-adware"), empty when none is.
    std::string chosenScenario() const;
    /// Selects a scenario by name; false when it is not listed.
    bool select(const std::string& scenario);

private:
    void showStory();

    QListWidget* m_list;
    QTextBrowser* m_story;
    QPushButton* m_start;
};

} // namespace wsafix
