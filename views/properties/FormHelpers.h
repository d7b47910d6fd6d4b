#pragma once

// Small helpers the property editors share: labelled rows with accessible
// names, and "not set" aware port fields.

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

#include "model/design/PortRange.h"

#include <optional>
#include <type_traits>

namespace pp::views::form {

/// Adds a labelled row and gives the field its accessible name and description.
template<typename W>
W *row(QFormLayout *layout, const QString &label, W *widget, const QString &description = {})
{
    auto *l = new QLabel(label);
    l->setBuddy(widget);
    layout->addRow(l, widget);
    // The spoken name is the label without its mnemonic, "&Name:" or the
    // Chinese style "名稱(&N)：", and without its colon.
    QString plain = label;
    plain.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QLatin1Char(':')) || plain.endsWith(QChar(0xFF1A)))
        plain.chop(1);
    widget->setAccessibleName(plain);
    if constexpr (std::is_base_of_v<QComboBox, W>) {
        // Long entries (site names, zone names) must not widen the panel.
        widget->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        widget->setMinimumContentsLength(8);
    }
    if (!description.isEmpty()) {
        widget->setAccessibleDescription(description);
        widget->setToolTip(description);
    }
    return widget;
}

/// A port field: empty means "not set here" (inherit); the placeholder shows
/// the inherited value.
inline QLineEdit *portField(bool allowRange)
{
    auto *edit = new QLineEdit;
    edit->setClearButtonEnabled(true);
    edit->setProperty("allowRange", allowRange);
    return edit;
}

inline void setPort(QLineEdit *edit, const std::optional<PortRange> &value, const QString &inherited)
{
    edit->setText(value ? value->toString() : QString());
    edit->setPlaceholderText(inherited);
}

/// Parses a port field; nullopt for empty; sets ok=false when invalid.
inline std::optional<PortRange> port(const QLineEdit *edit, bool *ok)
{
    const QString text = edit->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    auto r = PortRange::parse(text);
    if (!r || (!edit->property("allowRange").toBool() && !r->isSingle())) {
        *ok = false;
        return std::nullopt;
    }
    return r;
}

/// Marks a field as invalid (red frame) or valid.
inline void markInvalid(QWidget *w, bool invalid)
{
    w->setStyleSheet(invalid ? QStringLiteral("border: 2px solid #c0392b;") : QString());
}

inline QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

} // namespace pp::views::form
