// The edit buffer laid over a provider, and the undoable edits of a VectorLayer.
#include "data/vectorlayer.h"
#include "editfixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <cmath>
#include <limits>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

Geometry point(double x, double y)
{
    return *Geometry::fromWkt(u"POINT (%1 %2)"_s.arg(x, 0, 'g', 17).arg(y, 0, 'g', 17));
}

QList<Feature> readAll(const VectorDataProvider &p, const FeatureRequest &request = {})
{
    QList<Feature> out;
    auto n = p.forEachFeature(request, [&](Feature &&f) {
        out.append(std::move(f));
        return true;
    });
    if (!n)
        qWarning("%s", qPrintable(n.error().toString()));
    return out;
}

QList<qint64> idsOf(const QList<Feature> &features)
{
    QList<qint64> ids;
    for (const Feature &f : features)
        ids.append(f.id);
    return ids;
}

} // namespace

class TestVectorEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<VectorLayer> openFixture(const char *driver = "GPKG")
    {
        const QString ext = QByteArray(driver) == "GPKG" ? u"gpkg"_s : u"shp"_s;
        const QString sub = m_dir.filePath(u"case%1"_s.arg(++m_n));
        QDir().mkpath(sub);
        const QString path = sub + u"/pts."_s + ext;
        if (!editfixtures::writePoints(path, driver))
            return {};
        auto r = VectorLayer::open(path);
        if (!r) {
            qWarning("%s", qPrintable(r.error().toString()));
            return {};
        }
        return std::move(*r);
    }

