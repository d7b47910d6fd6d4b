#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace pp::cli {

/// A plain-text table with aligned columns for terminals. Widths count
/// characters, and East Asian wide characters as two.
class TextTable
{
public:
    explicit TextTable(QStringList headers) : m_headers(std::move(headers)) {}
    void addRow(QStringList cells) { m_rows << std::move(cells); }
    QString toString() const;

private:
    QStringList m_headers;
    QVector<QStringList> m_rows;
};

} // namespace pp::cli
