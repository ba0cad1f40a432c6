#pragma once

#include "data/editjournal.h"

#include <QDialog>

class QListWidget;

namespace territoria {

// Offers the unsaved edits of a previous session found in crash journals: one
// line per journal (layer source, time, what changed), checked by default;
// Restore, Discard (deletes the journals) or Later (keeps them for next time).
class JournalRestoreDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Later, Restore, Discard };
    Q_ENUM(Choice)

    explicit JournalRestoreDialog(const QList<EditJournalEntry> &entries, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The entries the user left checked.
    QList<EditJournalEntry> checkedEntries() const;
    // "3 new, 2 changed, 1 deleted feature(s); 1 new field" style summary.
    static QString summary(const VectorEdits &edits);

private:
    QList<EditJournalEntry> m_entries;
    QListWidget *m_list = nullptr;
    Choice m_choice = Choice::Later;
};

} // namespace territoria
