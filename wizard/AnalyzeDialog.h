#pragma once
// "Analyze pasted output": the technician pastes what a user sent (or drops saved files), sees at once which
// outputs were recognised and which lines could not be used, and hands the result to the session.

#include "diagnostics/analyze/PasteAnalysis.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace wsafix {

class AnalyzeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AnalyzeDialog(QWidget* parent = nullptr);

    /// The pasted text (if any) first, then each file, as analysed now.
    const std::vector<PasteAnalysis>& analyses() const { return m_analyses; }
    /// Adds a saved output; false (and the dialog says why) when it cannot be read.
    bool addFile(const QString& path);
    /// Analyses the text box and the files again (also runs by itself shortly after typing stops).
    void reanalyse();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFiles();
    void showResults();

    QPlainTextEdit* m_text;
    QListWidget* m_results;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QTimer* m_delay;
    std::vector<std::pair<QString, QByteArray>> m_files;
    std::vector<PasteAnalysis> m_analyses;
};

} // namespace wsafix
