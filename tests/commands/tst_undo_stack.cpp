// The undo layer on a QUndoStack, without a GUI, in the manner of qtbase's
// tst_qundostack: after every push, undo and redo, the stack's state and
// exactly which of its signals fired, and what the document announced.
#include "tests/support/DocumentSpy.h"
#include "tests/support/TestDesign.h"

#include "app/commands/CommandIds.h"
#include "app/commands/Edits.h"
#include "app/commands/PatchCommand.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace pp;
using commands::DesignPatch;
using commands::PatchCommand;

namespace {

Design base()
{
    test::TestDesign t;
    t.site(QStringLiteral("PS1")).zone(QStringLiteral("dc")).zone(QStringLiteral("dmz"), ZoneKind::Perimeter);
    t.host(QStringLiteral("ss"), QStringLiteral("dc"), QStringLiteral("PS1"), {QStringLiteral("site_server")});
    t.host(QStringLiteral("mp"), QStringLiteral("dc"), QStringLiteral("PS1"), {QStringLiteral("management_point")});
    t.host(QStringLiteral("dp"), QStringLiteral("dmz"), QStringLiteral("PS1"), {QStringLiteral("distribution_point")});
    t.design.catalog = Catalog::builtin().id();
    return t.design;
}

DesignPatch moveBy(const DesignDocument &doc, const QString &host, qreal dx)
{
    const Host *h = doc.host(host);
    Host after = *h;
    after.pos += QPointF(dx, 0);
    DesignPatch p;
    p.hosts.push_back({host, doc.hostIndex(host), *h, after});
    return p;
}

DesignPatch addHost(const DesignDocument &doc, const QString &id)
{
    Host h;
    h.id = id;
    h.zone = QStringLiteral("dc");
    h.roles = {QStringLiteral("software_update_point")};
    DesignPatch p;
    p.hosts.push_back({id, int(doc.design().hosts.size()), std::nullopt, h});
    return p;
}

/// QSignalSpy on the stack's signals, as qtbase's tst_qundostack keeps them.
struct StackSpy
{
    explicit StackSpy(const QUndoStack *stack)
        : index(stack, &QUndoStack::indexChanged)
        , clean(stack, &QUndoStack::cleanChanged)
        , canUndo(stack, &QUndoStack::canUndoChanged)
        , undoText(stack, &QUndoStack::undoTextChanged)
        , canRedo(stack, &QUndoStack::canRedoChanged)
        , redoText(stack, &QUndoStack::redoTextChanged)
    {
    }

    QSignalSpy index;
    QSignalSpy clean;
    QSignalSpy canUndo;
    QSignalSpy undoText;
    QSignalSpy canRedo;
    QSignalSpy redoText;
};

} // namespace

