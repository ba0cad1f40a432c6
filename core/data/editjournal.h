#pragma once

#include "data/vectorlayer.h"
#include "error.h"
#include "territoria_core_export.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace territoria {

// One crash journal of an edit session (see VectorLayer::setJournalPath()): what to
// open (source, sublayer, options) and the edits to replay with VectorLayer::applyEdits().
struct EditJournalEntry {
    QString journalPath;
    QString source;
    QString sublayer;
    VectorLayerOptions options; // encoding and open options the layer was opened with
    QDateTime savedAt;          // UTC
    VectorEdits edits;
};

// Reads one journal file; an Error names the file when it is not a readable journal.
TERRITORIA_CORE_EXPORT Result<EditJournalEntry> readJournal(const QString &path);
// Every journal (*.json files holding a format-1 journal) in `dir`, oldest first.
// Files that are not journals are skipped; a folder that does not exist has none.
TERRITORIA_CORE_EXPORT Result<QList<EditJournalEntry>> readJournals(const QString &dir);

} // namespace territoria
