#include "AboutDialog.h"

#include "app/ApplicationInfo.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace kg::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About %1").arg(ApplicationInfo::displayName()));
    setObjectName(QStringLiteral("AboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app/kubegram-desktop.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(aboutText(), this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString AboutDialog::aboutText()
{
    return tr("<h2>%1 %2</h2>"
              "<p>Draw Kubernetes and infrastructure systems as graphs, generate their "
              "manifests locally or on a Kubegram server, review and export them.</p>"
              "<p>Built with Qt %3 (running on Qt %4) and KSyntaxHighlighting %5.</p>"
              "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
              "<p>Credits: the Qt Project; KDE's KSyntaxHighlighting and its syntax definition "
              "authors; yaml-cpp; QtKeychain; dtl; QuaZip.</p>")
        .arg(ApplicationInfo::displayName(), ApplicationInfo::version(),
             QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             ApplicationInfo::syntaxHighlightingVersion());
}

} // namespace kg::ui
