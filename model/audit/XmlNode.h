#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

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

} // namespace pp
