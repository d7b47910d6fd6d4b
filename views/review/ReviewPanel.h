#pragma once

#include <QSet>
#include <QWidget>

#include "model/engine/AnalysisSnapshot.h"

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace pp {
struct AuditReport;
class Catalog;
class DesignDocument;
class ReviewSheet;
struct Flow;
struct Opening;
struct ReviewItem;
} // namespace pp

namespace pp::views {

/// The security review walkthrough: one boundary crossing at a time,
/// highest risk first, with its flows, risk and reasons, the seed sections
/// it rests on, recommendations, and approve / reject / question. Keyboard
/// driven; decisions leave as signals for the undo layer.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    ReviewPanel(const DesignDocument *document, const Catalog &catalog, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    void setAnalysis(const AnalysisPtr &analysis);
    /// Issue 15: the latest audit against an existing policy: each crossing
    /// then lists the policy's rules that reach its hosts wider than needed.
    void setAudit(const AuditReport &report);
    /// The crossing's details as plain text (tests, accessibility).
    QString detailsText() const;
    /// Rebuilds from the document's decisions, keeping the position.
    void refresh();
    /// Jumps to where the reviewer left off.
    void resume();
    int currentIndex() const { return m_index; }
    int itemCount() const;
    QString currentKey() const;
    /// The current crossing as the canvas labels its lines: "TCP 443", with
    /// the device for a firewall's opening ("fw-dc: TCP 443").
    QString currentCaption() const;
    QString reviewer() const;
    void setReviewer(const QString &name);
    const ReviewSheet *sheet() const { return m_sheet.get(); }
    void retranslate();
    /// Puts the keyboard on the decision: the reviewer's name while it is
    /// empty, else Approve (Start or Resume Walkthrough).
    void focusDecision();

    void next();
    void previous();
    void nextUndecided();
    void approve();
    void reject();
    void question();
    /// Approves every pending local crossing and questions every pending
    /// fallback-only one (rule 9's traffic), in one step.
    void approveLocalQuestionFallback();

signals:
    /// A decision to record; `cursor` is where the walkthrough moves next.
    void decided(const pp::ReviewDecision &decision, const QString &cursor);
    /// Several decisions as one undoable step.
    void decidedMany(const std::vector<pp::ReviewDecision> &decisions, const QString &cursor);
    /// The canvas should show these hosts and connections.
    void focusRequested(const QStringList &hostIds, const QSet<QString> &pairKeys);
    /// The reviewer stepped to another crossing (Previous, Next, Next
    /// undecided): the document's review cursor should follow. Showing the
    /// position the document already has (resume, refresh) says nothing.
    void cursorMoved(const QString &key);
    void message(const QString &text);
    /// The sheet was rebuilt (new analysis or decisions): statuses may differ.
    void sheetChanged();

private:
    // The constructor's parts.
    void layOut();
    void connectButtons();
    void addShortcuts();

    void show(int index);
    /// Shows a crossing the reviewer stepped to, and says so (cursorMoved).
    void moveTo(int index);
    /// Asks the canvas to show the hosts and connections of an opening.
    void requestFocus(const Opening &opening);
    void decide(Verdict verdict);
    void updateProgress();
    /// Tells a screen reader which crossing is shown now: the position's
    /// name changes, and the focused control (still the button that was
    /// pressed) is announced again with the crossing as its description.
    void announce(const QString &what);

    const DesignDocument *m_document;
    const Catalog &m_catalog;
    AnalysisPtr m_analysis;
    std::shared_ptr<const ReviewSheet> m_sheet; ///< the analysis's own, or one against newer decisions
    std::unique_ptr<AuditReport> m_audit; ///< null until an audit has run
    int m_index = -1;
    QString m_announced;

    QLabel *m_position;
    QLabel *m_reviewerLabel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTabWidget *m_detailTabs;
    QTextBrowser *m_details;
    QTextBrowser *m_sources;
    QLineEdit *m_reviewerEdit;
    QPlainTextEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_question;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_nextUndecided;
    QPushButton *m_batch;
    QListWidget *m_history;
};

} // namespace pp::views
