// A user's names for the request's object and service groups: one undo
// step each, kept in the design file, and a rename back to the generated
// name leaves nothing behind.
#include "app/commands/Edits.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/file/DesignFile.h"
#include "tests/support/TestDesign.h"

#include <QTest>
#include <QUndoStack>

using namespace pp;

class TestGroupRenames : public QObject
{
    Q_OBJECT

private slots:
    void renameUndoRedo()
    {
        DesignDocument doc;
        doc.reset(test::TestDesign::primaryWithServer().design);
        QUndoStack stack;
        commands::Edits edits(&stack, &doc, Catalog::builtin());
        const Design before = doc.design();

        QVERIFY(edits.renameGroup(QStringLiteral("DC_SiteServers"), QStringLiteral("  TPE_CM_Servers ")));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Rename group DC_SiteServers"));
        QCOMPARE(doc.design().changeRequest.groupNames.value(QStringLiteral("DC_SiteServers")),
                 QStringLiteral("TPE_CM_Servers"));

        // Kept in the file, and read back the same.
        const LoadResult r = DesignFile::parse(DesignFile::serialize(doc.design()), Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r.design->changeRequest == doc.design().changeRequest);
        QVERIFY(DesignFile::serialize(doc.design()).contains("\"groupNames\": {\"DC_SiteServers\": \"TPE_CM_Servers\"}")
                || DesignFile::serialize(doc.design()).contains("\"DC_SiteServers\": \"TPE_CM_Servers\""));

        stack.undo();
        QVERIFY(doc.design() == before);
        stack.redo();
        QVERIFY(doc.design().changeRequest.groupNames.contains(QStringLiteral("DC_SiteServers")));

        // The same name again changes nothing; the generated name (or an
        // empty one) removes the rename.
        QVERIFY(!edits.renameGroup(QStringLiteral("DC_SiteServers"), QStringLiteral("TPE_CM_Servers")));
        QVERIFY(edits.renameGroup(QStringLiteral("DC_SiteServers"), QStringLiteral("DC_SiteServers")));
        QVERIFY(doc.design().changeRequest.groupNames.isEmpty());
        QVERIFY(DesignFile::serialize(doc.design()) == DesignFile::serialize(before));
        QVERIFY(!edits.renameGroup(QStringLiteral("DC_SiteServers"), QString()));
    }
};

QTEST_GUILESS_MAIN(TestGroupRenames)
#include "tst_group_renames.moc"
