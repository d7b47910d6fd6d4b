#include "views/review/ReviewPanel.h"

#include "model/audit/PolicyAudit.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/engine/FlowText.h"
#include "model/design/DisplayText.h"
#include "model/review/ReviewSheet.h"
#include "views/review/CrossingText.h"

#include <QAccessible>
#include <QApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pp::views {

ReviewPanel::ReviewPanel(const DesignDocument *document, const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_position(new QLabel(this))
    , m_reviewerLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_detailTabs(new QTabWidget(this))
    , m_details(new QTextBrowser(this))
    , m_sources(new QTextBrowser(this))
    , m_reviewerEdit(new QLineEdit(this))
    , m_comment(new QPlainTextEdit(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_question(new QPushButton(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_nextUndecided(new QPushButton(this))
    , m_batch(new QPushButton(this))
    , m_history(new QListWidget(this))
{
    layOut();
    connectButtons();
    addShortcuts();
    connect(document, &DesignDocument::reviewsChanged, this, &ReviewPanel::refresh);
    retranslate();
}

void ReviewPanel::layOut()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_position->setObjectName(QStringLiteral("reviewPosition"));
    QFont bold = m_position->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_position->setFont(bold);
    layout->addWidget(m_position);
    layout->addWidget(m_progress);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_previous);
    nav->addWidget(m_next);
    nav->addWidget(m_nextUndecided);
    layout->addLayout(nav);
    // The crossing and its seed sections side by side as tabs: each reads
    // whole at 1400x900, without scrolling.
    for (QTextBrowser *browser : {m_details, m_sources}) {
        browser->setOpenLinks(false);
        browser->document()->setDefaultStyleSheet(
            QStringLiteral("p, li { margin-top: 1px; margin-bottom: 2px; } h3 { margin-top: 0; margin-bottom: 4px; }"));
    }
    m_detailTabs->addTab(m_details, QString());
    m_detailTabs->addTab(m_sources, QString());
    m_detailTabs->setDocumentMode(true);
    layout->addWidget(m_detailTabs, 3);

    auto *decision = new QGridLayout;
    m_reviewerLabel->setBuddy(m_reviewerEdit);
    decision->addWidget(m_reviewerLabel, 0, 0);
    decision->addWidget(m_reviewerEdit, 0, 1, 1, 2);
    m_comment->setMaximumHeight(54);
    decision->addWidget(m_comment, 1, 0, 1, 3);
    decision->addWidget(m_approve, 2, 0);
    decision->addWidget(m_reject, 2, 1);
    decision->addWidget(m_question, 2, 2);
    layout->addLayout(decision);
    layout->addWidget(m_batch);
    m_history->setMaximumHeight(72);
    layout->addWidget(m_history);
}

void ReviewPanel::connectButtons()
{
    m_reviewerEdit->setText(QSettings().value(QStringLiteral("reviewer")).toString());
    connect(m_reviewerEdit, &QLineEdit::editingFinished, this,
            [this] { QSettings().setValue(QStringLiteral("reviewer"), m_reviewerEdit->text().trimmed()); });
    connect(m_approve, &QPushButton::clicked, this, &ReviewPanel::approve);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPanel::reject);
    connect(m_question, &QPushButton::clicked, this, &ReviewPanel::question);
    connect(m_previous, &QPushButton::clicked, this, &ReviewPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &ReviewPanel::next);
    connect(m_nextUndecided, &QPushButton::clicked, this, &ReviewPanel::nextUndecided);
    connect(m_batch, &QPushButton::clicked, this, &ReviewPanel::approveLocalQuestionFallback);
}

/// Keyboard first: the reviewer's hands stay on the keys.
void ReviewPanel::addShortcuts()
{
    const std::pair<QKeySequence, void (ReviewPanel::*)()> keys[] = {
        {QKeySequence(Qt::ALT | Qt::Key_Right), &ReviewPanel::next},
        {QKeySequence(Qt::ALT | Qt::Key_Left), &ReviewPanel::previous},
        {QKeySequence(Qt::ALT | Qt::Key_Down), &ReviewPanel::nextUndecided},
        {QKeySequence(Qt::CTRL | Qt::Key_Return), &ReviewPanel::approve},
        {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_R), &ReviewPanel::reject},
        {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Q), &ReviewPanel::question},
    };
    for (const auto &[key, slot] : keys) {
        auto *shortcut = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::retranslate()
{
    // Labels stay short so the panel fits a side dock; the keys are in the tooltips.
    m_reviewerLabel->setText(tr("Re&viewer:"));
    m_detailTabs->setTabText(0, tr("Crossing"));
    m_detailTabs->setTabText(1, tr("Seed sections"));
    m_detailTabs->setAccessibleName(tr("Crossing details"));
    m_approve->setText(tr("&Approve"));
    m_approve->setToolTip(tr("Approve and go to the next crossing (Ctrl+Enter)"));
    m_reject->setText(tr("Reject"));
    m_reject->setToolTip(tr("Reject and go to the next crossing (Alt+Shift+R)"));
    m_question->setText(tr("Question"));
    m_question->setToolTip(tr("Question and go to the next crossing (Alt+Shift+Q)"));
    m_previous->setText(tr("◀ Previous"));
    m_previous->setToolTip(tr("Previous crossing (Alt+Left)"));
    m_next->setText(tr("Next ▶"));
    m_next->setToolTip(tr("Next crossing (Alt+Right)"));
    m_nextUndecided->setText(tr("Next undecided"));
    m_nextUndecided->setToolTip(tr("Next crossing without a current decision (Alt+Down)"));
    m_batch->setText(tr("Decide by traffic…"));
    m_batch->setToolTip(tr("Approve every pending local crossing and question every pending fallback-only one"));
    m_comment->setPlaceholderText(tr("Comment (why approved, what to ask, why rejected)"));
    m_reviewerEdit->setPlaceholderText(tr("Your name"));
    const struct
    {
        QWidget *w;
        QString name;
        QString description;
    } a11y[] = {
        {m_position, QString(), tr("Which crossing is shown, of how many")}, // its text is its name
        {m_progress, tr("Review progress"), tr("Crossings decided so far")},
        {m_details, tr("Crossing details"), tr("Flows, risk, reasons and recommendations")},
        {m_sources, tr("Seed sections"), tr("Where the documentation says so: the seed sections and their notes")},
        {m_reviewerEdit, tr("Reviewer"), tr("Your name, recorded with each decision")},
        {m_comment, tr("Comment"), tr("Recorded with the decision")},
        {m_approve, tr("Approve"), tr("Approve this crossing and go to the next")},
        {m_reject, tr("Reject"), tr("Reject this crossing and go to the next")},
        {m_question, tr("Question"), tr("Ask about this crossing and go to the next")},
        {m_previous, tr("Previous crossing"), QString()},
        {m_next, tr("Next crossing"), QString()},
        {m_nextUndecided, tr("Next undecided crossing"), tr("Skips crossings already decided and still current")},
        {m_batch, tr("Decide by traffic"), tr("Approves pending local crossings and questions pending fallback-only ones")},
        {m_history, tr("Decision history"), tr("Earlier decisions on this crossing")},
    };
    for (const auto &a : a11y) {
        if (!a.name.isEmpty())
            a.w->setAccessibleName(a.name);
        a.w->setAccessibleDescription(a.description);
    }
    show(m_index);
}

void ReviewPanel::setAnalysis(const AnalysisPtr &analysis)
{
    const QString key = currentKey();
    m_analysis = analysis;
    m_sheet.reset();
    refresh();
    const int again = m_sheet ? m_sheet->indexOf(key) : -1;
    show(again >= 0 ? again : m_sheet ? m_sheet->resumeIndex() : -1);
}

void ReviewPanel::setAudit(const AuditReport &report)
{
    m_audit = std::make_unique<AuditReport>(report);
    show(m_index);
}

QString ReviewPanel::detailsText() const
{
    return m_details->toPlainText();
}

void ReviewPanel::refresh()
{
    const QString key = currentKey();
    if (!m_analysis) {
        m_sheet.reset();
        show(-1);
        emit sheetChanged();
        return;
    }
    const Design &d = m_document->design();
    m_sheet = ReviewSheet::of(*m_analysis, m_catalog, d.reviews, d.reviewCursor);
    emit sheetChanged();
    const int again = m_sheet->indexOf(key);
    show(again >= 0 ? again : std::min(m_index, int(m_sheet->items().size()) - 1));
}

void ReviewPanel::resume()
{
    if (m_sheet)
        show(m_sheet->resumeIndex());
}

int ReviewPanel::itemCount() const
{
    return m_sheet ? int(m_sheet->items().size()) : 0;
}

QString ReviewPanel::currentCaption() const
{
    if (!m_sheet || !m_analysis || m_index < 0 || m_index >= itemCount())
        return {};
    const Opening &o = m_analysis->analysis.openings[size_t(m_sheet->items()[size_t(m_index)].opening)];
    const QString ports = QStringLiteral("%1 %2").arg(protocolName(o.protocol), o.portText);
    return o.firewall >= 0 ? QStringLiteral("%1: %2").arg(m_analysis->design.firewalls[size_t(o.firewall)].id, ports) : ports;
}

QString ReviewPanel::currentKey() const
{
    return m_sheet && m_index >= 0 && m_index < itemCount() ? m_sheet->items()[size_t(m_index)].key : QString();
}

QString ReviewPanel::reviewer() const
{
    return m_reviewerEdit->text().trimmed();
}

void ReviewPanel::setReviewer(const QString &name)
{
    m_reviewerEdit->setText(name);
}

void ReviewPanel::focusDecision()
{
    QWidget *target = reviewer().isEmpty() ? static_cast<QWidget *>(m_reviewerEdit)
        : m_approve->isEnabled()           ? static_cast<QWidget *>(m_approve)
                                           : static_cast<QWidget *>(m_details);
    target->setFocus(Qt::OtherFocusReason);
}

void ReviewPanel::announce(const QString &what)
{
    if (m_announced == what)
        return;
    m_announced = what;
    for (QWidget *w : {static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_reject),
                       static_cast<QWidget *>(m_question), static_cast<QWidget *>(m_previous),
                       static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_nextUndecided),
                       static_cast<QWidget *>(m_comment), static_cast<QWidget *>(m_details)})
        w->setAccessibleDescription(what);
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent renamed(m_position, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&renamed);
    // The button just pressed keeps the focus while the crossing changes
    // under it: announce it again so the new crossing is read out.
    QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus)) {
        QAccessibleEvent again(focus, QAccessible::Focus);
        QAccessible::updateAccessibility(&again);
    }
}

