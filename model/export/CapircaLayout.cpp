#include "model/export/CapircaLayout.h"

#include "model/export/CapircaWriter.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ExportProgress.h"

#include <QDir>
#include <QSaveFile>

namespace pp {

namespace {

bool commit(QSaveFile &file, QString *error)
{
    if (file.commit())
        return true;
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

bool open(QSaveFile &file, QString *error)
{
    if (file.open(QIODevice::WriteOnly))
        return true;
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

} // namespace

bool CapircaLayout::write(const ExportInput &input, const QString &dir, const QString &device, QStringList *written,
                          QStringList *warnings, QString *error)
{
    const QDir root(dir);
    if (!root.mkpath(QStringLiteral("policies/pol")) || !root.mkpath(QStringLiteral("def"))) {
        if (error)
            *error = QStringLiteral("cannot create the folders under %1").arg(dir);
        return false;
    }
    for (const RequestSection &section : input.request.sections) {
        if (!device.isEmpty() && section.device != device)
            continue;
        QSaveFile pol(root.filePath(QStringLiteral("policies/pol/%1.pol").arg(deviceFileStem(section))));
        if (!open(pol, error))
            return false;
        CapircaWriter writer;
        writer.setDevice(section.device);
        ExportProgress progress;
        if (!writer.write(input, pol, progress, error) || !commit(pol, error))
            return false;
        if (written)
            *written << pol.fileName();
        if (warnings)
            *warnings << writer.warnings();
    }
    QSaveFile net(root.filePath(QStringLiteral("def/NETWORK.net")));
    QSaveFile svc(root.filePath(QStringLiteral("def/SERVICES.svc")));
    if (!open(net, error) || !open(svc, error) || !CapircaWriter::writeDefinitions(input, net, svc, error)
        || !commit(net, error) || !commit(svc, error))
        return false;
    if (written)
        *written << net.fileName() << svc.fileName();
    return true;
}

} // namespace pp
