// Issue 18: the filter row of the Flows and Openings tables at the default
// window size (1400x900), in English and in Traditional Chinese. Each combo
// shows its whole "Any ..." choice and each text field its whole hint; a
// narrow dock still lets them give way (the row never pins a splitter).
#include "tests/support/TestPaths.h"
#include "tests/designer/DesignerFixture.h"

#include "views/panels/FlowsPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>

using namespace pp;

namespace {

/// The filter fields of the panel that show, by accessible name.
template<typename T> std::vector<T *> shownFields(views::FlowsPanel *panel)
{
    std::vector<T *> out;
    for (T *w : panel->findChildren<T *>())
        if (w->accessibleName().endsWith(QStringLiteral("filter"))
            || w->accessibleName().endsWith(QStringLiteral("篩選")))
            if (w->isVisibleTo(panel))
                out.push_back(w);
    return out;
}

/// Room for text inside a combo, as the style lays it out.
int comboTextWidth(QComboBox *box)
{
    QStyleOptionComboBox opt;
    opt.initFrom(box);
    opt.editable = box->isEditable();
    return box->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, box).width();
}

/// Room for text (or the placeholder) inside an empty line edit, as the
/// style lays it out, less the 2 px margins QLineEdit keeps either side.
int lineEditTextWidth(QLineEdit *edit)
{
    QStyleOptionFrame opt;
    opt.initFrom(edit);
    opt.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &opt, edit);
    const QRect r = edit->style()->subElementRect(QStyle::SE_LineEditContents, &opt, edit);
    const QMargins m = edit->textMargins();
    return r.width() - m.left() - m.right() - 4;
}

} // namespace

class TestFilterWidths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerFilterWidthTests"));
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
    }

    void nothingIsCut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_TW") << "zh_TW";
    }

    void nothingIsCut()
    {
        QFETCH(QString, language);
        const auto restore
            = qScopeGuard([] { QSettings().setValue(QStringLiteral("language"), QStringLiteral("en")); });
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->actions()->language(language)->trigger();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        views::FlowsPanel *panel = w->flowsPanel();
        // Set PORTPLANNER_SCREENSHOTS to a folder to look at the row.
        if (const QString dir = qEnvironmentVariable("PORTPLANNER_SCREENSHOTS"); !dir.isEmpty())
            panel->grab().save(QStringLiteral("%1/filters-%2.png").arg(dir, language));
        const auto combos = shownFields<QComboBox>(panel);
        const auto edits = shownFields<QLineEdit>(panel);
        QVERIFY(combos.size() >= 4); // source, destination, protocol, review
        QVERIFY(edits.size() >= 3); // host, port, seed ref
        for (QComboBox *box : combos) {
            box->setCurrentIndex(0);
            const int needed = box->fontMetrics().horizontalAdvance(box->itemText(0));
            QVERIFY2(!box->itemText(0).isEmpty(), qPrintable(box->accessibleName()));
            QVERIFY2(comboTextWidth(box) >= needed,
                     qPrintable(QStringLiteral("%1: %2 px for \"%3\" (%4 px)")
                                    .arg(box->accessibleName())
                                    .arg(comboTextWidth(box))
                                    .arg(box->itemText(0))
                                    .arg(needed)));
        }
        for (QLineEdit *edit : edits) {
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            const int room = lineEditTextWidth(edit);
            QVERIFY2(room >= needed,
                     qPrintable(QStringLiteral("%1: %2 px for \"%3\" (%4 px)")
                                    .arg(edit->accessibleName())
                                    .arg(room)
                                    .arg(edit->placeholderText())
                                    .arg(needed)));
        }
        // A narrow dock still gets its way: each field gives way to a few characters.
        for (QComboBox *box : combos)
            QVERIFY2(box->minimumWidth() > 0 && box->minimumWidth() <= 60, qPrintable(box->accessibleName()));
    }
};

QTEST_MAIN(TestFilterWidths)
#include "tst_filter_widths.moc"
