#include "selectbyexpressiondialog.h"

#include "data/gdalutil.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

QString quotedIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

struct ResultSetRelease {
    GDALDataset *dataset;
    void operator()(OGRLayer *layer) const
    {
        if (layer)
            dataset->ReleaseResultSet(layer);
    }
};

OGRFieldType ogrType(FieldType type, OGRFieldSubType *subType)
{
    *subType = OFSTNone;
    switch (type) {
    case FieldType::Integer: return OFTInteger;
    case FieldType::Integer64: return OFTInteger64;
    case FieldType::Real: return OFTReal;
    case FieldType::Date: return OFTDate;
    case FieldType::Time: return OFTTime;
    case FieldType::DateTime: return OFTDateTime;
    case FieldType::Boolean: *subType = OFSTBoolean; return OFTInteger;
    default: return OFTString;
    }
}

void setOgrValue(OGRFeature &feature, int i, FieldType type, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        feature.SetFieldNull(i);
        return;
    }
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean: feature.SetField(i, value.toInt()); break;
    case FieldType::Integer64: feature.SetField(i, GIntBig(value.toLongLong())); break;
    case FieldType::Real: feature.SetField(i, value.toDouble()); break;
    case FieldType::Date: {
        const QDate d = value.toDate();
        feature.SetField(i, d.year(), d.month(), d.day(), 0, 0, 0.0f, 0);
        break;
    }
    case FieldType::Time: {
        const QTime t = value.toTime();
        feature.SetField(i, 0, 0, 0, t.hour(), t.minute(), float(t.second() + t.msec() / 1000.0), 0);
        break;
    }
    case FieldType::DateTime: {
        const QDateTime dt = value.toDateTime();
        const QDate d = dt.date();
        const QTime t = dt.time();
        feature.SetField(i, d.year(), d.month(), d.day(), t.hour(), t.minute(),
                         float(t.second() + t.msec() / 1000.0), 0);
        break;
    }
    default: feature.SetField(i, value.toString().toUtf8().constData()); break;
    }
}

// SQLite's own reason from GDAL's "In ExecuteSQL(): sqlite3_prepare_v2(...):\n  reason".
QString sqliteReason(const QString &failure)
{
    QString why = failure;
    if (const qsizetype colon = why.lastIndexOf(u"):"_s); colon >= 0)
        why = why.mid(colon + 2);
    return why.trimmed();
}

} // namespace

Result<QSet<qint64>> SelectByExpressionDialog::matchingFeatureIds(const VectorLayer &layer, const QString &whereIn)
{
    const QString where = whereIn.trimmed();
    const QString shown = QDir::toNativeSeparators(layer.source());
    if (where.isEmpty())
        return fail(tr("Write an expression to select features of “%1”.").arg(layer.name()), layer.source());
    if (where.contains(u';'))
        return fail(tr("Invalid expression “%1”: one expression only, without “;”.").arg(where), layer.source());
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const auto provider = layer.dataProvider();
    GDALDatasetUniquePtr dataset;
    QString table;
    std::vector<qint64> memFids; // MEM copy: OGR FID (index) -> the layer's FID
    if (layer.isModified()) {
        // Unsaved edits: copy the data as the user sees it to memory and query that.
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("Memory");
        if (!driver)
            return fail(tr("GDAL's Memory driver is not available."), layer.source());
        dataset.reset(driver->Create("", 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset)
            return fail(tr("Could not create an in-memory copy of “%1”: %2").arg(layer.name(), errors.lastFailure()),
                        layer.source());
        OGRLayer *mem = dataset->CreateLayer("edited", nullptr, wkbUnknown, nullptr);
        const Fields fields = provider->fields();
        for (const Field &field : fields) {
            OGRFieldSubType sub;
            OGRFieldDefn defn(field.name.toUtf8().constData(), ogrType(field.type, &sub));
            defn.SetSubType(sub);
            mem->CreateField(&defn);
        }
        memFids.push_back(-1); // FIDs start at 1
        auto copied = provider->forEachFeature({}, [&](Feature &&f) {
            OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(mem->GetLayerDefn()));
            feature->SetFID(GIntBig(memFids.size()));
            for (int i = 0; i < fields.size(); ++i)
                setOgrValue(*feature, i, fields.at(i).type, f.attributes.value(i));
            if (!f.geometry.isNull()) {
                OGRGeometry *geometry = nullptr;
                const QByteArray &wkb = f.geometry.wkb();
                if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &geometry, wkb.size()) == OGRERR_NONE)
                    feature->SetGeometryDirectly(geometry);
            }
            memFids.push_back(f.id);
            return mem->CreateFeature(feature.get()) == OGRERR_NONE;
        });
        if (!copied)
            return std::unexpected(copied.error());
        table = u"edited"_s;
    } else {
        CslList openOptions(provider->options().openOptions);
        dataset.reset(GDALDataset::Open(provider->source().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                        nullptr, openOptions.list(), nullptr));
        if (!dataset)
            return fail(tr("Cannot open %1: %2").arg(shown, errors.lastFailure()), layer.source(), errors.lastFailure());
        table = provider->layerName();
    }
    const QString sql = u"SELECT rowid AS \"__sel_fid\" FROM %1 WHERE (%2)"_s.arg(quotedIdentifier(table), where);
    OGRLayer *raw = dataset->ExecuteSQL(sql.toUtf8().constData(), nullptr, "SQLite");
    if (!raw) {
        const QString why = sqliteReason(errors.lastFailure());
        return fail(tr("The expression “%1” is not valid for “%2”: %3")
                        .arg(where, layer.name(), why.isEmpty() ? tr("unknown error") : why),
                    layer.source(), errors.lastFailure());
    }
    std::unique_ptr<OGRLayer, ResultSetRelease> resultSet(raw, ResultSetRelease{dataset.get()});
    const int fidIndex = resultSet->GetLayerDefn()->GetFieldIndex("__sel_fid");
    QSet<qint64> ids;
    while (OGRFeatureUniquePtr f{resultSet->GetNextFeature()}) {
        // The GeoPackage driver turns "rowid AS x" into the result's FID column.
        const qint64 fid = fidIndex >= 0 ? f->GetFieldAsInteger64(fidIndex) : f->GetFID();
        if (!memFids.empty()) {
            if (fid > 0 && fid < qint64(memFids.size()))
                ids.insert(memFids[size_t(fid)]);
        } else {
            ids.insert(fid);
        }
    }
    if (errors.hasFailures())
        return fail(tr("The expression “%1” failed on “%2”: %3").arg(where, layer.name(), sqliteReason(errors.lastFailure())),
                    layer.source(), errors.lastFailure());
    return ids;
}

