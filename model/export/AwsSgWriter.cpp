#include "model/export/AwsSgWriter.h"

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

/// CloudFormation takes at most 500 resources in a template (AWS
/// CloudFormation quotas).
constexpr int maxResources = 500;

/// Logical ids are alphanumeric.
QString logicalId(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            out += c;
    return out;
}

} // namespace

AwsSgWriter::AwsSgWriter()
    : VendorWriter(FirewallPlatform::AwsSg)
{
}

void AwsSgWriter::begin(TextSink &out, const ExportInput &input) const
{
    m_parameters.clear();
    m_firstResource = true;
    m_resources = 0;
    PlatformNames names(FirewallPlatform::AwsSg);
    const QString description = names.comment(
        QCoreApplication::translate("AwsSgWriter", "PortPlanner change request: %1").arg(input.design.name), 1024);
    out << "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Description\": "
        << QJsonDocument(QJsonArray{description}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
        << ",\n  \"Resources\": {";
}

void AwsSgWriter::writeSection(TextSink &out, const ExportInput &, const RequestSection &section,
                               const VendorObjects &objects, PlatformNames &) const
{
    const QString parameter = QStringLiteral("GroupId") + logicalId(section.device.isEmpty() ? QStringLiteral("Zones")
                                                                                          : section.device);
    m_parameters << parameter << exporttext::singleLine(section.name);
    for (const VendorRule &r : objects.rules()) {
        const VendorObjects::Service &s = objects.services()[size_t(r.service)];
        int n = 0;
        for (const ServicePort &p : s.ports) {
            for (int a : objects.groups()[size_t(r.sourceGroup)].addresses) {
                const AddressObject &source = objects.addresses()[size_t(a)];
                if (++m_resources > maxResources) {
                    if (m_resources == maxResources + 1)
                        warn(section, QCoreApplication::translate(
                                          "AwsSgWriter", "More than 500 ingress rules: CloudFormation takes 500 "
                                                         "resources a template; the rest is not written."));
                    continue;
                }
                QJsonObject props{{QStringLiteral("GroupId"), QJsonObject{{QStringLiteral("Ref"), parameter}}},
                                  {QStringLiteral("IpProtocol"), p.lowerProtocol()},
                                  {source.v6 ? QStringLiteral("CidrIpv6") : QStringLiteral("CidrIp"), source.cidr},
                                  {QStringLiteral("Description"), r.description}};
                // ICMP: type 8 (echo request), any code.
                props.insert(QStringLiteral("FromPort"), p.isIcmp() ? 8 : int(p.range.first));
                props.insert(QStringLiteral("ToPort"), p.isIcmp() ? -1 : int(p.range.last));
                const QString id = logicalId(section.device + r.name) + QString::number(++n);
                const QJsonObject resource{{QStringLiteral("Type"), QStringLiteral("AWS::EC2::SecurityGroupIngress")},
                                           {QStringLiteral("Properties"), props}};
                out << (m_firstResource ? "\n    \"" : ",\n    \"") << id << "\": "
                    << QJsonDocument(resource).toJson(QJsonDocument::Compact);
                m_firstResource = false;
            }
        }
    }
}

void AwsSgWriter::end(TextSink &out, const ExportInput &, const QStringList &warnings) const
{
    QJsonObject parameters;
    PlatformNames names(FirewallPlatform::AwsSg);
    for (int i = 0; i + 1 < m_parameters.size(); i += 2)
        parameters.insert(m_parameters.at(i),
                          QJsonObject{{QStringLiteral("Type"), QStringLiteral("AWS::EC2::SecurityGroup::Id")},
                                      {QStringLiteral("Description"),
                                       names.comment(QCoreApplication::translate("AwsSgWriter",
                                                                                 "The existing security group of %1")
                                                         .arg(m_parameters.at(i + 1)))}});
    QJsonArray notes;
    for (const QString &w : warnings)
        notes.append(exporttext::singleLine(w));
    out << "\n  },\n  \"Parameters\": " << QJsonDocument(parameters).toJson(QJsonDocument::Compact)
        << ",\n  \"Metadata\": "
        << QJsonDocument(QJsonObject{{QStringLiteral("PortPlanner"), QJsonObject{{QStringLiteral("warnings"), notes}}}})
               .toJson(QJsonDocument::Compact)
        << "\n}\n";
}

} // namespace pp
