#pragma once
// Test fixtures for the editing tests: small GeoPackage layers written with GDAL
// itself (independently of Territoria's writers), and helpers to answer modal
// dialogs from a timer.

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QMessageBox>
#include <QAbstractButton>
#include <QPushButton>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <QVariant>

#include <functional>

namespace edittest {

struct FixtureField {
    const char *name;
    OGRFieldType type;
    int width = 0;
    int precision = 0;
};

struct FixtureFeature {
    const char *wkt;
    QVariantList values; // in field order; invalid = NULL
};

// Writes a GeoPackage table `layer` in EPSG:`epsg` with the given fields and features.
inline bool writeGpkg(const QString &path, const char *layer, int epsg, OGRwkbGeometryType type,
                      const QList<FixtureField> &fields, const QList<FixtureFeature> &features)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return false;
    GDALDatasetUniquePtr ds(QFile::exists(path)
                                ? GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE)
                                : driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *l = ds->CreateLayer(layer, &srs, type, nullptr);
    if (!l)
        return false;
    for (const FixtureField &f : fields) {
        OGRFieldDefn defn(f.name, f.type);
        defn.SetWidth(f.width);
        defn.SetPrecision(f.precision);
        if (l->CreateField(&defn) != OGRERR_NONE)
            return false;
    }
    for (const FixtureFeature &f : features) {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(l->GetLayerDefn()));
        for (int i = 0; i < f.values.size(); ++i) {
            const QVariant &v = f.values.at(i);
            if (!v.isValid())
                feature->SetFieldNull(i);
            else if (v.typeId() == QMetaType::Double)
                feature->SetField(i, v.toDouble());
            else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                feature->SetField(i, GIntBig(v.toLongLong()));
            else
                feature->SetField(i, v.toString().toUtf8().constData());
        }
        if (f.wkt) {
            OGRGeometry *geometry = nullptr;
            if (OGRGeometryFactory::createFromWkt(f.wkt, &srs, &geometry) != OGRERR_NONE)
                return false;
            feature->SetGeometryDirectly(geometry);
        }
        if (l->CreateFeature(feature.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

// The folder of an editing test: its layers and the edit journal.
class EditTestDir
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString journalDir() const { return m_dir.filePath(QStringLiteral("journal")); }
    // Points TERRITORIA_JOURNAL_DIR at journalDir().
    void useAsJournalDir() const { qputenv("TERRITORIA_JOURNAL_DIR", journalDir().toUtf8()); }

    // Writes the GeoPackage `name`.gpkg with the table `layer` (EPSG:32719); its
    // path, or "" when it could not be written.
    QString writeLayer(const QString &name, const char *layer, OGRwkbGeometryType type,
                       const QList<FixtureField> &fields, const QList<FixtureFeature> &features) const
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".gpkg"));
        return writeGpkg(path, layer, 32719, type, fields, features) ? path : QString();
    }

private:
    QTemporaryDir m_dir;
};

// The feature count and the value of `field` per FID, read back with GDAL.
inline QMap<qint64, QVariant> readColumn(const QString &path, const char *field)
{
    QMap<qint64, QVariant> out;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!ds)
        return out;
    OGRLayer *l = ds->GetLayer(0);
    const int index = l->GetLayerDefn()->GetFieldIndex(field);
    for (auto &f : *l) {
        if (index < 0 || !f->IsFieldSetAndNotNull(index))
            out.insert(f->GetFID(), QVariant());
        else
            out.insert(f->GetFID(), QString::fromUtf8(f->GetFieldAsString(index)));
    }
    return out;
}

// Runs `action` on the next modal dialog that appears (polling every 20 ms for up to 5 s).
inline void onNextModal(std::function<void(QWidget *)> action, int attempts = 250)
{
    QTimer::singleShot(20, qApp, [action, attempts] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            if (attempts > 0)
                onNextModal(action, attempts - 1);
            return;
        }
        action(modal);
    });
}

// Clicks `button` of the next QMessageBox; records its text in `text`.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    onNextModal([button, text](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (!box) {
            if (auto *d = qobject_cast<QDialog *>(w))
                d->reject();
            return;
        }
        if (text)
            *text = box->text();
        if (QAbstractButton *b = box->button(button))
            b->click();
        else
            box->reject();
    });
}

} // namespace edittest
