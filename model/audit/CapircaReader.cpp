#include "model/audit/CapircaReader.h"

#include "model/audit/RuleText.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace pp {

namespace {

using ruletext::shown;

constexpr int MaxDefinitionNesting = 16;
constexpr int MaxTermValues = 100000; ///< values one term may expand to (fan-out bombs)

/// NAME = tokens, continued on the lines below; '#' starts a comment.
struct CapircaDefinitions
{
    QHash<QString, QStringList> networks, services;
    QString error;

    bool load(const QString &file, const QByteArray &bytes, QHash<QString, QStringList> &into)
    {
        QString current;
        int n = 0;
        for (const QString &raw : QString::fromUtf8(bytes).split(QLatin1Char('\n'))) {
            ++n;
            const QString line = raw.section(QLatin1Char('#'), 0, 0).trimmed();
            if (line.isEmpty())
                continue;
            if (const qsizetype eq = line.indexOf(QLatin1Char('=')); eq > 0) {
                current = line.left(eq).trimmed();
                if (current.contains(QLatin1Char(' '))) {
                    error = QStringLiteral("%1 line %2: \"%3\" is not a name").arg(file).arg(n).arg(shown(current));
                    return false;
                }
                into[current] += line.mid(eq + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            } else if (current.isEmpty()) {
                error = QStringLiteral("%1 line %2: a value before any NAME =").arg(file).arg(n);
                return false;
            } else {
                into[current] += line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            }
        }
        return true;
    }
};

class CapircaParser
{
public:
    explicit CapircaParser(const CapircaDefinitions &defs) : m_defs(defs) {}
    PolicyReadResult run(const QByteArray &bytes);

private:
    bool fail(int line, const QString &message)
    {
        m_error = QStringLiteral("line %1: %2").arg(line).arg(message);
        return false;
    }
    bool network(const QString &name, AddressSet &out, int depth, int line);
    bool ports(const QString &name, QList<QPair<QString, PortSet>> &out, int depth, int line);
    bool term(const QString &name, const QHash<QString, QStringList> &keys, int line);
    bool header(const QHash<QString, QStringList> &keys);

