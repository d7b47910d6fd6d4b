#pragma once

// QSignalSpy on every signal of a DesignDocument, for tests of the document
// and of the undo layer that drives it: after each step, exactly the
// expected notifications and nothing else.

#include <QSignalSpy>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace pp {
class DesignDocument;
}

namespace pp::test {

class DocumentSpy
{
public:
    explicit DocumentSpy(const DesignDocument *document);

    /// What the spies caught since the last call, signal by signal in the
    /// order DesignDocument declares them: "hostAdded(dp1)",
    /// "changed(structural)", "changed(hosts: a, b)"... Clears the spies.
    QStringList take();

private:
    std::vector<std::pair<QString, std::unique_ptr<QSignalSpy>>> m_spies;
};

} // namespace pp::test
