#pragma once

#include <QByteArray>
#include <QString>

#include "model/audit/XmlNode.h"

#include <memory>
#include <vector>

namespace pp {

/// A parsed XML file (XmlNode), or why it is not one.
struct XmlTree
{
    std::unique_ptr<XmlNode> root;
    QString error;            ///< "line 4, column 9: ..."

    static XmlTree parse(const QByteArray &bytes);
};

} // namespace pp
