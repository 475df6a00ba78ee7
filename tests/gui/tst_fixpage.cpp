// Fix page: the recommended fixes least invasive first, applying them to the simulated machine, Actions in
// the record, the honest "not simulated" and "real machine" cases, and the commit-page behaviour.
#include "FakeSystem.h"
#include "FixPage.h"
#include "GuiTestSupport.h"

#include "diagnostics/SystemFactory.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace wsafix;
using namespace wsafix::test;

namespace {

// Intake → Detect (waits for the run) → Fix.
FixPage* toFixPage(WizardFixture& f)
{
    if (!clickForward(*f.wizard))
        return nullptr;
    if (!waitForNext(*f.wizard))
        return nullptr;
    if (!clickForward(*f.wizard) || f.wizard->currentId() != WsafixWizard::Page_Fix)
        return nullptr;
    return f.wizard->findChild<FixPage*>();
}

int rowOf(QTreeWidget* list, const QString& fixId)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->toolTip(FixPage::FixColumn) == fixId)
            return i;
    return -1;
}

} // namespace

class TestFixPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void listsRecommendedFixesGentlestFirst()
    {
        WizardFixture f("lsp-adware");
        FixPage* page = toFixPage(f);
        QVERIFY(page);
        QVERIFY(f.wizard->page(WsafixWizard::Page_Fix)->isCommitPage());
        const std::vector<std::string> expected{"remove-provider:1010", "winsock-reset"};
        QCOMPARE(page->recommendedFixes(), expected);
        auto* list = f.find<QTreeWidget>("fix.list");
        QVERIFY(list->topLevelItem(0)->text(FixPage::WhyColumn).contains(QStringLiteral("layered service provider")));
        QCOMPARE(list->topLevelItem(0)->checkState(FixPage::FixColumn), Qt::Checked);   // the gentlest is ticked
        QCOMPARE(list->topLevelItem(1)->checkState(FixPage::FixColumn), Qt::Unchecked); // the reset is not
        QVERIFY(f.find<QPushButton>("fix.apply")->isVisible());
        screenshot(*f.wizard, QStringLiteral("3-fix-before"), f.stateDir.path());
    }

    void applyChangesTheSimulatedMachineAndRecordsAnAction()
    {
        WizardFixture f("lsp-adware");
        QVERIFY(toFixPage(f));
        QTest::mouseClick(f.find<QPushButton>("fix.apply"), Qt::LeftButton);

        auto* list = f.find<QTreeWidget>("fix.list");
        QCOMPARE(list->topLevelItem(0)->text(FixPage::StatusColumn), QStringLiteral("applied"));
        const SessionRecord& r = f.record();
        QCOMPARE(r.actions.size(), std::size_t(1));
        QCOMPARE(r.actions[0].fixId, std::string("remove-provider:1010"));
        QCOMPARE(r.actions[0].outcome, std::string("applied"));
        QVERIFY(r.actions[0].commands.empty()); // nothing ran on a real machine
        QVERIFY(!r.actions[0].started.empty() && !r.actions[0].finished.empty());
        QCOMPARE(r.simulatedFixes, std::vector<std::string>{"remove-provider:1010"});
        QCOMPARE(f.saved().actions, r.actions);

        // A second click does not apply it twice.
        QTest::mouseClick(f.find<QPushButton>("fix.apply"), Qt::LeftButton);
        QCOMPARE(f.record().actions.size(), std::size_t(1));
        screenshot(*f.wizard, QStringLiteral("3-fix-applied"), f.stateDir.path());

        // Committing moves on without applying anything more.
        QVERIFY(clickForward(*f.wizard));
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Verify));
        QCOMPARE(f.record().actions.size(), std::size_t(1));
    }

    void commitAppliesWhatIsTicked()
    {
        WizardFixture f("lsp-adware");
        QVERIFY(toFixPage(f));
        QCOMPARE(f.wizard->button(QWizard::CommitButton)->text(), QStringLiteral("Continue to &verify"));
        QVERIFY(clickForward(*f.wizard));
        QCOMPARE(f.record().actions.size(), std::size_t(1));
        QCOMPARE(f.record().actions[0].outcome, std::string("applied"));
    }

    void notSimulatedIsSaidSo()
    {
        Intake in;
        in.code = "0x00002748";
        in.process = "OUTLOOK.EXE";
        WizardFixture f("lsp-adware", in);
        FixPage* page = toFixPage(f);
        QVERIFY(page);
        QCOMPARE(page->recommendedFixes().front(), std::string("lsp-bypass:OUTLOOK.EXE"));
        QVERIFY(page->setChecked("lsp-bypass:OUTLOOK.EXE", true));
        QVERIFY(page->setChecked("remove-provider:1010", false));
        QTest::mouseClick(f.find<QPushButton>("fix.apply"), Qt::LeftButton);
        auto* list = f.find<QTreeWidget>("fix.list");
        const int row = rowOf(list, QStringLiteral("lsp-bypass:OUTLOOK.EXE"));
        QVERIFY(list->topLevelItem(row)
                    ->text(FixPage::StatusColumn)
                    .contains(QStringLiteral("not simulated in this scenario")));
        QCOMPARE(f.record().actions.size(), std::size_t(1));
        QCOMPARE(f.record().actions[0].outcome, std::string("failed"));
        QCOMPARE(f.record().actions[0].detail, std::string("not simulated in this scenario"));
        QVERIFY(f.record().simulatedFixes.empty());
    }

    void realMachineOnlyLists()
    {
        // A non-simulated machine whose catalog holds a third-party layered provider.
        class LayeredFake : public FakeSystem
        {
        public:
            Probed<std::vector<CatalogEntry>> catalog() override
            {
                auto result = FakeSystem::catalog();
                CatalogEntry lsp;
                lsp.catalogId = 1010;
                lsp.name = "SpeedSurf LSP";
                lsp.providerPath = "C:\\SpeedSurf\\ssurf64.dll";
                lsp.kind = CatalogEntry::Kind::Layered;
                result.value.push_back(lsp);
                return result;
            }
        };
        WizardFixture f({}, {}, std::make_unique<LayeredFake>());
        FixPage* page = toFixPage(f);
        QVERIFY(page);
        QVERIFY(f.find<QLabel>("fix.intro")->text().contains(QStringLiteral("cannot apply fixes on a real machine")));
        QVERIFY(!f.find<QPushButton>("fix.apply")->isVisible());
        auto* list = f.find<QTreeWidget>("fix.list");
        QVERIFY(list->topLevelItemCount() >= 1);
        QVERIFY(!list->topLevelItem(0)->data(FixPage::FixColumn, Qt::CheckStateRole).isValid()); // no tick boxes
        screenshot(*f.wizard, QStringLiteral("3-fix-real-machine"), f.stateDir.path());
        QVERIFY(clickForward(*f.wizard));
        QVERIFY(f.record().actions.empty());
    }

    void nothingToFixOnClean()
    {
        WizardFixture f("clean");
        FixPage* page = toFixPage(f);
        QVERIFY(page);
        QVERIFY(page->recommendedFixes().empty());
        QVERIFY(f.find<QLabel>("fix.intro")->text().startsWith(QStringLiteral("Nothing needs fixing")));
        // Training still offers what the scenario simulates (a reset "to be safe"), unticked, so that a trainee
        // can learn from Verify that it was not needed.
        QCOMPARE(page->otherFixes(), std::vector<std::string>{"winsock-reset"});
        auto* list = f.find<QTreeWidget>("fix.list");
        QCOMPARE(list->topLevelItem(0)->checkState(FixPage::FixColumn), Qt::Unchecked);
    }
};

QTEST_MAIN(TestFixPage)
#include "tst_fixpage.moc"
