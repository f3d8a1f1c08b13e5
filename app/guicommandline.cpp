#include "app/guicommandline.h"

#include "core/storage/database.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace neuvo {

GuiCommandLine::GuiCommandLine()
    : m_dbOption(u"db"_s, tr("Open the database FILE, or a database on a PostgreSQL server given as postgresql://USER@HOST/DATABASE "
                    "(default: %1).").arg(QDir::toNativeSeparators(Database::defaultPath())),
                 tr("FILE"))
    , m_quitAfterFirstPaintOption(u"quit-after-first-paint"_s,
                                  tr("Quit as soon as the main window has been painted once (to time the start; "
                                     "see docs/performance.md)."))
    , m_quitAfterDashboardOption(u"quit-after-dashboard"_s,
                                 tr("Quit as soon as the dashboard is complete, printing the time to the first "
                                    "paint, to the complete dashboard and the longest event-loop stall "
                                    "(see docs/performance.md)."))
{
    m_parser.setApplicationDescription(tr("Desktop CRM for solo freelancers."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_dbOption);
    m_parser.addOption(m_quitAfterFirstPaintOption);
    m_parser.addOption(m_quitAfterDashboardOption);
    m_parser.addPositionalArgument(tr("FILE"), tr("The database file or postgresql:// URL to open, as with --db."), u'[' + tr("FILE") + u']');
}

Result<QString> GuiCommandLine::databasePath() const
{
    const QStringList files = m_parser.positionalArguments();
    if (files.size() > 1)
        return fail(tr("Neuvo opens one database at a time; %1 files were given.").arg(files.size()));
    if (!files.isEmpty() && m_parser.isSet(m_dbOption))
        return fail(tr("Give the database either as FILE or with --db, not both."));
    if (!files.isEmpty())
        return files.constFirst();
    if (m_parser.isSet(m_dbOption))
        return m_parser.value(m_dbOption);
    return Database::defaultPath();
}

} // namespace neuvo
