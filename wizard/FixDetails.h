#pragma once
// The fix page's details of the fix selected in the checklist: what it does, why the findings ask for it, its
// badges, whether the auto-revert guard watches it, why it cannot run here, the snapshot it takes first and the
// exact commands.

#include <QTextBrowser>

#include <chrono>
#include <string>

namespace wsafix {

class Fix;

class FixDetails : public QTextBrowser
{
    Q_OBJECT

public:
    struct Content
    {
        QString title;
        std::string fixId;
        const Fix* fix = nullptr;     ///< null when the machine has no such fix (then FixText explains it)
        QString askedBy;              ///< the findings that ask for it
        QString badges;               ///< in words; empty when none
        QString blocked;              ///< why it cannot run here; empty when it can
        QString commands;             ///< the exact commands as last listed; empty while being listed
        std::chrono::seconds guarded; ///< the guard's time-out when it watches this fix, else 0
    };

    explicit FixDetails(QWidget* parent = nullptr);

    void show(const Content& content);
};

} // namespace wsafix
