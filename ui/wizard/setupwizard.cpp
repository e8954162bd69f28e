#include "setupwizard.h"

#include "finishpage.h"
#include "instancepage.h"
#include "signinpage.h"

SetupWizard::SetupWizard(AppContext *context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Posthorn"));
    setWizardStyle(QWizard::ModernStyle);
    // Subtitles name the server; QWizard would guess rich text from them.
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(InstancePageId, new InstancePage(this));
    setPage(SignInPageId, new SignInPage(this));
    setPage(FinishPageId, new FinishPage(this));
    setStartId(InstancePageId);
    resize(620, 480);
}

QString SetupWizard::typedAfterSignIn() const
{
    const auto *finish = qobject_cast<const FinishPage *>(page(FinishPageId));
    return finish ? finish->typed() : QString();
}
