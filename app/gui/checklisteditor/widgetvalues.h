#pragma once

#include <QString>

class QAbstractButton;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace callqa::app {

// Show a value in an editor without emitting its change signals, and without touching an editor
// that already shows it (so the cursor stays where the user is typing).
void showText(QLineEdit* edit, const QString& text);
void showText(QPlainTextEdit* edit, const QString& text);
void showValue(QDoubleSpinBox* spin, double value);
void showValue(QSpinBox* spin, int value);
void showChecked(QAbstractButton* button, bool checked);
void showData(QComboBox* combo, int data); // selects the entry whose item data is `data`

} // namespace callqa::app