void ReviewPanel::updateProgress()
{
    const int total = itemCount();
    const int decided = total - (m_sheet ? m_sheet->needingDecision() : 0);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(decided);
    m_progress->setFormat(tr("%1 of %2 decided").arg(decided).arg(total));
    if (!m_sheet) {
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("%1 approved, %2 rejected, %3 questioned, %4 pending, %5 need re-review")
                           .arg(m_sheet->count(ReviewStatus::Approved))
                           .arg(m_sheet->count(ReviewStatus::Rejected))
                           .arg(m_sheet->count(ReviewStatus::Questioned))
                           .arg(m_sheet->count(ReviewStatus::Pending))
                           .arg(m_sheet->count(ReviewStatus::Stale)));
}

void ReviewPanel::show(int index)
{
    updateProgress();
    const int total = itemCount();
    const bool valid = index >= 0 && index < total;
    m_index = valid ? index : -1;
    for (QWidget *w : {static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_reject), static_cast<QWidget *>(m_question)})
        w->setEnabled(valid);
    m_previous->setEnabled(valid && index > 0);
    m_next->setEnabled(valid && index + 1 < total);
    m_batch->setEnabled(total > 0);
    m_history->clear();
    if (!valid) {
        m_position->setText(total == 0 ? tr("No boundary crossings to review") : tr("Review"));
        m_details->clear();
        m_sources->clear();
        return;
    }
    const ReviewItem &item = m_sheet->items()[size_t(index)];
    m_position->setText(tr("Crossing %1 of %2").arg(index + 1).arg(total));
    const CrossingText crossing(*m_analysis, m_catalog);
    m_details->setHtml(crossing.details(item) + (m_audit ? crossing.wideRules(item, *m_audit) : QString()));
    m_sources->setHtml(crossing.sources(item));
    m_history->setVisible(!item.history.empty());
    const Opening &opening = m_analysis->analysis.openings[size_t(item.opening)];
    const FlowText text(m_analysis->design, m_analysis->catalogOr(m_catalog));
    announce(tr("%1: %2 to %3, %4 %5, %6 risk, %7")
                 .arg(m_position->text(), text.zoneName(opening.fromZone), text.zoneName(opening.toZone),
                      protocolName(opening.protocol), opening.portText, riskLevelText(item.risk.level),
                      reviewStatusText(item.status)));
    for (const ReviewDecision *rd : item.history)
        m_history->addItem(QStringLiteral("%1  %2  %3%4").arg(rd->time, rd->reviewer, verdictText(rd->verdict),
                                                              rd->comment.isEmpty() ? QString() : QStringLiteral(": ") + rd->comment));
    m_comment->setPlainText(item.decision && item.status != ReviewStatus::Stale ? item.decision->comment : QString());
    requestFocus(m_analysis->analysis.openings[size_t(item.opening)]);
}

