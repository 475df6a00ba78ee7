#pragma once
// Bar chart of the target process's TCP sockets per state (only the states present), or of the whole machine
// when the intake names no program. Also counts the target's sockets per remote endpoint (the reconnect
// pattern shows as many sockets to one endpoint). Colours follow the palette so that dark mode works.

#include "diagnostics/Inventory.h"
#include "diagnostics/SessionRecord.h"

#include <QString>
#include "PaletteChartView.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace wsafix {

class TcpStateChart : public PaletteChartView
{
    Q_OBJECT

public:
    explicit TcpStateChart(QWidget* parent = nullptr);

    /// Counts the TCP sockets of `intake`'s process (its PID, else its name, case-insensitively), or of every
    /// process when the intake names none, and redraws.
    void setSockets(const std::vector<SocketEntry>& sockets, const Intake& intake);
    /// Removes the bars, e.g. while a new examination runs.
    void clear();
    /// Before/after bars (Verify): TCP state name -> sockets at detect time and now, for `scope` (a program, or
    /// empty for the whole machine). Without a baseline only the "now" bars are drawn.
    void setComparison(const std::map<std::string, int>& before, const std::map<std::string, int>& after,
                       const QString& scope, bool haveBefore);
    /// In comparison mode: the "at detect" count of each bar, in the order of stateCounts() (which holds "now").
    const std::vector<int>& beforeCounts() const { return m_before; }

    /// ("ESTABLISHED", 2), … in the order of the bars.
    const std::vector<std::pair<QString, int>>& stateCounts() const { return m_states; }
    /// The remote endpoints with the most sockets, most first, at most five.
    const std::vector<std::pair<QString, int>>& topRemotes() const { return m_remotes; }
    /// True when the counts are machine-wide because no target program was given.
    bool isMachineWide() const { return m_machineWide; }
    /// "OrderSync.exe", "PID 4242" or empty when machine-wide.
    QString targetText() const { return m_target; }

protected:
    void applyPalette() override;

private:
    void redraw(const QString& title);

    std::vector<std::pair<QString, int>> m_states;
    std::vector<int> m_before; ///< comparison mode only: one count per entry of m_states
    bool m_comparing = false;
    std::vector<std::pair<QString, int>> m_remotes;
    QString m_target;
    bool m_machineWide = true;
};

} // namespace wsafix
