#include "ProbeTab.h"

#include "SocketProxyModel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace wsafix {

ProbeTab::ProbeTab(const QString& name, QAbstractItemModel* model, bool filterable, QWidget* parent,
                   QSortFilterProxyModel* proxy)
    : QWidget(parent), m_model(model), m_proxy(proxy ? proxy : new QSortFilterProxyModel(this)), m_stack(new QStackedWidget(this)),
      m_view(new QTableView(this)), m_unavailable(new QLabel(this)), m_count(new QLabel(this)),
      m_copy(new QPushButton(tr("Co&py table"), this)), m_filterDelay(new QTimer(this))
{
    setObjectName(name);
    m_proxy->setParent(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(name + QStringLiteral(".table"));
    m_view->setModel(m_proxy);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the probe's order until a header click
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table (arrows move between cells): no keyboard trap
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 50,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_unavailable->setObjectName(name + QStringLiteral(".unavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_unavailable);

    m_copy->setObjectName(name + QStringLiteral(".copy"));
    m_copy->setToolTip(tr("Copies the rows shown, tab-separated, for a ticket or a spreadsheet."));
    connect(m_copy, &QPushButton::clicked, this, &ProbeTab::copyToClipboard);

    m_count->setObjectName(name + QStringLiteral(".count"));

    auto* bar = new QHBoxLayout;
    if (filterable) {
        m_filter = new QLineEdit(this);
        m_filter->setObjectName(name + QStringLiteral(".filter"));
        m_filter->setAccessibleName(tr("Filter the rows"));
        m_filter->setPlaceholderText(tr("Filter: program, PID, address, port or state"));
        m_filter->setClearButtonEnabled(true);
        // Filtering 50,000 rows takes a moment: filter once typing pauses, not on every key.
        m_filterDelay->setSingleShot(true);
        m_filterDelay->setInterval(150);
        connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
        connect(m_filterDelay, &QTimer::timeout, this, [this] {
            applyFilter(m_filter->text());
            updateCount();
        });
        auto* label = new QLabel(tr("&Filter:"), this);
        label->setBuddy(m_filter);
        bar->addWidget(label);
        bar->addWidget(m_filter, 1);
    } else {
        bar->addStretch(1);
    }
    bar->addWidget(m_count);
    bar->addWidget(m_copy);

    // Tab follows the page: the filter, Copy, then the table (created first).
    if (m_filter)
        setTabOrder(m_filter, m_copy);
    setTabOrder(m_copy, m_view);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &ProbeTab::updateCount);
    setTitle(name.section(QLatin1Char('.'), -1));
    updateCount();
}

void ProbeTab::setTitle(const QString& title)
{
    m_title = title;
    m_view->setAccessibleName(tr("%1 table").arg(title));
    m_copy->setAccessibleName(tr("Copy the %1 table").arg(title));
}

void ProbeTab::setAvailable()
{
    m_stack->setCurrentWidget(m_view);
    m_copy->setEnabled(true);
    if (m_filter)
        m_filter->setEnabled(true);
    updateCount();
}

void ProbeTab::setUnavailable(const QString& reason)
{
    m_unavailable->setText(tr("unavailable: %1").arg(reason));
    m_unavailable->setAccessibleName(tr("%1: %2").arg(m_title, m_unavailable->text()));
    m_stack->setCurrentWidget(m_unavailable);
    m_copy->setEnabled(false);
    if (m_filter)
        m_filter->setEnabled(false);
    m_count->clear();
}

bool ProbeTab::isAvailable() const
{
    return m_stack->currentWidget() == m_view;
}

void ProbeTab::setFilterText(const QString& text)
{
    if (m_filter) {
        m_filter->setText(text);
        m_filterDelay->stop(); // set by the program: apply at once
    }
    applyFilter(text);
    updateCount();
}

void ProbeTab::applyFilter(const QString& text)
{
    if (auto* sockets = qobject_cast<SocketProxyModel*>(m_proxy))
        sockets->setFilterText(text);
    else
        m_proxy->setFilterFixedString(text);
}

QString ProbeTab::tableText() const
{
    QString out;
    const int columns = m_proxy->columnCount();
    const auto cell = [](QString s) {
        return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    for (int c = 0; c < columns; ++c)
        out += (c ? QStringLiteral("\t") : QString()) + cell(m_proxy->headerData(c, Qt::Horizontal).toString());
    out += QLatin1Char('\n');
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        for (int c = 0; c < columns; ++c)
            out += (c ? QStringLiteral("\t") : QString()) + cell(m_proxy->index(r, c).data().toString());
        out += QLatin1Char('\n');
    }
    return out;
}

void ProbeTab::copyToClipboard()
{
    QApplication::clipboard()->setText(tableText());
}

void ProbeTab::fitColumns()
{
    m_view->resizeColumnsToContents();
    // A long DLL path or message should not push the other columns off screen.
    const int cap = qMax(240, m_view->viewport()->width() / 2);
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        if (m_view->columnWidth(c) > cap)
            m_view->setColumnWidth(c, cap);
}

void ProbeTab::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("Rows: %1").arg(total) : tr("Rows: %1 of %2").arg(shown).arg(total));
}

} // namespace wsafix
