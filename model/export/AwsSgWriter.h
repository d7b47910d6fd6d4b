#pragma once

#include "model/export/VendorWriter.h"

namespace pp {

/// A CloudFormation template (format "aws-sg") that adds ingress rules to
/// an existing security group per device, given as a template parameter
/// (AWS::EC2::SecurityGroup::Id). Each rule is its own
/// AWS::EC2::SecurityGroupIngress resource, so the group's other rules are
/// left alone (a SecurityGroupIngress list on the group itself would own
/// all of them). One resource per request rule, protocol, port range and
/// source CIDR (an ingress rule takes exactly one source); descriptions
/// keep to the 255 characters and the character set EC2 accepts.
class AwsSgWriter : public VendorWriter
{
public:
    AwsSgWriter();

protected:
    void begin(TextSink &out, const ExportInput &input) const override;
    void writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                      const VendorObjects &objects, PlatformNames &names) const override;
    void end(TextSink &out, const ExportInput &input, const QStringList &warnings) const override;

private:
    mutable QStringList m_parameters; ///< parameter, device name, ...
    mutable bool m_firstResource = true;
    mutable int m_resources = 0;
};

} // namespace pp