void ReviewPanel::requestFocus(const Opening &o)
{
    const Design &d = m_analysis->design;
    QStringList hosts;
    QSet<QString> pairs;
    for (int fi : o.flows) {
        const Flow &f = m_analysis->analysis.flows[size_t(fi)];
        const QString &a = d.hosts[size_t(f.from)].id;
        const QString &b = d.hosts[size_t(f.to)].id;
        hosts << a << b;
        pairs.insert(a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a);
    }
    hosts.removeDuplicates();
    emit focusRequested(hosts, pairs);
}

void ReviewPanel::moveTo(int index)
{
    show(index);
    if (m_index >= 0)
        emit cursorMoved(currentKey());
}

void ReviewPanel::next()
{
    if (m_index + 1 < itemCount())
        moveTo(m_index + 1);
}

void ReviewPanel::previous()
{
    if (m_index > 0)
        moveTo(m_index - 1);
}

void ReviewPanel::nextUndecided()
{
    if (!m_sheet)
        return;
    const int total = itemCount();
    for (int step = 1; step <= total; ++step) {
        const int i = (m_index + step) % total;
        const ReviewStatus s = m_sheet->items()[size_t(i)].status;
        if (s == ReviewStatus::Pending || s == ReviewStatus::Stale) {
            moveTo(i);
            return;
        }
    }
    emit message(tr("Every crossing has a current decision."));
}

