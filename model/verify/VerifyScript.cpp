#include "model/verify/VerifyScript.h"

#include "model/design/Design.h"
#include "model/export/ExportText.h"

namespace pp {

using exporttext::psQuote;
using exporttext::singleLine;

namespace {

/// A POSIX sh single-quoted literal: nothing is special inside but the
/// quote itself, which closes, is escaped and reopens.
QString shQuote(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString scriptSubject(const Design &design, const VerifyHostPlan &plan)
{
    const Host &h = design.hosts[size_t(plan.host)];
    return singleLine(QStringLiteral("%1 (%2), design %3").arg(h.name, h.id, design.name), 200);
}

QString targetComment(const Design &design, const VerifyCheck &c)
{
    const Host &to = design.hosts[size_t(c.to)];
    QString text = QStringLiteral("%1 %2/%3").arg(to.name, protocolName(c.protocol), c.range.isEmpty() ? QString() : c.range.toString());
    if (!c.range.isSingle())
        text += QStringLiteral(" (range: tried at its first port; a refusal there is read as untested)");
    return singleLine(text, 200);
}

} // namespace

QString VerifyScript::header()
{
    return QStringLiteral("host,target,address,protocol,port,result,time");
}

QString VerifyScript::write(const Design &design, const VerifyHostPlan &plan)
{
    return plan.shell == VerifyShell::PowerShell ? powerShell(design, plan) : posixShell(design, plan);
}

QString VerifyScript::fileName(const Design &design, const VerifyHostPlan &plan)
{
    const QString id = exporttext::identifier(design.hosts[size_t(plan.host)].id, 40);
    return QStringLiteral("verify-%1.%2").arg(id, plan.shell == VerifyShell::PowerShell ? QStringLiteral("ps1")
                                                                                         : QStringLiteral("sh"));
}

QString VerifyScript::powerShell(const Design &design, const VerifyHostPlan &plan)
{
    QString ps;
    ps += QStringLiteral("# PortPlanner verification checks from %1\n").arg(scriptSubject(design, plan));
    ps += QStringLiteral("# Read-only: opens TCP connections with Test-NetConnection and prints one CSV line per\n"
                         "# check (or writes them to -OutFile). UDP and ICMP cannot be proven by a connect:\n"
                         "# their lines say untested. A port range is tried at its first port.\n"
                         "# Run: powershell -NoProfile -ExecutionPolicy Bypass -File THIS.ps1 -OutFile results.csv\n");
    for (const QString &t : plan.unreachable)
        ps += QStringLiteral("# Not checked: %1 has no address or DNS name\n").arg(singleLine(t, 200));
    ps += QStringLiteral("param([string]$OutFile = '')\n"
                         "$ProgressPreference = 'SilentlyContinue'\n");
    ps += QStringLiteral("$Source = %1\n").arg(psQuote(design.hosts[size_t(plan.host)].id));
    ps += QStringLiteral("$Checks = @(\n");
    for (const VerifyCheck &c : plan.checks) {
        ps += QStringLiteral("    # %1\n").arg(targetComment(design, c));
        ps += QStringLiteral("    ,@(%1, %2, %3, %4)\n")
                  .arg(psQuote(c.target), psQuote(c.address), psQuote(protocolName(c.protocol)),
                       psQuote(QString::number(c.port)));
    }
    ps += QStringLiteral(")\n"
                         "function Format-Cell([string]$Value) { return '\"' + $Value.Replace('\"', '\"\"') + '\"' }\n"
                         "$Lines = New-Object System.Collections.Generic.List[string]\n");
    ps += QStringLiteral("$Lines.Add(%1)\n").arg(psQuote(header()));
    ps += QStringLiteral(
        "foreach ($c in $Checks) {\n"
        "    $result = 'untested'\n"
        "    if ($c[2] -eq 'TCP') {\n"
        "        $ok = Test-NetConnection -ComputerName $c[1] -Port ([int]$c[3]) -InformationLevel Quiet -WarningAction SilentlyContinue\n"
        "        if ($ok) { $result = 'open' } else { $result = 'closed' }\n"
        "    }\n"
        "    $time = (Get-Date).ToUniversalTime().ToString('s') + 'Z'\n"
        "    $cells = @($Source, $c[0], $c[1], $c[2], $c[3], $result, $time) | ForEach-Object { Format-Cell $_ }\n"
        "    $Lines.Add($cells -join ',')\n"
        "}\n"
        "if ($OutFile) { $Lines | Out-File -FilePath $OutFile -Encoding utf8 } else { $Lines }\n");
    return ps;
}

QString VerifyScript::posixShell(const Design &design, const VerifyHostPlan &plan)
{
    QString sh;
    sh += QStringLiteral("#!/bin/sh\n");
    sh += QStringLiteral("# PortPlanner verification checks from %1\n").arg(scriptSubject(design, plan));
    sh += QStringLiteral("# Read-only: opens TCP connections (nc, else bash's /dev/tcp) and prints one CSV\n"
                         "# line per check. UDP and ICMP cannot be proven by a connect: their lines say\n"
                         "# untested. A port range is tried at its first port.\n"
                         "# Run: sh THIS.sh > results.csv   (PP_TIMEOUT=seconds, default 5)\n");
    for (const QString &t : plan.unreachable)
        sh += QStringLiteral("# Not checked: %1 has no address or DNS name\n").arg(singleLine(t, 200));
    sh += QStringLiteral("set -u\n");
    sh += QStringLiteral("SOURCE=%1\n").arg(shQuote(design.hosts[size_t(plan.host)].id));
    sh += QStringLiteral(
        "TIMEOUT=${PP_TIMEOUT:-5}\n"
        "cell() {\n"
        "    printf '\"%s\"' \"$(printf '%s' \"$1\" | sed 's/\"/\"\"/g')\"\n"
        "}\n"
        "probe() {\n"
        "    if command -v nc >/dev/null 2>&1; then\n"
        "        if nc -z -w \"$TIMEOUT\" \"$1\" \"$2\" >/dev/null 2>&1; then echo open; else echo closed; fi\n"
        "        return\n"
        "    fi\n"
        "    if ! command -v bash >/dev/null 2>&1; then echo error; return; fi\n"
        "    if command -v timeout >/dev/null 2>&1; then\n"
        "        timeout \"$TIMEOUT\" bash -c 'exec 3<>\"/dev/tcp/$0/$1\"' \"$1\" \"$2\" >/dev/null 2>&1\n"
        "    else\n"
        "        bash -c 'exec 3<>\"/dev/tcp/$0/$1\"' \"$1\" \"$2\" >/dev/null 2>&1\n"
        "    fi\n"
        "    case $? in 0) echo open ;; 124) echo timeout ;; *) echo closed ;; esac\n"
        "}\n"
        "check() {\n"
        "    if [ \"$3\" = TCP ]; then result=$(probe \"$2\" \"$4\"); else result=untested; fi\n"
        "    now=$(date -u +%Y-%m-%dT%H:%M:%SZ)\n"
        "    printf '%s,%s,%s,%s,%s,%s,%s\\n' \"$(cell \"$SOURCE\")\" \"$(cell \"$1\")\" \"$(cell \"$2\")\" \\\n"
        "        \"$(cell \"$3\")\" \"$(cell \"$4\")\" \"$result\" \"$now\"\n"
        "}\n");
    sh += QStringLiteral("echo %1\n").arg(shQuote(header()));
    for (const VerifyCheck &c : plan.checks) {
        sh += QStringLiteral("# %1\n").arg(targetComment(design, c));
        sh += QStringLiteral("check %1 %2 %3 %4\n")
                  .arg(shQuote(c.target), shQuote(c.address), shQuote(protocolName(c.protocol)),
                       shQuote(QString::number(c.port)));
    }
    return sh;
}

} // namespace pp
