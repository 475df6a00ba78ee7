#include "TcpStateChart.h"

#include "diagnostics/Names.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <string_view>

namespace wsafix {
namespace {

// Bars in the order a reader looks for them: live connections and attempts first, then the leftovers.
constexpr std::array<TcpState, 14> kOrder{
    TcpState::Established, TcpState::SynSent,  TcpState::SynReceived, TcpState::TimeWait, TcpState::CloseWait,
    TcpState::FinWait1,    TcpState::FinWait2, TcpState::Closing,     TcpState::LastAck,  TcpState::Listen,
    TcpState::Bound,       TcpState::Closed,   TcpState::DeleteTcb,   TcpState::Unknown,
};

bool sameName(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
               return std::tolower(x) == std::tolower(y);
           });
}

QString endpoint(std::string_view address, std::uint16_t port)
{
    const QString a = QString::fromUtf8(address.data(), static_cast<qsizetype>(address.size()));
    return (a.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(a).arg(port);
}

} // namespace

TcpStateChart::TcpStateChart(QWidget* parent) : PaletteChartView(parent)
{
    setObjectName(QStringLiteral("detect.tcpStateChart"));
    setAccessibleName(tr("TCP sockets per state"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 200);
    auto* chart = new QChart; // owned by the view
    chart->legend()->hide();  // one set: the title says what the bars count
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    clear();
}

void TcpStateChart::clear()
{
    m_comparing = false;
    m_before.clear();
    m_states.clear();
    m_remotes.clear();
    redraw(tr("The TCP states appear here when the examination ends."));
}

void TcpStateChart::setComparison(const std::map<std::string, int>& before, const std::map<std::string, int>& after,
                                  const QString& scope, bool haveBefore)
{
    m_comparing = haveBefore;
    m_machineWide = scope.isEmpty();
    m_target = scope;
    m_remotes.clear();
    m_states.clear();
    m_before.clear();
    const auto count = [](const std::map<std::string, int>& counts, std::string_view state) {
        const auto it = counts.find(std::string(state));
        return it == counts.end() ? 0 : it->second;
    };
    for (const TcpState state : kOrder) {
        const std::string_view name = tcpStateName(state);
        const int now = count(after, name), then = count(before, name);
        if (now == 0 && (!haveBefore || then == 0))
            continue;
        m_states.emplace_back(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())), now);
        if (haveBefore)
            m_before.push_back(then);
    }
    const QString whose = m_machineWide ? tr("the whole machine") : scope;
    redraw(haveBefore ? tr("TCP states of %1: at detect time and now").arg(whose)
                      : tr("TCP states of %1 now (no examination before the fix to compare with)").arg(whose));
}

void TcpStateChart::setSockets(const std::vector<SocketEntry>& sockets, const Intake& intake)
{
    m_comparing = false;
    m_before.clear();
    m_machineWide = intake.pid == 0 && intake.process.empty();
    m_target = intake.pid              ? tr("PID %1").arg(intake.pid)
               : intake.process.empty() ? QString()
                                        : QString::fromStdString(intake.process);

    // One pass over what may be 50,000 sockets; endpoints are keyed by views into `sockets`, not copies.
    std::array<int, kOrder.size()> perState{};
    std::map<std::pair<std::string_view, std::uint16_t>, int> perRemote;
    int total = 0;
    for (const SocketEntry& s : sockets) {
        if (s.transport != Transport::Tcp)
            continue;
        if (intake.pid ? s.pid != intake.pid : !intake.process.empty() && !sameName(s.processName, intake.process))
            continue;
        ++total;
        const auto slot = std::find(kOrder.begin(), kOrder.end(), s.state);
        ++perState[static_cast<std::size_t>(slot - kOrder.begin())];
        if (!s.remoteAddress.empty())
            ++perRemote[{s.remoteAddress, s.remotePort}];
    }

    m_states.clear();
    for (std::size_t i = 0; i < kOrder.size(); ++i)
        if (perState[i] > 0) {
            const std::string_view name = tcpStateName(kOrder[i]);
            m_states.emplace_back(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())), perState[i]);
        }

    std::vector<std::pair<std::pair<std::string_view, std::uint16_t>, int>> remotes(perRemote.begin(),
                                                                                     perRemote.end());
    const std::size_t top = std::min<std::size_t>(5, remotes.size());
    std::partial_sort(remotes.begin(), remotes.begin() + static_cast<std::ptrdiff_t>(top), remotes.end(),
                      [](const auto& a, const auto& b) { return a.second > b.second; });
    m_remotes.clear();
    for (std::size_t i = 0; i < top; ++i)
        m_remotes.emplace_back(endpoint(remotes[i].first.first, remotes[i].first.second), remotes[i].second);

    const QString counted = total == 1 ? tr("1 TCP socket") : tr("%1 TCP sockets").arg(total);
    if (m_machineWide)
        redraw(tr("TCP states of the whole machine (%1; no target program was given)").arg(counted));
    else if (total == 0)
        redraw(tr("%1 has no TCP sockets").arg(m_target));
    else
        redraw(tr("TCP states of %1 (%2)").arg(m_target, counted));
}

void TcpStateChart::redraw(const QString& title)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (auto* axis : c->axes())
        c->removeAxis(axis);

    auto* set = new QBarSet(m_comparing ? tr("now") : tr("sockets"));
    auto* before = m_comparing ? new QBarSet(tr("at detect")) : nullptr;
    QStringList categories;
    int most = 0;
    for (std::size_t i = 0; i < m_states.size(); ++i) {
        const auto& [state, count] = m_states[i];
        categories << state;
        *set << count;
        most = std::max(most, count);
        if (before) {
            *before << m_before[i];
            most = std::max(most, m_before[i]);
        }
    }
    c->legend()->setVisible(m_comparing);
    auto* series = new QBarSeries(c);
    series->setObjectName(objectName() + QStringLiteral(".series"));
    if (before)
        series->append(before);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(m_states.size() < 3 ? 0.4 : 0.7); // two fat bars look like a mistake
    c->addSeries(series);

    auto* x = new QBarCategoryAxis(c);
    x->append(categories);
    auto* y = new QValueAxis(c);
    // Room above the tallest bar for its label; whole sockets only.
    y->setRange(0, std::max(4.0, most * 1.15));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("sockets"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    c->setTitle(title);
    applyPalette();

    // The text alternative of the bars, for screen readers: the title, then each state with its count(s).
    QStringList bars;
    for (std::size_t i = 0; i < m_states.size(); ++i)
        bars << (m_comparing
                     ? tr("%1: %2 at detect, %3 now").arg(m_states[i].first).arg(m_before[i]).arg(m_states[i].second)
                     : tr("%1: %2").arg(m_states[i].first).arg(m_states[i].second));
    setAccessibleDescription(bars.isEmpty() ? title : title + QStringLiteral(". ") + bars.join(QStringLiteral("; ")));
}

void TcpStateChart::applyPalette()
{
    PaletteChartView::applyPalette();
    const QPalette p = palette();
    for (auto* series : chart()->series())
        if (auto* bars = qobject_cast<QBarSeries*>(series))
            for (auto* set : bars->barSets()) {
                // "at detect" (the first set when comparing) in a muted colour, "now" highlighted.
                const bool past = m_comparing && set == bars->barSets().front();
                const QColor colour = past ? p.color(QPalette::Mid) : p.color(QPalette::Highlight);
                set->setColor(colour);
                set->setBorderColor(colour.darker(130));
                set->setLabelColor(p.color(QPalette::Text));
            }
}

} // namespace wsafix