void ReviewPanel::decide(Verdict verdict)
{
    if (!m_sheet || m_index < 0)
        return;
    if (reviewer().isEmpty()) {
        m_reviewerEdit->setFocus();
        emit message(tr("Enter your name first: every decision records who made it."));
        return;
    }
    QSettings().setValue(QStringLiteral("reviewer"), reviewer());
    const ReviewItem &item = m_sheet->items()[size_t(m_index)];
    const QString nextKey = m_index + 1 < itemCount() ? m_sheet->items()[size_t(m_index + 1)].key : item.key;
    const ReviewDecision d = ReviewSheet::decide(item, verdict, m_comment->toPlainText().trimmed(), reviewer(),
                                                 QDateTime::currentDateTimeUtc());
    m_comment->clear();
    emit decided(d, nextKey); // the document's reviewsChanged brings us to nextKey
    if (const int i = m_sheet ? m_sheet->indexOf(nextKey) : -1; i >= 0)
        show(i);
}

void ReviewPanel::approve() { decide(Verdict::Approve); }
void ReviewPanel::reject() { decide(Verdict::Reject); }
void ReviewPanel::question() { decide(Verdict::Question); }

void ReviewPanel::approveLocalQuestionFallback()
{
    if (!m_sheet)
        return;
    if (reviewer().isEmpty()) {
        m_reviewerEdit->setFocus();
        emit message(tr("Enter your name first: every decision records who made it."));
        return;
    }
    std::vector<ReviewDecision> decisions;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ReviewItem &item : m_sheet->items()) {
        if (item.status != ReviewStatus::Pending && item.status != ReviewStatus::Stale)
            continue;
        if (item.traffic == Traffic::Local)
            decisions.push_back(ReviewSheet::decide(item, Verdict::Approve, tr("Local traffic (batch)"), reviewer(), now));
        else if (item.traffic == Traffic::Fallback)
            decisions.push_back(ReviewSheet::decide(item, Verdict::Question, tr("Used only by boundary-group fallback (batch)"),
                                                    reviewer(), now));
    }
    if (decisions.empty()) {
        emit message(tr("No pending crossing to decide by traffic."));
        return;
    }
    emit decidedMany(decisions, currentKey());
}

} // namespace pp::views
