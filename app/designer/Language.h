#pragma once

#include <QObject>
#include <QTranslator>

namespace pp::app {

/// The UI language: English or Traditional Chinese, switchable at run time
/// and remembered. Role names in Chinese are the seed's own terms (catalog).
class Language : public QObject
{
    Q_OBJECT

public:
    explicit Language(QObject *parent = nullptr);

    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("zh_TW")}; }
    QString current() const { return m_current; }
    bool isChinese() const { return m_current == QLatin1String("zh_TW"); }
    /// Installs the translators; widgets get QEvent::LanguageChange.
    bool set(const QString &code);
    /// The language remembered in the settings (default: the system's if
    /// Traditional Chinese, else English).
    static QString remembered();

signals:
    void changed(const QString &code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current = QStringLiteral("en");
};

} // namespace pp::app
