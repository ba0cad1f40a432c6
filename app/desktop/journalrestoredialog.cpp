#include "journalrestoredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

QString JournalRestoreDialog::summary(const VectorEdits &edits)
{
    QSet<qint64> changed;
    for (auto it = edits.changedGeometries.cbegin(); it != edits.changedGeometries.cend(); ++it)
        changed.insert(it.key());
    for (auto it = edits.changedAttributes.cbegin(); it != edits.changedAttributes.cend(); ++it)
        changed.insert(it.key());
    changed -= edits.deleted;
    QStringList parts;
    if (!edits.added.isEmpty())
        parts << tr("%n new feature(s)", nullptr, int(edits.added.size()));
    if (!changed.isEmpty())
        parts << tr("%n changed feature(s)", nullptr, int(changed.size()));
    if (!edits.deleted.isEmpty())
        parts << tr("%n deleted feature(s)", nullptr, int(edits.deleted.size()));
    if (!edits.addedFields.isEmpty())
        parts << tr("%n new field(s)", nullptr, int(edits.addedFields.size()));
    if (!edits.deletedFields.isEmpty())
        parts << tr("%n deleted field(s)", nullptr, int(edits.deletedFields.size()));
    return parts.isEmpty() ? tr("no changes") : parts.join(u", "_s);
}

JournalRestoreDialog::JournalRestoreDialog(const QList<EditJournalEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
{
    setObjectName(u"journalRestoreDialog"_s);
    setWindowTitle(tr("Unsaved Edits Found"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Unsaved changes from a previous session were found (the program was closed "
                                "without saving them). Restore them to continue editing?"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"journalList"_s);
    const QLocale locale;
    for (const EditJournalEntry &entry : entries) {
        QString source = QDir::toNativeSeparators(entry.source);
        if (!entry.sublayer.isEmpty())
            source += u" — "_s + entry.sublayer;
        const QString when = locale.toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1\n    %2 · %3").arg(source, when, summary(entry.edits)), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(QDir::toNativeSeparators(entry.journalPath));
    }
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(u"restoreButton"_s);
    QPushButton *discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    discard->setToolTip(tr("Delete the checked journals: their changes are lost"));
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"laterButton"_s);
    later->setToolTip(tr("Keep the journals and ask again on the next start"));
    restore->setDefault(true);
    connect(restore, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Restore;
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Discard;
        accept();
    });
    connect(later, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Later;
        reject();
    });
    layout->addWidget(buttons);
    resize(620, 320);
}

QList<EditJournalEntry> JournalRestoreDialog::checkedEntries() const
{
    QList<EditJournalEntry> out;
    for (int i = 0; i < m_list->count() && i < m_entries.size(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_entries.at(i);
    return out;
}

} // namespace territoria
