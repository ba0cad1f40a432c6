#include "data/layerloader.h"
#include "gui/layertreemodel.h"
#include "project/project.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

class TestLayerTreeModel : public QObject
{
    Q_OBJECT
private:
    static QStringList names(const Project &project)
    {
        QStringList result;
        for (Layer *layer : project.layers())
            result << layer->name();
        return result;
    }
    static QStringList names(const LayerTreeModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.data(model.index(row, 0)).toString();
        return result;
    }
    void fill(Project &project)
    {
        const QString data = QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/"_s;
        for (const QString &path : {u"crs/NY8_utm18.shp"_s, u"crs/testlayer_3857.shp"_s, u"geometry/multipoint.shp"_s}) {
            auto layer = openLayer(data + path);
            QVERIFY2(layer.has_value(), layer ? "" : qPrintable(layer.error().toString()));
            project.addLayer(std::move(*layer), 0);
        }
    }

private Q_SLOTS:
    void mirrorsProject()
    {
        Project project;
        LayerTreeModel model(&project);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        fill(project);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(names(model), names(project));
        QCOMPARE(model.layer(model.index(0, 0)), project.layers().first());
        QVERIFY(!model.data(model.index(0, 0), Qt::DecorationRole).value<QIcon>().isNull());
        project.removeLayer(project.layers().at(1)->id());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(names(model), names(project));
    }

    void visibility()
    {
        Project project;
        LayerTreeModel model(&project);
        fill(project);
        const QModelIndex idx = model.index(1, 0);
        QCOMPARE(model.data(idx, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.flags(idx) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(idx, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!project.layers().at(1)->isVisible());
        QVERIFY(project.layers().at(0)->isVisible());
        QCOMPARE(model.data(idx, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // A change made elsewhere shows up.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        project.layers().at(1)->setVisible(true);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.data(idx, Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void rename()
    {
        Project project;
        LayerTreeModel model(&project);
        fill(project);
        const QModelIndex idx = model.index(2, 0);
        QVERIFY(model.flags(idx) & Qt::ItemIsEditable);
        QVERIFY(model.setData(idx, u"  Distritos de Arequipa "_s, Qt::EditRole));
        QCOMPARE(project.layers().at(2)->name(), u"Distritos de Arequipa"_s);
        QCOMPARE(model.data(idx).toString(), u"Distritos de Arequipa"_s);
        QVERIFY(!model.setData(idx, u"   "_s, Qt::EditRole)); // empty names are refused
        QCOMPARE(project.layers().at(2)->name(), u"Distritos de Arequipa"_s);
    }

    void reorder()
    {
        Project project;
        LayerTreeModel model(&project);
        fill(project);
        const QStringList before = names(project); // [c, b, a]
        QPersistentModelIndex top(model.index(0, 0));
        QVERIFY(model.moveLayer(0, 3)); // top -> bottom
        QCOMPARE(names(project), (QStringList{before[1], before[2], before[0]}));
        QCOMPARE(names(model), names(project));
        QCOMPARE(top.row(), 2); // the persistent index followed the layer
        QVERIFY(!model.moveLayer(1, 2)); // before the next one: no move
        QVERIFY(model.moveLayer(2, 0));
        QCOMPARE(names(project), before);

        // Drag and drop: the bottom layer dropped before the first row.
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(2, 0)}));
        QVERIFY(mime);
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
        model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(names(project), (QStringList{before[2], before[0], before[1]}));
        QCOMPARE(names(model), names(project));
    }
};

QTEST_MAIN(TestLayerTreeModel)
#include "tst_layertreemodel.moc"
