#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace pp {

/// A small read-only element tree over QXmlStreamReader (Qt Core has no
/// DOM): names, the "name" attribute, text and line numbers, bounded in
/// depth and size so a hostile file cannot exhaust the stack or memory.
struct XmlNode
{
    QString tag;
    QString name;             ///< the "name" attribute (PAN-OS entries)
    QString text;             ///< trimmed text content
    int line = 0;
    std::vector<std::unique_ptr<XmlNode>> children;

    const XmlNode *child(QStringView tag) const;
    std::vector<const XmlNode *> all(QStringView tag) const; ///< direct children with that tag
    /// Texts of <member> children of the child `tag` (PAN-OS lists).
    QStringList members(QStringView tag) const;
    /// "rules/entry[name=x]": for messages.
    QString where() const;
};

struct XmlTree
{
    std::unique_ptr<XmlNode> root;
    QString error;            ///< "line 4, column 9: ..."

    static XmlTree parse(const QByteArray &bytes);
};

} // namespace pp
