// The detect page against a machine with 50,000 sockets (issue 4): the longest gap between ticks of a 1 ms timer on
// the GUI thread, per phase (examination until the tables are filled, typing into the socket filter, sorting a
// column, clearing the filter), and the peak RSS (VmHWM) at the end. Offscreen; results in bench/DETECT-PAGE.md.
#include "FakeSystem.h"
#include "GuiTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace wsafix;
using namespace wsafix::test;

namespace {

// Ticks every millisecond (precise timer) and keeps the longest time between two ticks since reset().
class GapMeter : public QObject
{
public:
    GapMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = qMax(m_longest, m_clock.restart());
        });
        m_timer.start();
        m_clock.start();
    }
    void reset()
    {
        m_longest = 0;
        m_clock.restart();
    }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    return -1;
}

// Runs the event loop until `done` or `timeoutMs`; false on timeout. Not QTest::qWait: it sleeps 10 ms at a time,
// which the meter would count as a stall. The meter's 1 ms timer wakes the loop.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    waitFor([&t, ms] { return t.elapsed() >= ms; }, ms + 1000);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::size_t count = argc > 1 ? std::stoul(argv[1]) : 50000;

    auto system = std::make_unique<FakeSystem>();
    system->socketCount = count;
    WizardFixture f({}, {}, std::move(system));
    auto* table = f.find<QTableView>("detect.sockets.table");
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    auto* filter = f.find<QLineEdit>("detect.sockets.filter");
    spin(50); // let the wizard settle before measuring

    GapMeter meter;
    int worst = 0;
    bool ok = true;
    const auto phase = [&](const char* name, const std::function<void()>& act, const std::function<bool()>& done) {
        meter.reset();
        QElapsedTimer wall;
        wall.start();
        act();
        ok = waitFor(done, 60000) && ok;
        spin(20); // a gap that ends after `done` still counts
        const auto gap = meter.longest();
        worst = qMax(worst, static_cast<int>(gap));
        std::printf("%-34s wall %6lld ms   longest GUI gap %5lld ms\n", name, static_cast<long long>(wall.elapsed()),
                    static_cast<long long>(gap));
    };

    phase("examine until the tables are filled", [&] { clickForward(*f.wizard); },
          [&] { return f.wizard->button(QWizard::NextButton)->isEnabled() && proxy->rowCount() == int(count); });
    phase("show the sockets tab", [&] { f.find<QTabWidget>("detect.tabs")->setCurrentIndex(1); }, [] { return true; });
    phase("type \"app7.exe\" into the filter", [&] { QTest::keyClicks(filter, QStringLiteral("app7.exe")); },
          [&] { return proxy->rowCount() == int(count / 40); });
    phase("sort by PID, descending", [&] { table->sortByColumn(4, Qt::DescendingOrder); }, [] { return true; });
    phase("sort by remote address", [&] { table->sortByColumn(2, Qt::AscendingOrder); }, [] { return true; });
    phase("clear the filter (all rows, sorted)", [&] { filter->clear(); },
          [&] { return proxy->rowCount() == int(count); });
    phase("sort by program", [&] { table->sortByColumn(5, Qt::AscendingOrder); }, [] { return true; });
    f.controller().waitForSaved();

    const long rss = peakRssKiB();
    std::printf("%zu sockets: longest GUI-thread gap %d ms (limit 50), peak RSS %.1f MB (limit 150)%s\n", count, worst,
                rss / 1024.0, ok ? "" : "  [a phase timed out]");
    return ok && worst <= 50 && rss / 1024.0 < 150 ? 0 : 1;
}
