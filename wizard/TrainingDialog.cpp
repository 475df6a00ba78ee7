#include "TrainingDialog.h"

#include "EngineText.h"

#include "diagnostics/Scenario.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <exception>

namespace wsafix {
namespace {

constexpr int kNameRole = Qt::UserRole;
constexpr int kStoryRole = Qt::UserRole + 1;

} // namespace

TrainingDialog::TrainingDialog(QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_story(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(tr("wsafix — training mode"));
    auto* intro = new QLabel(tr("Practise on a simulated computer. Pick a machine and read its story; the wizard "
                                "then examines that machine. Fixes change only the simulation, and the Verify "
                                "step tells you whether you chose well. Nothing on this computer changes."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("training.list"));
    m_list->setAccessibleName(tr("Training scenarios"));
    m_list->setWordWrap(true); // titles are whole sentences: wrap them rather than cut them off
    m_list->setSpacing(2);
    for (const auto& name : builtinScenarioNames()) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(kNameRole, QString::fromStdString(name));
        try {
            const Scenario s = loadScenario(name);
            item->setText(EngineText::translate(s.title));
            item->setData(kStoryRole, EngineText::translate(s.story));
        } catch (const std::exception& e) {
            // A broken built-in is a build error the engine tests catch; say so rather than hide the entry.
            item->setText(QString::fromStdString(name));
            item->setData(kStoryRole, tr("This scenario cannot be loaded: %1").arg(QString::fromUtf8(e.what())));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
        item->setToolTip(QString::fromStdString(name));
    }
    m_story->setObjectName(QStringLiteral("training.story"));
    m_story->setAccessibleName(tr("The story of the chosen scenario"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Start training"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("training.start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] { showStory(); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addWidget(m_story, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    showStory();
    resize(820, 420);
}

std::string TrainingDialog::chosenScenario() const
{
    const auto* item = m_list->currentItem();
    return item ? item->data(kNameRole).toString().toStdString() : std::string();
}

bool TrainingDialog::select(const std::string& scenario)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kNameRole).toString().toStdString() == scenario) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

void TrainingDialog::showStory()
{
    const auto* item = m_list->currentItem();
    m_start->setEnabled(item && (item->flags() & Qt::ItemIsEnabled));
    if (!item) {
        m_story->clear();
        return;
    }
    m_story->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><p><i>%3</i></p>")
                         .arg(item->text().toHtmlEscaped(), item->data(kStoryRole).toString().toHtmlEscaped(),
                              tr("Scenario: %1").arg(item->data(kNameRole).toString()).toHtmlEscaped()));
}

} // namespace wsafix
