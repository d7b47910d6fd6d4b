// portplanner-generate-xl OUT.portplan [--scale N] [--firewalls]: writes the XL benchmark
// design (see XlDesign.h) for the benchmarks and for trying the designer.
#include "benchmarks/XlDesign.h"
#include "model/file/DesignFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the XL benchmark design."));
    parser.addHelpOption();
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("Multiply the secondaries by N."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    parser.addOption(scale);
    const QCommandLineOption firewalls(QStringLiteral("firewalls"),
                                       QStringLiteral("A zone and a firewall per branch, a firewall per datacenter, a WAN."));
    parser.addOption(firewalls);
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("The .portplan file to write."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(64);
    const pp::Design d = pp::bench::makeXlDesign(std::max(1, parser.value(scale).toInt()), false,
                                                 parser.isSet(firewalls));
    QString error;
    if (!pp::DesignFile::save(d, parser.positionalArguments().constFirst(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 73;
    }
    std::printf("%zu sites, %zu zones, %zu hosts, %zu firewalls\n", d.sites.size(), d.zones.size(), d.hosts.size(),
                d.firewalls.size());
    return 0;
}
