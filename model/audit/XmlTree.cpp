#include "model/audit/XmlTree.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace pp {

namespace {
constexpr int MaxXmlDepth = 64;
constexpr int MaxXmlNodes = 2000000;
} // namespace

XmlTree XmlTree::parse(const QByteArray &bytes)
{
    XmlTree tree;
    QXmlStreamReader xml(bytes);
    std::vector<XmlNode *> stack;
    int nodes = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            tree.error = QStringLiteral("line %1: a DOCTYPE is not allowed in a policy file").arg(xml.lineNumber());
            return tree;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (int(stack.size()) >= MaxXmlDepth || ++nodes > MaxXmlNodes) {
                tree.error = QStringLiteral("line %1: elements nested deeper than %2 or more than %3 of them")
                                 .arg(xml.lineNumber()).arg(MaxXmlDepth).arg(MaxXmlNodes);
                tree.root.reset();
                return tree;
            }
            auto node = std::make_unique<XmlNode>();
            node->tag = xml.name().toString();
            node->name = xml.attributes().value(QLatin1String("name")).toString();
            node->line = int(xml.lineNumber());
            XmlNode *raw = node.get();
            if (stack.empty()) {
                if (tree.root) {
                    tree.error = QStringLiteral("line %1: a second root element").arg(xml.lineNumber());
                    tree.root.reset();
                    return tree;
                }
                tree.root = std::move(node);
            } else {
                stack.back()->children.push_back(std::move(node));
            }
            stack.push_back(raw);
        } else if (token == QXmlStreamReader::EndElement) {
            stack.back()->text = stack.back()->text.trimmed();
            stack.pop_back();
        } else if (token == QXmlStreamReader::Characters && !stack.empty()) {
            if (stack.back()->text.size() < 100000)
                stack.back()->text += xml.text();
        }
    }
    if (xml.hasError()) {
        tree.root.reset();
        tree.error = QStringLiteral("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
    } else if (!tree.root) {
        tree.error = QStringLiteral("line 1: no XML element");
    }
    return tree;
}

} // namespace pp
