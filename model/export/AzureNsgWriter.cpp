#include "model/export/AzureNsgWriter.h"

#include "model/export/ChangeRequest.h"
#include "model/export/ExportText.h"
#include "model/export/PlatformNames.h"
#include "model/export/TextSink.h"
#include "model/export/VendorObjects.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp {

namespace {

constexpr int firstPriority = 1000;
constexpr int priorityStep = 10;

QString armProtocol(Protocol p)
{
    switch (p) {
    case Protocol::Tcp:
        return QStringLiteral("Tcp");
    case Protocol::Udp:
        return QStringLiteral("Udp");
    case Protocol::Icmp:
        return QStringLiteral("Icmp");
    }
    return QStringLiteral("*");
}

QJsonArray prefixes(const VendorObjects &objects, int group)
{
    QJsonArray out;
    for (int a : objects.groups()[size_t(group)].addresses)
        out.append(objects.addresses()[size_t(a)].cidr);
    return out;
}

/// The priorities of `count` rules: from 1000 in steps of 10 while they
/// fit, else from 100 in steps of 1; -1 past 4096.
int priority(int index, int count)
{
    if (firstPriority + (count - 1) * priorityStep <= AzureNsgWriter::maxPriority)
        return firstPriority + index * priorityStep;
    const int p = AzureNsgWriter::minPriority + index;
    return p <= AzureNsgWriter::maxPriority ? p : -1;
}

struct NsgRule
{
    const VendorRule *rule;
    Protocol protocol;
    std::vector<ServicePort> ports;
};

} // namespace

AzureNsgWriter::AzureNsgWriter()
    : VendorWriter(FirewallPlatform::AzureNsg)
{
}

void AzureNsgWriter::begin(TextSink &out, const ExportInput &) const
{
    m_parameters.clear();
    m_firstResource = true;
    out << "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n"
           "  \"contentVersion\": \"1.0.0.0\",\n  \"resources\": [";
}

void AzureNsgWriter::writeSection(TextSink &out, const ExportInput &, const RequestSection &section,
                                  const VendorObjects &objects, PlatformNames &names) const
{
    const QString parameter = QStringLiteral("nsgName")
        + (section.device.isEmpty() ? QString() : QLatin1Char('_') + exporttext::identifier(section.device, 60));
    m_parameters << parameter << exporttext::singleLine(section.name);
    std::vector<NsgRule> rules;
    for (const VendorRule &r : objects.rules())
        for (const Protocol p : {Protocol::Tcp, Protocol::Udp, Protocol::Icmp})
            if (const auto ports = objects.services()[size_t(r.service)].of(p); !ports.empty())
                rules.push_back({&r, p, ports});
    for (size_t i = 0; i < rules.size(); ++i) {
        const NsgRule &n = rules[i];
        const int prio = priority(int(i), int(rules.size()));
        if (prio < 0) {
            warn(section, QCoreApplication::translate("AzureNsgWriter", "%1: no NSG priority is left (at most 4096); not written.")
                              .arg(n.rule->name));
            continue;
        }
        const QString name = names.name(n.rule->name + QLatin1Char('_') + protocolName(n.protocol), NameKind::Rule, true);
        QJsonObject props{{QStringLiteral("description"), PlatformNames::armLiteral(n.rule->description)},
                          {QStringLiteral("protocol"), armProtocol(n.protocol)},
                          {QStringLiteral("access"), QStringLiteral("Allow")},
                          {QStringLiteral("direction"), QStringLiteral("Inbound")},
                          {QStringLiteral("priority"), prio},
                          {QStringLiteral("sourceAddressPrefixes"), prefixes(objects, n.rule->sourceGroup)},
                          {QStringLiteral("sourcePortRange"), QStringLiteral("*")},
                          {QStringLiteral("destinationAddressPrefixes"), prefixes(objects, n.rule->destinationGroup)}};
        if (n.protocol == Protocol::Icmp) {
            props.insert(QStringLiteral("destinationPortRange"), QStringLiteral("*"));
        } else {
            QJsonArray ports;
            for (const ServicePort &p : n.ports)
                ports.append(p.text);
            props.insert(QStringLiteral("destinationPortRanges"), ports);
        }
        const QJsonObject resource{
            {QStringLiteral("type"), QStringLiteral("Microsoft.Network/networkSecurityGroups/securityRules")},
            {QStringLiteral("apiVersion"), QStringLiteral("2023-09-01")},
            // The rule name is [A-Za-z0-9_.-] only (PlatformNames): safe inside the expression.
            {QStringLiteral("name"), QStringLiteral("[format('{0}/%1', parameters('%2'))]").arg(name, parameter)},
            {QStringLiteral("properties"), props}};
        out << (m_firstResource ? "\n    " : ",\n    ")
            << QJsonDocument(resource).toJson(QJsonDocument::Compact);
        m_firstResource = false;
    }
}

void AzureNsgWriter::end(TextSink &out, const ExportInput &, const QStringList &warnings) const
{
    QJsonObject parameters;
    for (int i = 0; i + 1 < m_parameters.size(); i += 2) {
        const QJsonObject meta{{QStringLiteral("description"),
                                QCoreApplication::translate("AzureNsgWriter", "The existing network security group of %1")
                                    .arg(m_parameters.at(i + 1))}};
        parameters.insert(m_parameters.at(i), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                          {QStringLiteral("metadata"), meta}});
    }
    QJsonArray notes;
    for (const QString &w : warnings)
        notes.append(PlatformNames::armLiteral(exporttext::singleLine(w)));
    const QJsonObject metadata{{QStringLiteral("generator"), QStringLiteral("PortPlanner")},
                               {QStringLiteral("warnings"), notes}};
    out << "\n  ],\n  \"parameters\": " << QJsonDocument(parameters).toJson(QJsonDocument::Compact)
        << ",\n  \"metadata\": " << QJsonDocument(metadata).toJson(QJsonDocument::Compact) << "\n}\n";
}

} // namespace pp
