#include "app/gui/review/keyhelpoverlay.h"

#include "app/gui/review/reviewkeymap.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace callqa::app {

namespace {

QString keysText(const ReviewKeyBinding& binding)
{
    if (answerDigit(binding.command) == 1)
        return QStringLiteral("1 – 9");
    QStringList keys;
    for (const QKeySequence& key : binding.keys)
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(" / "));
}

QString helpHtml()
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='6'>")
                       .arg(KeyHelpOverlay::tr("Keys of the review screen").toHtmlEscaped());
    QString group;
    for (const ReviewKeyBinding& binding : reviewKeyMap()) {
        if (answerDigit(binding.command) > 1)
            continue; // 1-9 is one line
        if (binding.group != group) {
            group = binding.group;
            html += QStringLiteral("<tr><td colspan='2'><b>%1</b></td></tr>")
                        .arg(group.toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td></tr>")
                    .arg(keysText(binding).toHtmlEscaped(), binding.description.toHtmlEscaped());
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(KeyHelpOverlay::tr("Ctrl+wheel or Ctrl++ / Ctrl+− zoom the waveform, Ctrl+0 "
                                        "shows the whole call; a click seeks. F2 edits and Delete "
                                        "removes your selected comment.")
                         .toHtmlEscaped());
    return html;
}

} // namespace

KeyHelpOverlay::KeyHelpOverlay(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("keyHelp"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    m_text = new QLabel(helpHtml(), this);
    m_text->setObjectName(QStringLiteral("keyHelpText"));
    m_text->setWordWrap(true);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    parent->installEventFilter(this);
    hide();
}

void KeyHelpOverlay::toggle()
{
    setVisible(!isVisible());
    if (isVisible()) {
        fitParent();
        raise();
    }
}

QString KeyHelpOverlay::text() const
{
    return m_text->text();
}

void KeyHelpOverlay::fitParent()
{
    const QRect area = parentWidget()->rect();
    setGeometry(area.adjusted(area.width() / 6, area.height() / 10, -area.width() / 6,
                              -area.height() / 10));
}

bool KeyHelpOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        fitParent();
    return QFrame::eventFilter(watched, event);
}

} // namespace callqa::app