// The stack's state, and for each group of its signals whether it fired
// (exactly once, with the new value) or not at all. A macro, as in qtbase,
// so that a failed comparison ends the test function.
#define CHECK_STACK(_spy, _stack, _isClean, _cnt, _idx, _undoable, _undoLabel, _redoable, _redoLabel, _cleanFired,     \
                    _indexFired, _undoFired, _redoFired)                                                               \
    do {                                                                                                               \
        QCOMPARE((_stack).count(), (_cnt));                                                                            \
        QCOMPARE((_stack).index(), (_idx));                                                                            \
        QCOMPARE((_stack).isClean(), (_isClean));                                                                      \
        QCOMPARE((_stack).canUndo(), (_undoable));                                                                     \
        QCOMPARE((_stack).undoText(), QString(_undoLabel));                                                            \
        QCOMPARE((_stack).canRedo(), (_redoable));                                                                     \
        QCOMPARE((_stack).redoText(), QString(_redoLabel));                                                            \
        if (_cleanFired) {                                                                                             \
            QCOMPARE((_spy).clean.count(), 1);                                                                         \
            QCOMPARE((_spy).clean.at(0).at(0).toBool(), (_isClean));                                                   \
        } else {                                                                                                       \
            QCOMPARE((_spy).clean.count(), 0);                                                                         \
        }                                                                                                              \
        if (_indexFired) {                                                                                             \
            QCOMPARE((_spy).index.count(), 1);                                                                         \
            QCOMPARE((_spy).index.at(0).at(0).toInt(), (_idx));                                                        \
        } else {                                                                                                       \
            QCOMPARE((_spy).index.count(), 0);                                                                         \
        }                                                                                                              \
        if (_undoFired) {                                                                                              \
            QCOMPARE((_spy).canUndo.count(), 1);                                                                       \
            QCOMPARE((_spy).canUndo.at(0).at(0).toBool(), (_undoable));                                                \
            QCOMPARE((_spy).undoText.count(), 1);                                                                      \
            QCOMPARE((_spy).undoText.at(0).at(0).toString(), QString(_undoLabel));                                     \
        } else {                                                                                                       \
            QCOMPARE((_spy).canUndo.count(), 0);                                                                       \
            QCOMPARE((_spy).undoText.count(), 0);                                                                      \
        }                                                                                                              \
        if (_redoFired) {                                                                                              \
            QCOMPARE((_spy).canRedo.count(), 1);                                                                       \
            QCOMPARE((_spy).canRedo.at(0).at(0).toBool(), (_redoable));                                                \
            QCOMPARE((_spy).redoText.count(), 1);                                                                      \
            QCOMPARE((_spy).redoText.at(0).at(0).toString(), QString(_redoLabel));                                     \
        } else {                                                                                                       \
            QCOMPARE((_spy).canRedo.count(), 0);                                                                       \
            QCOMPARE((_spy).redoText.count(), 0);                                                                      \
        }                                                                                                              \
        for (QSignalSpy * s :                                                                                          \
             {&(_spy).index, &(_spy).clean, &(_spy).canUndo, &(_spy).undoText, &(_spy).canRedo, &(_spy).redoText})     \
            s->clear();                                                                                                \
    } while (false)

class TestUndoStack : public QObject
{
    Q_OBJECT

private slots:
    void pushUndoRedo()
    {
        DesignDocument doc;
        doc.reset(base());
        QUndoStack stack;
        StackSpy spy(&stack);
        test::DocumentSpy docSpy(&doc);
        CHECK_STACK(spy, stack, true, 0, 0, false, "", false, "", false, false, false, false);

        stack.push(new PatchCommand(&doc, addHost(doc, QStringLiteral("sup")), QStringLiteral("Add sup")));
        CHECK_STACK(spy, stack, false, 1, 1, true, "Add sup", false, "", true, true, true, true);
        QCOMPARE(docSpy.take(),
                 (QStringList {QStringLiteral("hostAdded(sup)"), QStringLiteral("changed(structural)")}));
        QCOMPARE(doc.hostIndex(QStringLiteral("sup")), 3);

        stack.push(new PatchCommand(&doc, moveBy(doc, QStringLiteral("sup"), 40), QStringLiteral("Move sup")));
        CHECK_STACK(spy, stack, false, 2, 2, true, "Move sup", false, "", false, true, true, true);
        QCOMPARE(docSpy.take(),
                 (QStringList {QStringLiteral("hostChanged(sup)"), QStringLiteral("changed(hosts: sup)")}));

        stack.undo();
        CHECK_STACK(spy, stack, false, 2, 1, true, "Add sup", true, "Move sup", false, true, true, true);
        QCOMPARE(docSpy.take(),
                 (QStringList {QStringLiteral("hostChanged(sup)"), QStringLiteral("changed(hosts: sup)")}));
        QCOMPARE(doc.host(QStringLiteral("sup"))->pos, QPointF());

        stack.undo();
        CHECK_STACK(spy, stack, true, 2, 0, false, "", true, "Add sup", true, true, true, true);
        QCOMPARE(docSpy.take(),
                 (QStringList {QStringLiteral("hostRemoved(sup)"), QStringLiteral("changed(structural)")}));
        QVERIFY(!doc.host(QStringLiteral("sup")));

        stack.undo(); // nothing left: nothing happens
        CHECK_STACK(spy, stack, true, 2, 0, false, "", true, "Add sup", false, false, false, false);
        QCOMPARE(docSpy.take(), QStringList());

        stack.redo();
        CHECK_STACK(spy, stack, false, 2, 1, true, "Add sup", true, "Move sup", true, true, true, true);
        QCOMPARE(docSpy.take(),
                 (QStringList {QStringLiteral("hostAdded(sup)"), QStringLiteral("changed(structural)")}));

        stack.redo();
        CHECK_STACK(spy, stack, false, 2, 2, true, "Move sup", false, "", false, true, true, true);
        QCOMPARE(doc.host(QStringLiteral("sup"))->pos, QPointF(40, 0));

        // Saving marks the stack clean; undoing past it makes it dirty again.
        stack.setClean();
        CHECK_STACK(spy, stack, true, 2, 2, true, "Move sup", false, "", true, false, false, false);
        stack.undo();
        CHECK_STACK(spy, stack, false, 2, 1, true, "Add sup", true, "Move sup", true, true, true, true);
        docSpy.take();

        // A new edit after an undo drops the redo step.
        stack.push(new PatchCommand(&doc, moveBy(doc, QStringLiteral("mp"), 20), QStringLiteral("Move mp")));
        CHECK_STACK(spy, stack, false, 2, 2, true, "Move mp", false, "", false, true, true, true);
        QCOMPARE(docSpy.take(),
                 (QStringList {QStringLiteral("hostChanged(mp)"), QStringLiteral("changed(hosts: mp)")}));
    }

