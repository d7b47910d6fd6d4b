#pragma once

#include "model/export/VendorWriter.h"

namespace pp {

/// An ARM template (format "azure-nsg") that adds inbound security rules to
/// an existing network security group per device, named by a template
/// parameter. Each rule is its own `networkSecurityGroups/securityRules`
/// resource: deploying it adds or updates that rule only, where a whole
/// NSG resource would replace the group's rule list. One rule per request
/// rule and protocol (an NSG rule has one), priorities from 1000 up in
/// steps of 10 (100-4096, unique within the group), sources and ports as
/// lists; descriptions hold 140 characters, names 80 (Azure SDK
/// SecurityRulePropertiesFormat; PSRule Azure.NSG.Naming). A value that
/// starts with "[" is written "[[" so ARM does not evaluate it.
class AzureNsgWriter : public VendorWriter
{
public:
    AzureNsgWriter();

    /// The lowest and highest priority Azure accepts.
    static constexpr int minPriority = 100;
    static constexpr int maxPriority = 4096;

protected:
    void begin(TextSink &out, const ExportInput &input) const override;
    void writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                      const VendorObjects &objects, PlatformNames &names) const override;
    void end(TextSink &out, const ExportInput &input, const QStringList &warnings) const override;

private:
    mutable QStringList m_parameters; ///< one per device written: "nsgName_fw_inet"
    mutable bool m_firstResource = true;
};

} // namespace pp
