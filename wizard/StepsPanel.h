#pragma once
// The side panel: the five steps with the current one marked, the machine being examined, and a
// warning line when the session could not be saved.

#include <QWidget>

#include <vector>

class QLabel;

namespace wsafix {

class StepsPanel : public QWidget
{
    Q_OBJECT

public:
    StepsPanel(const QStringList& steps, const QString& machine, QWidget* parent = nullptr);

    /// Marks step `index` (0-based) as current; earlier steps are shown as done.
    void setCurrent(int index);
    int current() const { return m_current; }
    void showSaveError(const QString& message);
    void clearSaveError();

private:
    std::vector<QLabel*> m_steps;
    QStringList m_names;
    QLabel* m_saveError;
    int m_current = -1;
};

} // namespace wsafix