    void emptyPatchNeverReachesTheStack()
    {
        DesignDocument doc;
        doc.reset(base());
        QUndoStack stack;
        StackSpy spy(&stack);
        test::DocumentSpy docSpy(&doc);
        stack.push(new PatchCommand(&doc, moveBy(doc, QStringLiteral("mp"), 0), QStringLiteral("Nothing")));
        CHECK_STACK(spy, stack, true, 0, 0, false, "", false, "", false, false, false, false);
        QCOMPARE(docSpy.take(), QStringList());
    }

    void nudgesMergeIntoOneStep()
    {
        DesignDocument doc;
        doc.reset(base());
        const QPointF start = doc.host(QStringLiteral("mp"))->pos;
        QUndoStack stack;
        stack.push(new PatchCommand(&doc, addHost(doc, QStringLiteral("sup")), QStringLiteral("Add sup")));
        StackSpy spy(&stack);
        test::DocumentSpy docSpy(&doc);

        stack.push(new PatchCommand(&doc, moveBy(doc, QStringLiteral("mp"), 10), QStringLiteral("Nudge"),
                                    commands::NudgeHosts));
        CHECK_STACK(spy, stack, false, 2, 2, true, "Nudge", false, "", false, true, true, true);
        stack.push(new PatchCommand(&doc, moveBy(doc, QStringLiteral("mp"), 10), QStringLiteral("Nudge"),
                                    commands::NudgeHosts));
        // Merged: the same step, announced again.
        CHECK_STACK(spy, stack, false, 2, 2, true, "Nudge", false, "", false, true, true, true);
        QCOMPARE(doc.host(QStringLiteral("mp"))->pos, start + QPointF(20, 0));
        docSpy.take();

        // Another host's nudge is a step of its own.
        stack.push(new PatchCommand(&doc, moveBy(doc, QStringLiteral("dp"), 10), QStringLiteral("Nudge"),
                                    commands::NudgeHosts));
        CHECK_STACK(spy, stack, false, 3, 3, true, "Nudge", false, "", false, true, true, true);
        stack.undo();
        CHECK_STACK(spy, stack, false, 3, 2, true, "Nudge", true, "Nudge", false, true, true, true);
        docSpy.take();

        stack.undo(); // both nudges of mp at once
        CHECK_STACK(spy, stack, false, 3, 1, true, "Add sup", true, "Nudge", false, true, true, true);
        QCOMPARE(doc.host(QStringLiteral("mp"))->pos, start);
        QCOMPARE(docSpy.take(),
                 (QStringList {QStringLiteral("hostChanged(mp)"), QStringLiteral("changed(hosts: mp)")}));
    }