QSet<qint64> SelectByExpressionDialog::combine(const QSet<qint64> &current, const QSet<qint64> &matches, Mode mode)
{
    switch (mode) {
    case Mode::New: return matches;
    case Mode::Add: return current | matches;
    case Mode::Remove: return current - matches;
    case Mode::Within: return current & matches;
    }
    return matches;
}

SelectByExpressionDialog::SelectByExpressionDialog(VectorLayer *layer, QWidget *parent)
    : QDialog(parent)
    , m_layer(layer)
{
    setObjectName(u"selectByExpressionDialog"_s);
    setWindowTitle(tr("Select by Expression — %1").arg(layer->name()));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("WHERE (SQLite SQL; the feature id is “rowid”):"), this));
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(u"expressionEdit"_s);
    m_edit->setPlaceholderText(tr("e.g. \"POBLACION\" > 10000 AND \"NOMBDIST\" LIKE 'CAY%'"));
    left->addWidget(m_edit, 1);
    top->addLayout(left, 2);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Fields (double-click to insert):"), this));
    m_fields = new QListWidget(this);
    for (const Field &field : layer->fields()) {
        auto *item = new QListWidgetItem(u"%1  (%2)"_s.arg(field.name, Field::typeName(field.type)), m_fields);
        item->setData(Qt::UserRole, field.name);
    }
    connect(m_fields, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_edit->insertPlainText(quotedIdentifier(item->data(Qt::UserRole).toString()));
        m_edit->setFocus();
    });
    right->addWidget(m_fields, 1);
    top->addLayout(right, 1);
    layout->addLayout(top, 1);

    auto *form = new QFormLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"modeCombo"_s);
    m_mode->addItem(tr("Create new selection"), int(Mode::New));
    m_mode->addItem(tr("Add to current selection"), int(Mode::Add));
    m_mode->addItem(tr("Remove from current selection"), int(Mode::Remove));
    m_mode->addItem(tr("Select within current selection"), int(Mode::Within));
    form->addRow(tr("Mode:"), m_mode);
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    if (layer->isModified())
        m_note->setText(tr("The layer has unsaved edits: the expression is evaluated on an in-memory copy of the "
                           "edited data."));
    m_note->setVisible(!m_note->text().isEmpty());
    layout->addWidget(m_note);
    m_message = new QLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *select = buttons->addButton(tr("&Select Features"), QDialogButtonBox::ApplyRole);
    select->setObjectName(u"selectButton"_s);
    select->setDefault(true);
    connect(select, &QPushButton::clicked, this, &SelectByExpressionDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 400);
}

QString SelectByExpressionDialog::expression() const { return m_edit->toPlainText(); }
void SelectByExpressionDialog::setExpression(const QString &expression) { m_edit->setPlainText(expression); }
SelectByExpressionDialog::Mode SelectByExpressionDialog::mode() const { return Mode(m_mode->currentData().toInt()); }
void SelectByExpressionDialog::setMode(Mode mode) { m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(mode)))); }
QString SelectByExpressionDialog::errorText() const { return m_message->property("error").toString(); }

bool SelectByExpressionDialog::apply()
{
    if (!m_layer)
        return false;
    auto matches = matchingFeatureIds(*m_layer, expression());
    if (!matches) {
        m_message->setProperty("error", matches.error().message);
        m_message->setStyleSheet(u"color: #b00020;"_s);
        m_message->setText(matches.error().message);
        return false;
    }
    m_message->setProperty("error", QString());
    const QSet<qint64> next = combine(m_layer->selectedFeatureIds(), *matches, mode());
    m_layer->selectFeatures(next);
    m_message->setStyleSheet({});
    m_message->setText(tr("%n feature(s) match; %1 selected.", nullptr, int(matches->size()))
                           .arg(m_layer->selectedFeatureCount()));
    return true;
}

} // namespace territoria
