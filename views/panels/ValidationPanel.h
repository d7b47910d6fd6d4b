#pragma once

#include <QWidget>

#include "model/engine/AnalysisSnapshot.h"

class QLabel;
class QListView;

namespace pp::views {

class FindingsModel;

/// Errors and warnings; activating one selects the hosts it names.
class ValidationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationPanel(QWidget *parent = nullptr);
    void setAnalysis(const AnalysisPtr &analysis);
    QListView *view() const { return m_view; }
    FindingsModel *model() const { return m_model; }
    void retranslate();

signals:
    void hostsRequested(const QStringList &hostIds);
    void siteRequested(const QString &code);

private:
    FindingsModel *m_model;
    QListView *m_view;
    QLabel *m_summary;
    AnalysisPtr m_analysis;
};

} // namespace pp::views