    void nudgedThereAndBackLeavesTheStack()
    {
        DesignDocument doc;
        doc.reset(base());
        QUndoStack stack;
        stack.push(new PatchCommand(&doc, addHost(doc, QStringLiteral("sup")), QStringLiteral("Add sup")));
        StackSpy spy(&stack);
        stack.push(new PatchCommand(&doc, moveBy(doc, QStringLiteral("mp"), 10), QStringLiteral("Nudge"),
                                    commands::NudgeHosts));
        CHECK_STACK(spy, stack, false, 2, 2, true, "Nudge", false, "", false, true, true, true);
        stack.push(new PatchCommand(&doc, moveBy(doc, QStringLiteral("mp"), -10), QStringLiteral("Nudge"),
                                    commands::NudgeHosts));
        CHECK_STACK(spy, stack, false, 1, 1, true, "Add sup", false, "", false, true, true, true);
    }

    void nudgeDoesNotMergeIntoTheSavedStep()
    {
        DesignDocument doc;
        doc.reset(base());
        QUndoStack stack;
        stack.push(new PatchCommand(&doc, moveBy(doc, QStringLiteral("mp"), 10), QStringLiteral("Nudge"),
                                    commands::NudgeHosts));
        stack.setClean();
        StackSpy spy(&stack);
        stack.push(new PatchCommand(&doc, moveBy(doc, QStringLiteral("mp"), 10), QStringLiteral("Nudge"),
                                    commands::NudgeHosts));
        // Undo must be able to return to what was saved.
        CHECK_STACK(spy, stack, false, 2, 2, true, "Nudge", false, "", true, true, true, true);
    }

    void reviewCursorMovesAreOneUndoableStep()
    {
        DesignDocument doc;
        doc.reset(base());
        QUndoStack stack;
        commands::Edits edits(&stack, &doc, Catalog::builtin());
        StackSpy spy(&stack);
        test::DocumentSpy docSpy(&doc);
        const QString move = QObject::tr("Move in the review");
        const QStringList moved {QStringLiteral("reviewsChanged"), QStringLiteral("changed(hosts: )")};

        edits.moveReviewCursor(QStringLiteral("a"));
        CHECK_STACK(spy, stack, false, 1, 1, true, move, false, "", true, true, true, true);
        QCOMPARE(docSpy.take(), moved);
        edits.moveReviewCursor(QStringLiteral("b"));
        CHECK_STACK(spy, stack, false, 1, 1, true, move, false, "", false, true, true, true);
        QCOMPARE(docSpy.take(), moved);
        QCOMPARE(doc.design().reviewCursor, QStringLiteral("b"));

        edits.moveReviewCursor(QStringLiteral("b")); // where it is already
        CHECK_STACK(spy, stack, false, 1, 1, true, move, false, "", false, false, false, false);
        QCOMPARE(docSpy.take(), QStringList());

        // A decision is a step of its own; undo takes it back first.
        ReviewDecision rd;
        rd.key = QStringLiteral("b");
        rd.verdict = Verdict::Approve;
        rd.reviewer = QStringLiteral("Mei-Ling");
        edits.addReviewDecision(rd, QStringLiteral("c"));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(doc.design().reviewCursor, QStringLiteral("c"));
        stack.undo();
        QCOMPARE(doc.design().reviews.size(), size_t(0));
        QCOMPARE(doc.design().reviewCursor, QStringLiteral("b"));
        stack.undo();
        QCOMPARE(doc.design().reviewCursor, QString());
        QVERIFY(stack.isClean());
        docSpy.take();
        for (QSignalSpy *s : {&spy.index, &spy.clean, &spy.canUndo, &spy.undoText, &spy.canRedo, &spy.redoText})
            s->clear();

        // Moved there and back: the step leaves the stack, the document is clean again.
        stack.clear();
        edits.moveReviewCursor(QStringLiteral("a"));
        for (QSignalSpy *s : {&spy.index, &spy.clean, &spy.canUndo, &spy.undoText, &spy.canRedo, &spy.redoText})
            s->clear();
        edits.moveReviewCursor(QString());
        CHECK_STACK(spy, stack, true, 0, 0, false, "", false, "", true, true, true, true);
        QCOMPARE(doc.design().reviewCursor, QString());
    }
};

QTEST_GUILESS_MAIN(TestUndoStack)
#include "tst_undo_stack.moc"
