#pragma once

#include <QGroupBox>

#include "model/design/Design.h"

class QCheckBox;
class QFormLayout;

namespace pp {
class DesignDocument;
} // namespace pp

namespace pp::views {

/// The site options of the current-branch catalog (configmgr-current-2022):
/// Windows PE peer cache and express installation files. They show where the
/// design's catalog has rows that read them (or where they are on, so they
/// can be turned off); the box hides otherwise. A change leaves as the
/// site before and after, for the undo layer.
class SiteOptionsEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit SiteOptionsEditor(const DesignDocument *document, QWidget *parent = nullptr);

    void setSite(const QString &code);
    void refresh();

signals:
    void siteEdited(const pp::Site &before, const pp::Site &after);

private:
    void commit();

    const DesignDocument *m_document;
    QString m_code;
    bool m_loading = false;
    QFormLayout *m_form;
    QCheckBox *m_peerCache;
    QCheckBox *m_express;
};

} // namespace pp::views
