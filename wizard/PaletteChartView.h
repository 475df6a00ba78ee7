#pragma once
// A chart view that takes its colours from the widget palette (QtCharts has its own themes), so that
// every chart of the wizard follows the system palette and dark mode.

#include <QtCharts/QChartView>

namespace wsafix {

class PaletteChartView : public QChartView
{
    Q_OBJECT

public:
    explicit PaletteChartView(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;
    /// Colours the chart, its axes and legend from the palette; subclasses colour their series on top.
    virtual void applyPalette();
};

} // namespace wsafix
