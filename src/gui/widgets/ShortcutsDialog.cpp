#include "widgets/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString groupsHtml(const QList<ShortcutsDialog::Group> &groups)
{
    QString html;
    for (const ShortcutsDialog::Group &group : groups) {
        html += QStringLiteral("<tr><td colspan='2' style='padding-top:8px'><b>%1</b></td></tr>")
                    .arg(group.title.toHtmlEscaped());
        for (const ShortcutsDialog::Row &row : group.rows) {
            QStringList keys;
            for (const QKeySequence &key : row.keys)
                keys.append(key.toString(QKeySequence::NativeText).toHtmlEscaped());
            keys.removeDuplicates();
            html += QStringLiteral("<tr><td>%1</td><td style='padding-left:16px'><b>%2</b></td>"
                                   "</tr>")
                        .arg(ShortcutsDialog::withoutMnemonic(row.text).toHtmlEscaped(),
                             keys.join(QLatin1String(", ")));
        }
    }
    return QStringLiteral("<table>%1</table>").arg(html);
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Group> &left, const QList<Group> &right,
                                 QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("shortcutsBox"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_text->setObjectName(QStringLiteral("shortcutsText"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setHtml(QStringLiteral("<table><tr><td valign='top'>%1</td>"
                                   "<td valign='top' style='padding-left:32px'>%2</td></tr>"
                                   "</table>")
                        .arg(groupsHtml(left), groupsHtml(right)));
    m_text->setAccessibleName(windowTitle());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    // The whole list where the screen allows, else what fits and a scroll bar.
    m_text->document()->adjustSize();
    const QSizeF ideal = m_text->document()->size();
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() * 0.85 : QSize(800, 600);
    resize(std::min(int(ideal.width()) + 48, room.width()),
           std::min(int(ideal.height()) + 96, room.height()));
}

QString ShortcutsDialog::plainText() const
{
    return m_text->toPlainText();
}

QString ShortcutsDialog::withoutMnemonic(QString text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\(&[^)]\\)"));
    return text.remove(bracketed).remove(QLatin1Char('&'));
}
