#include "app/designer/Language.h"

#include "model/design/DisplayText.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace pp::app {

Language::Language(QObject *parent)
    : QObject(parent)
{
}

QString Language::remembered()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (available().contains(saved))
        return saved;
    const QLocale system;
    return system.language() == QLocale::Chinese && system.script() == QLocale::TraditionalChineseScript
        ? QStringLiteral("zh_TW")
        : QStringLiteral("en");
}

bool Language::set(const QString &code)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    bool ok = true;
    if (code != QLatin1String("en")) {
        ok = m_app.load(QStringLiteral(":/i18n/portplanner_%1.qm").arg(code));
        if (ok)
            QCoreApplication::installTranslator(&m_app);
        // Qt's own dialogs (file dialogs, message box buttons) in the same language.
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    m_current = code;
    setTermsLanguage(code); // the seed's Chinese terms in the engine's and the review's texts
    QSettings().setValue(QStringLiteral("language"), code);
    emit changed(code);
    return ok;
}

} // namespace pp::app
