#pragma once
// Training mode's answer on the Verify page: how well the trainee chose (the engine's TrainingReview), in a
// frame that only training sessions show.

#include "diagnostics/TrainingReview.h"

#include <QFrame>

class QLabel;

namespace wsafix {

class TrainingReviewPanel : public QFrame
{
    Q_OBJECT

public:
    explicit TrainingReviewPanel(QWidget* parent = nullptr);

    void showReview(const TrainingReview& review);
    void clear();
    /// The headline shown for `grade`, e.g. "Well chosen".
    static QString headline(TrainingReview::Grade grade);

private:
    QLabel* m_icon;
    QLabel* m_headline;
    QLabel* m_text;
};

} // namespace wsafix
