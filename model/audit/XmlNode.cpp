#include "model/audit/XmlNode.h"

namespace pp {

const XmlNode *XmlNode::child(QStringView t) const
{
    for (const auto &c : children)
        if (c->tag == t)
            return c.get();
    return nullptr;
}

std::vector<const XmlNode *> XmlNode::all(QStringView t) const
{
    std::vector<const XmlNode *> out;
    for (const auto &c : children)
        if (c->tag == t)
            out.push_back(c.get());
    return out;
}

QStringList XmlNode::members(QStringView t) const
{
    QStringList out;
    if (const XmlNode *list = child(t))
        for (const XmlNode *m : list->all(u"member"))
            out << m->text;
    return out;
}

QString XmlNode::where() const
{
    return name.isEmpty() ? QStringLiteral("<%1> at line %2").arg(tag).arg(line)
                          : QStringLiteral("<%1 name=\"%2\"> at line %3").arg(tag, name.left(80)).arg(line);
}

} // namespace pp