private Q_SLOTS:
    void mergeSemantics()
    {
        auto layer = openFixture();
        QVERIFY(layer);
        QVERIFY(layer->supportsEditing());
        QVERIFY(layer->startEditing());
        QVERIFY(layer->isEditable());
        QVERIFY(!layer->isModified());
        auto source = layer->dataProvider();

        // fid 1 (100, 1010) moves to (10000, 20000); fid 2 is deleted; one point is added.
        QVERIFY(layer->changeGeometry(1, point(10000, 20000)));
        QVERIFY(layer->deleteFeatures({2}));
        auto added = layer->addFeature(point(-50, 500), {u"nuevo"_s, 7});
        QVERIFY(added);
        QCOMPARE(*added, -1);
        QVERIFY(layer->addField(Field{u"extra"_s, FieldType::Integer64, 0, 0}));
        QVERIFY(layer->deleteField(2)); // "area"
        QVERIFY(layer->changeAttributeValue(3, 3, qint64(1) << 40)); // extra of fid 3
        QVERIFY(layer->changeAttributeValue(4, 1, u"77"_s));         // pop of fid 4, converted
        QVERIFY(layer->isModified());

        auto p = layer->dataProvider();
        QCOMPARE(p->fields().names(), (QStringList{u"name"_s, u"pop"_s, u"day"_s, u"extra"_s}));
        QCOMPARE(p->featureCount(), 5);
        QCOMPARE(*p->featureIds(), (QList<qint64>{1, 3, 4, 5, -1}));
        // The source is untouched.
        QCOMPARE(source->featureCount(), 5);
        QCOMPARE(source->fields().size(), 4);
        QCOMPARE(layer->dataProvider()->sourceProvider()->fields().size(), 4);

        // The moved point is found at its new place only.
        const Extent oldPlace(90, 1000, 110, 1020);
        const Extent newPlace(9990, 19990, 10010, 20010);
        QCOMPARE(p->featureIdsInExtent(oldPlace), QList<qint64>{});
        QCOMPARE(p->featureIdsInExtent(newPlace), QList<qint64>{1});
        FeatureRequest atNew;
        atNew.filterExtent = newPlace;
        const QList<Feature> found = readAll(*p, atNew);
        QCOMPARE(idsOf(found), QList<qint64>{1});
        QCOMPARE(found[0].geometry, point(10000, 20000));
        QCOMPARE(found[0].attributes.value(0).toString(), u"p1"_s);
        FeatureRequest atOld;
        atOld.filterExtent = oldPlace;
        QCOMPARE(readAll(*p, atOld).size(), 0);
        // Deleted fid 2 (200, 1020) is gone from the extent filter too; the added point is found.
        QCOMPARE(p->featureIdsInExtent(Extent(190, 1010, 210, 1030)), QList<qint64>{});
        QCOMPARE(p->featureIdsInExtent(Extent(-60, 490, -40, 510)), QList<qint64>{-1});
        FeatureRequest everywhere;
        everywhere.filterExtent = Extent(-1000, -1000, 100000, 100000);
        QCOMPARE(idsOf(readAll(*p, everywhere)), (QList<qint64>{3, 4, 5, 1, -1}));

        // Exact extent: x from -50 (added) to 10000 (moved), y from 500 to 20000.
        const Extent e = p->extent();
        QCOMPARE(e.xMin(), -50.0);
        QCOMPARE(e.yMin(), 500.0);
        QCOMPARE(e.xMax(), 10000.0);
        QCOMPARE(e.yMax(), 20000.0);

        // Values: changed, added field, deleted field, converted value, added feature.
        auto f3 = p->feature(3);
        QVERIFY(f3);
        QCOMPARE(f3->attributes.size(), 4);
        QCOMPARE(f3->attributes[0].toString(), u"p3"_s);
        QCOMPARE(f3->attributes[1].toInt(), 30);
        QCOMPARE(f3->attributes[2].toDate(), QDate(2024, 1, 3));
        QCOMPARE(f3->attributes[3].toLongLong(), qint64(1) << 40);
        auto f4 = p->feature(4);
        QCOMPARE(f4->attributes[1], QVariant(77));
        QVERIFY(!f4->attributes[3].isValid());
        QVERIFY(!p->feature(2));
        auto fNew = p->feature(-1);
        QVERIFY(fNew);
        QCOMPARE(fNew->attributes[0].toString(), u"nuevo"_s);
        QCOMPARE(fNew->attributes[1].toInt(), 7);
        QVERIFY(!fNew->attributes[2].isValid());
        QCOMPARE(fNew->geometry, point(-50, 500));

        // Subsets, limits, no geometry.
        FeatureRequest subset;
        subset.attributes = {3};
        const QList<Feature> sub = readAll(*p, subset);
        QCOMPARE(sub.size(), 5);
        QCOMPARE(sub[1].id, 3);
        QCOMPARE(sub[1].attributes[3].toLongLong(), qint64(1) << 40);
        QVERIFY(!sub[1].attributes[0].isValid());
        FeatureRequest limited;
        limited.limit = 2;
        QCOMPARE(idsOf(readAll(*p, limited)), (QList<qint64>{1, 3}));
        FeatureRequest noGeom;
        noGeom.noGeometry = true;
        for (const Feature &f : readAll(*p, noGeom))
            QVERIFY(f.geometry.isNull());
        FeatureRequest noAttr;
        noAttr.noAttributes = true;
        const QList<Feature> geoms = readAll(*p, noAttr);
        QCOMPARE(geoms.size(), 5);
        QCOMPARE(geoms[0].geometry, point(10000, 20000));
        QVERIFY(geoms[0].attributes.isEmpty());

        // An older snapshot keeps its view.
        QCOMPARE(source->featureIdsInExtent(oldPlace), QList<qint64>{1});
    }

    void extentShrinksWhenBorderFeatureDeleted()
    {
        auto layer = openFixture();
        QVERIFY(layer);
        QVERIFY(layer->startEditing());
        QCOMPARE(layer->extent().xMax(), 500.0);
        QVERIFY(layer->deleteFeatures({5}));
        QCOMPARE(layer->extent().xMax(), 400.0);
        QCOMPARE(layer->extent().yMax(), 1040.0);
        QCOMPARE(layer->extent().xMin(), 100.0);
        // Moving an inner point outward grows it; moving it back inside does not shrink below the others.
        QVERIFY(layer->changeGeometry(3, point(300, 5000)));
        QCOMPARE(layer->extent().yMax(), 5000.0);
        QVERIFY(layer->changeGeometry(3, point(300, 1030)));
        QCOMPARE(layer->extent().yMax(), 1040.0);
    }

    void undoRedoRestoresExactEdits()
    {
        auto layer = openFixture();
        QVERIFY(layer);
        QVERIFY(layer->startEditing());
        QUndoStack *stack = layer->undoStack();
        QVERIFY(stack);
        QList<VectorEdits> states{layer->edits()};
        QVERIFY(layer->changeGeometry(2, point(1, 2)));
        states.append(layer->edits());
        QVERIFY(layer->addFeature(point(3, 4), {u"a"_s}));
        states.append(layer->edits());
        QVERIFY(layer->changeAttributeValue(-1, 1, 5));
        states.append(layer->edits());
        QVERIFY(layer->addField(Field{u"nota"_s, FieldType::String, 30, 0}));
        states.append(layer->edits());
        QVERIFY(layer->changeAttributeValue(2, 4, u"hola"_s));
        states.append(layer->edits());
        QVERIFY(layer->deleteFeatures({2, -1}));
        states.append(layer->edits());
        QVERIFY(layer->deleteField(0));
        states.append(layer->edits());
        QCOMPARE(stack->count(), 7);
        QCOMPARE(states.last().deletedFields, QStringList{u"name"_s});
        QCOMPARE(states.last().deleted, QSet<qint64>{2});
        QVERIFY(states.last().added.isEmpty());
        QVERIFY(states.last().changedGeometries.isEmpty());

        QSignalSpy added(layer.get(), &VectorLayer::featuresAdded);
        QSignalSpy edits(layer.get(), &VectorLayer::editsChanged);
        QSignalSpy fields(layer.get(), &VectorLayer::fieldsChanged);
        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            stack->undo();
            QVERIFY2(layer->edits() == states[i], qPrintable(u"undo to state %1"_s.arg(i)));
        }
        QCOMPARE(edits.count(), 7);
        QCOMPARE(fields.count(), 2);
        // Undoing the deletion brought back fid 2 and the added -1 in one signal.
        QCOMPARE(added.first().first().value<QSet<qint64>>(), (QSet<qint64>{2, -1}));
        QVERIFY(!layer->isModified());
        QCOMPARE(layer->dataProvider()->featureCount(), 5);
        for (qsizetype i = 1; i < states.size(); ++i) {
            stack->redo();
            QVERIFY2(layer->edits() == states[i], qPrintable(u"redo to state %1"_s.arg(i)));
        }
        QCOMPARE(layer->fields().names(), (QStringList{u"pop"_s, u"area"_s, u"day"_s, u"nota"_s}));
        QCOMPARE(layer->featureCount(), 4);
    }

    void macroIsOneUndoStep()
    {
        auto layer = openFixture();
        QVERIFY(layer);
        QVERIFY(layer->startEditing());
        layer->beginEditCommand(u"Multi-edit"_s);
        for (qint64 fid : {1, 2, 3})
            QVERIFY(layer->changeAttributeValue(fid, 1, 99));
        layer->endEditCommand();
        QCOMPARE(layer->undoStack()->count(), 1);
        QCOMPARE(layer->edits().changedAttributes.size(), 3);
        layer->undoStack()->undo();
        QVERIFY(layer->edits().isEmpty());
        QCOMPARE(layer->dataProvider()->feature(2)->attributes[1].toInt(), 20);
    }

    void bigMacroStaysFast()
    {
        auto layer = openFixture();
        QVERIFY(layer);
        QVERIFY(layer->startEditing());
        const QString journal = m_dir.filePath(u"big.json"_s);
        layer->setJournalPath(journal);
        QElapsedTimer timer;
        timer.start();
        constexpr int N = 3000;
        layer->beginEditCommand(u"Paste"_s);
        for (int i = 0; i < N; ++i)
            QVERIFY(layer->addFeature(point(i, -i), {u"n%1"_s.arg(i), i}));
        for (qint64 fid = -1; fid >= -N; --fid)
            QVERIFY(layer->changeAttributeValue(fid, 2, 0.5));
        QVERIFY(!QFileInfo::exists(journal)); // written once, when the macro ends
        layer->endEditCommand();
        QVERIFY(QFileInfo::exists(journal));
        QCOMPARE(layer->undoStack()->count(), 1);
        QCOMPARE(layer->featureCount(), N + 5);
        layer->undoStack()->undo();
        QCOMPARE(layer->featureCount(), 5);
        QVERIFY(!QFileInfo::exists(journal));
        layer->undoStack()->redo();
        QCOMPARE(layer->featureCount(), N + 5);
        QCOMPARE(layer->dataProvider()->feature(-N)->attributes[2].toDouble(), 0.5);
        QCOMPARE(layer->extent().xMax(), N - 1.0);
        QCOMPARE(layer->extent().yMin(), 1.0 - N);
        qInfo("%d edits in one macro, undo and redo: %lld ms", 2 * N, static_cast<long long>(timer.elapsed()));
        QVERIFY(timer.elapsed() < 5000);
        layer->rollBack();
    }

    void selectionFollowsDeletes()
    {
        auto layer = openFixture();
        QVERIFY(layer);
        QVERIFY(layer->startEditing());
        layer->selectFeatures({1, 2, 3});
        QSignalSpy sel(layer.get(), &VectorLayer::selectionChanged);
        QVERIFY(layer->deleteFeatures({2, 3}));
        QCOMPARE(layer->selectedFeatureIds(), QSet<qint64>{1});
        QCOMPARE(sel.count(), 1);
    }

    void rejectsBadEdits()
    {
        auto layer = openFixture();
        QVERIFY(layer);
        QVERIFY(!layer->addFeature(point(0, 0)));   // not editing
        QVERIFY(!layer->changeGeometry(1, point(0, 0)));
        QVERIFY(layer->startEditing());
        QVERIFY(!layer->changeAttributeValue(1, 1, u"not a number"_s));
        QVERIFY(!layer->changeAttributeValue(1, 17, 1));
        auto dup = layer->addField(Field{u"POP"_s, FieldType::Integer, 0, 0});
        QVERIFY(!dup);
        QVERIFY(dup.error().message.contains(u"POP"_s) || dup.error().message.contains(u"pop"_s));
        QVERIFY(!layer->addField(Field{u"fid"_s, FieldType::Integer, 0, 0}));
        QVERIFY(!layer->deleteField(9));
        QVERIFY(layer->deleteFeatures({4}));
        QVERIFY(!layer->changeGeometry(4, point(0, 0))); // deleted
        QVERIFY(!layer->deleteFeatures({4}));            // already deleted
        QVERIFY(layer->edits().deleted == QSet<qint64>{4});
        QVERIFY(!layer->addFeature(point(0, 0), {1, 2, 3, 4, 5, 6}));

        auto shp = openFixture("ESRI Shapefile");
        QVERIFY(shp);
        QVERIFY(shp->startEditing());
        auto longName = shp->addField(Field{u"muy_largo_nombre"_s, FieldType::String, 10, 0});
        QVERIFY(!longName);
        QVERIFY(longName.error().message.contains(u"muy_largo_nombre"_s));
    }

    void rollBackDropsEverything()
    {
        auto layer = openFixture();
        QVERIFY(layer);
        QVERIFY(layer->startEditing());
        QVERIFY(layer->addField(Field{u"x"_s, FieldType::Real, 0, 0}));
        QVERIFY(layer->deleteFeatures({1}));
        QSignalSpy stopped(layer.get(), &VectorLayer::editingStopped);
        QSignalSpy fields(layer.get(), &VectorLayer::fieldsChanged);
        layer->rollBack();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(fields.count(), 1);
        QVERIFY(!layer->isEditable());
        QVERIFY(!layer->undoStack());
        QCOMPARE(layer->featureCount(), 5);
        QCOMPARE(layer->fields().size(), 4);
        QVERIFY(layer->dataProvider()->edits().isEmpty());
    }

    void supportsEditingChecksTheSource()
    {
        // A CSV whose points come from x/y columns cannot store edited geometries.
        const QString csv = m_dir.filePath(u"xy.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x,y,name\n1,2,a\n3,4,b\n");
        f.close();
        auto layer = VectorLayer::open(csv);
        QVERIFY(layer);
        QString reason;
        QVERIFY(!(*layer)->supportsEditing(&reason));
        QVERIFY(reason.contains(u"xy.csv"_s));
        QVERIFY(!(*layer)->startEditing());

        // KML: editable only when the driver that read it can update it.
        const QString kml = m_dir.filePath(u"multilayer.kml"_s);
        QVERIFY(QFile::copy(QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/formats/multilayer.kml"_s, kml));
        auto kmlLayer = VectorLayer::open(kml);
        QVERIFY(kmlLayer);
        const QString kmlDriver = (*kmlLayer)->dataProvider()->driverName();
        GDALDatasetUniquePtr update(GDALDataset::Open(kml.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        QCOMPARE((*kmlLayer)->supportsEditing(&reason), update != nullptr);
        if (!update)
            QVERIFY2(reason.contains(u"multilayer.kml"_s) && reason.contains(kmlDriver), qPrintable(reason));

        // A read-only GeoPackage.
        auto gpkg = openFixture();
        QVERIFY(gpkg);
        const QString path = gpkg->source();
        gpkg.reset();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        auto ro = VectorLayer::open(path);
        QVERIFY(ro);
        if (QFileInfo(path).isWritable())
            QSKIP("running as root: permissions do not make files read-only");
        QVERIFY(!(*ro)->supportsEditing(&reason));
        QVERIFY(reason.contains(u"pts.gpkg"_s));
    }

    void editsJsonRoundTrip()
    {
        VectorEdits e;
        const QDateTime utc(QDate(2024, 2, 29), QTime(23, 59, 58, 125), Qt::UTC);
        const QDateTime offset(QDate(2023, 7, 1), QTime(8, 30), Qt::OffsetFromUTC, -5 * 3600);
        const QDateTime local(QDate(2020, 1, 1), QTime(0, 0, 1));
        e.added.insert(-1, {point(1.0 / 3.0, -2e-300), {{u"name"_s, u"Ñandú “x”"_s}, {u"d"_s, QDate(1999, 12, 31)}, {u"b"_s, true}}});
        e.added.insert(-2, {Geometry(), {{u"big"_s, QVariant(qint64(9007199254740993LL))}, {u"r"_s, 0.1}}});
        e.changedGeometries.insert(7, *Geometry::fromWkt(u"POLYGON ((0 0, 1 0, 1 1, 0 0))"_s));
        e.changedAttributes.insert(3, {{u"n"_s, QVariant()}, {u"t"_s, QTime(12, 0, 0, 5)}, {u"u"_s, utc}, {u"o"_s, offset},
                                       {u"l"_s, local}, {u"bin"_s, QByteArray("\x00\x01\xff", 3)},
                                       {u"list"_s, QVariantList{1, u"a"_s, 2.5}}, {u"i"_s, -42},
                                       {u"inf"_s, std::numeric_limits<double>::infinity()}});
        e.deleted = {1, 2, 9000000000LL};
        e.addedFields = {Field{u"nota"_s, FieldType::String, 30, 0}, Field{u"fecha"_s, FieldType::DateTime, 0, 0}};
        e.deletedFields = {u"area"_s};
        QVERIFY(!e.isEmpty());
        QVERIFY(VectorEdits().isEmpty());

        const QByteArray text = QJsonDocument(e.toJson()).toJson();
        auto back = VectorEdits::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back);
        QVERIFY(*back == e);
        // Types survive, not only values.
        const auto &vals = back->changedAttributes.value(3);
        QCOMPARE(vals.value(u"u"_s).toDateTime().timeSpec(), Qt::UTC);
        QCOMPARE(vals.value(u"o"_s).toDateTime().offsetFromUtc(), -5 * 3600);
        QCOMPARE(vals.value(u"l"_s).toDateTime().timeSpec(), Qt::LocalTime);
        QCOMPARE(vals.value(u"t"_s).typeId(), int(QMetaType::QTime));
        QCOMPARE(vals.value(u"i"_s).typeId(), int(QMetaType::Int));
        QVERIFY(!vals.value(u"n"_s).isValid());
        QVERIFY(vals.contains(u"n"_s));
        QCOMPARE(back->added.value(-2).attributes.value(u"big"_s).toLongLong(), 9007199254740993LL);
        QCOMPARE(back->added.value(-2).attributes.value(u"big"_s).typeId(), int(QMetaType::LongLong));
        QCOMPARE(back->added.value(-1).geometry.wkb(), point(1.0 / 3.0, -2e-300).wkb());
        QCOMPARE(back->added.value(-1).attributes.value(u"d"_s).typeId(), int(QMetaType::QDate));
        QVERIFY(std::isinf(vals.value(u"inf"_s).toDouble()));

        // Damaged input is an error, not a crash.
        QJsonObject bad = e.toJson();
        bad[u"changedGeometries"_s] = QJsonArray{QJsonObject{{u"fid"_s, u"1"_s}, {u"geometry"_s, u"zz"_s}}};
        QVERIFY(!VectorEdits::fromJson(bad));
        QJsonObject badValue = e.toJson();
        badValue[u"changedAttributes"_s] = QJsonArray{QJsonObject{{u"fid"_s, u"1"_s}, {u"values"_s, QJsonObject{{u"a"_s, QJsonObject{{u"t"_s, u"date"_s}, {u"v"_s, u"nope"_s}}}}}}};
        QVERIFY(!VectorEdits::fromJson(badValue));
    }
};

QTEST_GUILESS_MAIN(TestVectorEditing)
#include "tst_vectorediting.moc"
