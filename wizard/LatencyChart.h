#pragma once
// Connection time per attempt of the Verify page's TCP series: a line through the successful attempts and
// markers (in the error colour) at the failed ones. Colours follow the palette so that dark mode works.

#include "diagnostics/Inventory.h"

#include "PaletteChartView.h"

#include <vector>

namespace wsafix {

class LatencyChart : public PaletteChartView
{
    Q_OBJECT

public:
    explicit LatencyChart(QWidget* parent = nullptr);

    void setAttempts(const std::vector<TcpProbeResult>& attempts);
    int connectedPoints() const { return m_connected; }
    int failedPoints() const { return m_failed; }

private:
    int m_connected = 0;
    int m_failed = 0;
};

} // namespace wsafix
