#include "tests/support/DocumentSpy.h"

#include "model/document/DesignDocument.h"

namespace pp::test {

DocumentSpy::DocumentSpy(const DesignDocument *d)
{
    using D = DesignDocument;
    auto spy = [this, d](const char *name, auto signal) {
        m_spies.emplace_back(QString::fromLatin1(name), std::make_unique<QSignalSpy>(d, signal));
    };
    spy("designReset", &D::designReset);
    spy("hostAdded", &D::hostAdded);
    spy("hostRemoved", &D::hostRemoved);
    spy("hostChanged", &D::hostChanged);
    spy("zoneAdded", &D::zoneAdded);
    spy("zoneRemoved", &D::zoneRemoved);
    spy("zoneChanged", &D::zoneChanged);
    spy("siteAdded", &D::siteAdded);
    spy("siteRemoved", &D::siteRemoved);
    spy("siteChanged", &D::siteChanged);
    spy("linksChanged", &D::linksChanged);
    spy("propertiesChanged", &D::propertiesChanged);
    spy("reviewsChanged", &D::reviewsChanged);
    spy("boundaryGroupsChanged", &D::boundaryGroupsChanged);
    spy("changed", &D::changed);
}

QStringList DocumentSpy::take()
{
    QStringList caught;
    for (auto &[name, spy] : m_spies) {
        for (const QList<QVariant> &args : std::as_const(*spy)) {
            if (args.isEmpty()) {
                caught << name;
            } else if (args.front().metaType() == QMetaType::fromType<DesignChange>()) {
                const auto change = args.front().value<DesignChange>();
                caught << (change.structural
                               ? QStringLiteral("changed(structural)")
                               : QStringLiteral("changed(hosts: %1)").arg(change.hosts.join(QStringLiteral(", "))));
            } else {
                caught << QStringLiteral("%1(%2)").arg(name, args.front().toString());
            }
        }
        spy->clear();
    }
    return caught;
}

} // namespace pp::test