    const CapircaDefinitions &m_defs;
    QString m_error;
    Policy m_policy;
    PolicyChain m_chain;
    QStringList m_from, m_to; ///< zones of the current filter
    int m_filters = 0;
    int m_expanded = 0; ///< values expanded for the current term
};

bool CapircaParser::network(const QString &name, AddressSet &out, int depth, int line)
{
    if (depth > MaxDefinitionNesting)
        return fail(line, QStringLiteral("network %1 nests deeper than %2 (a loop?)").arg(shown(name)).arg(MaxDefinitionNesting));
    if (++m_expanded > MaxTermValues)
        return fail(line, QStringLiteral("the term's definitions expand to more than %1 values").arg(MaxTermValues));
    if (const auto r = IpRange::parse(name); r && depth > 0) {
        out.add(*r);
        return true;
    }
    const auto it = m_defs.networks.constFind(name);
    if (it == m_defs.networks.constEnd())
        return fail(line, QStringLiteral("network %1 is not defined in the .net files").arg(shown(name)));
    for (const QString &t : *it)
        if (!network(t, out, depth + 1, line))
            return false;
    return true;
}

bool CapircaParser::ports(const QString &name, QList<QPair<QString, PortSet>> &out, int depth, int line)
{
    if (depth > MaxDefinitionNesting)
        return fail(line, QStringLiteral("service %1 nests deeper than %2 (a loop?)").arg(shown(name)).arg(MaxDefinitionNesting));
    if (++m_expanded > MaxTermValues)
        return fail(line, QStringLiteral("the term's definitions expand to more than %1 values").arg(MaxTermValues));
    if (depth > 0 && name.contains(QLatin1Char('/'))) {
        const auto p = ruletext::ports(name.section(QLatin1Char('/'), 0, 0));
        if (!p)
            return fail(line, QStringLiteral("service value %1 is not PORT/PROTOCOL").arg(shown(name)));
        out.append({name.section(QLatin1Char('/'), 1, 1).toLower(), *p});
        return true;
    }
    const auto it = m_defs.services.constFind(name);
    if (it == m_defs.services.constEnd())
        return fail(line, QStringLiteral("service %1 is not defined in the .svc files").arg(shown(name)));
    for (const QString &t : *it)
        if (!ports(t, out, depth + 1, line))
            return false;
    return true;
}

bool CapircaParser::header(const QHash<QString, QStringList> &keys)
{
    ++m_filters;
    m_from.clear();
    m_to.clear();
    const QStringList target = keys.value(QStringLiteral("target"));
    for (int i = 0; i + 1 < target.size(); ++i) {
        if (target[i] == QLatin1String("from") || target[i] == QLatin1String("from-zone"))
            m_from = {target[i + 1]};
        if (target[i] == QLatin1String("to") || target[i] == QLatin1String("to-zone"))
            m_to = {target[i + 1]};
    }
    return true;
}

bool CapircaParser::term(const QString &name, const QHash<QString, QStringList> &keys, int line)
{
    m_expanded = 0;
    PolicyRule r;
    r.name = shown(name);
    r.where = QStringLiteral("line %1").arg(line);
    r.fromZones = m_from;
    r.toZones = m_to;
    const QString action = keys.value(QStringLiteral("action")).value(0);
    if (action == QLatin1String("accept"))
        r.action = RuleAction::Accept;
    else if (action == QLatin1String("deny") || action.startsWith(QLatin1String("reject")))
        r.action = RuleAction::Deny;
    else if (action == QLatin1String("next") || keys.contains(QStringLiteral("verbatim")))
        r.action = RuleAction::None;
    else
        return fail(line, QStringLiteral("term %1: action \"%2\" is not accept, deny, reject or next").arg(r.name, shown(action)));
    for (const auto &[key, set] : {std::pair{QStringLiteral("source-address"), &r.sources},
                                   std::pair{QStringLiteral("destination-address"), &r.destinations}}) {
        if (!keys.contains(key))
            continue;
        AddressSet s;
        s.any = false;
        for (const QString &n : keys.value(key))
            if (!network(n, s, 0, line))
                return false;
        *set = s;
    }
    for (const char *k : {"source-exclude", "destination-exclude", "source-port", "source-zone", "destination-zone"})
        if (keys.contains(QLatin1String(k)))
            r.unevaluated = QStringLiteral("%1").arg(QLatin1String(k));
    const QStringList protocols = keys.value(QStringLiteral("protocol"));
    QList<QPair<QString, PortSet>> wanted;
    for (const QString &n : keys.value(QStringLiteral("destination-port")))
        if (!ports(n, wanted, 0, line))
            return false;
    for (const QString &p : protocols) {
        const auto proto = ruletext::protocol(p);
        if (!proto) {
            r.unevaluated = QStringLiteral("protocol %1").arg(shown(p));
            continue;
        }
        if (wanted.isEmpty() || *proto == Protocol::Icmp) {
            r.services.push_back({proto, PortSet::all()});
            continue;
        }
        PortSet set;
        for (const auto &[wp, ps] : wanted)
            if (wp == p.toLower())
                set.add(ps);
        if (!set.isEmpty())
            r.services.push_back({proto, set});
    }
    if (!protocols.isEmpty() && r.services.empty() && r.unevaluated.isEmpty())
        r.unevaluated = QStringLiteral("no port of its services is of its protocols");
    if (!r.unevaluated.isEmpty() && r.action != RuleAction::None)
        m_policy.notes << QStringLiteral("term %1 (%2) not evaluated: %3").arg(r.name, r.where, r.unevaluated);
    m_chain.rules.push_back(std::move(r));
    return true;
}

PolicyReadResult CapircaParser::run(const QByteArray &bytes)
{
    m_policy.format = QStringLiteral("capirca");
    m_chain.name = QStringLiteral("terms");
    m_chain.base = true;
    m_chain.hook = QStringLiteral("forward");
    m_chain.policy = RuleAction::Deny;
    // Blocks: "header {" or "term NAME {", then "key:: values" to "}".
    static const QRegularExpression open(QStringLiteral("^\\s*(header|term\\s+(\\S+))\\s*\\{\\s*$"));
    static const QRegularExpression keyLine(QStringLiteral("^\\s*([a-z][a-z0-9-]*)::\\s*(.*)$"));
    QString block, name, key;
    int blockLine = 0, n = 0;
    QHash<QString, QStringList> keys;
    for (const QString &raw : QString::fromUtf8(bytes).split(QLatin1Char('\n'))) {
        ++n;
        // Before comments are cut: "#include 'file.inc'" (Capirca's own
        // quotes) would otherwise pass for a comment, unmentioned.
        if (raw.trimmed().startsWith(QLatin1String("#include"))) {
            m_policy.notes << QStringLiteral("line %1: #include is not followed").arg(n);
            continue;
        }
        QString line = raw;
        if (!line.contains(QLatin1Char('"')))
            line = line.section(QLatin1Char('#'), 0, 0);
        if (line.trimmed().isEmpty())
            continue;
        if (block.isEmpty()) {
            const auto m = open.match(line);
            if (!m.hasMatch())
                return {{}, QStringLiteral("line %1: expected \"header {\" or \"term NAME {\", not \"%2\"").arg(n).arg(shown(line.trimmed()))};
            block = m.captured(1).startsWith(QLatin1String("term")) ? QStringLiteral("term") : QStringLiteral("header");
            name = m.captured(2);
            // As in Capirca's grammar, terms belong to the filter a header opens.
            if (block == QLatin1String("term") && m_filters == 0)
                return {{}, QStringLiteral("line %1: term %2 comes before any header { target:: ... }").arg(n).arg(shown(name))};
            blockLine = n;
            keys.clear();
            key.clear();
            continue;
        }
        if (line.trimmed() == QLatin1String("}")) {
            const bool ok = block == QLatin1String("header") ? header(keys) : term(name, keys, blockLine);
            if (!ok)
                return {{}, m_error};
            block.clear();
            continue;
        }
        QString values = line;
        if (const auto m = keyLine.match(line); m.hasMatch()) {
            key = m.captured(1);
            values = m.captured(2);
        } else if (key.isEmpty()) {
            return {{}, QStringLiteral("line %1: expected \"keyword:: value\" in %2").arg(n).arg(block)};
        }
        if (key != QLatin1String("comment") && key != QLatin1String("owner"))
            keys[key] += ruletext::split(values, u",", true, Qt::SkipEmptyParts);
    }
    if (!block.isEmpty())
        return {{}, QStringLiteral("line %1: %2 has no closing }").arg(blockLine).arg(block)};
    // An empty file (or one of comments) is no policy that allows nothing:
    // most likely the wrong file, and an audit against it would call every
    // opening missing.
    if (m_filters == 0)
        return {{}, m_policy.notes.isEmpty()
                        ? QStringLiteral("line 1: no header { target:: ... }: the file holds no Capirca filter")
                        : QStringLiteral("line 1: no header { target:: ... } outside its #include files, which are "
                                         "not followed: write the included headers and terms into the policy")};
    if (m_filters > 1)
        m_policy.notes << QStringLiteral("%1 filters read as one list of terms, in order").arg(m_filters);
    m_policy.chains.push_back(std::move(m_chain));
    return {std::move(m_policy), {}};
}

} // namespace

PolicyReadResult CapircaReader::read(const QByteArray &policy, const QHash<QString, QByteArray> &definitions)
{
    CapircaDefinitions defs;
    for (auto it = definitions.begin(); it != definitions.end(); ++it) {
        const bool net = it.key().endsWith(QLatin1String(".net"));
        if (!net && !it.key().endsWith(QLatin1String(".svc")))
            continue;
        if (!defs.load(it.key(), it.value(), net ? defs.networks : defs.services))
            return {{}, defs.error};
    }
    return CapircaParser(defs).run(policy);
}

QHash<QString, QByteArray> CapircaReader::definitionsIn(const QString &dir, QString *error)
{
    QHash<QString, QByteArray> out;
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.net"), QStringLiteral("*.svc")}, QDir::Files,
                                                        QDir::Name);
    for (const QFileInfo &f : files.mid(0, 200)) {
        QFile file(f.absoluteFilePath());
        if (f.size() > 16 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read %1").arg(f.absoluteFilePath());
            continue;
        }
        out.insert(f.fileName(), file.readAll());
    }
    return out;
}

} // namespace pp
