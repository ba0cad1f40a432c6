#include "../common/uitest.h"
#include "gui/layoutview.h"
#include "layout/printlayout.h"
#include "project/project.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace territoria;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(territoria::LayoutView::EditKind)

// The page canvas at a known zoom: 2 px per mm with the page's top-left corner
// at pixel (50, 40), so page point (x, y) mm is pixel (50 + 2x, 40 + 2y).
// Item A: (20, 20) 40 x 20 mm; item B: (100, 20) 50 x 30 mm; A4 landscape.
class TestLayoutView : public QObject
{
    Q_OBJECT
private:
    PrintLayout m_layout;
    QString m_a, m_b;

    std::unique_ptr<LayoutView> makeView()
    {
        m_layout = PrintLayout(u"Test"_s);
        auto a = std::make_unique<LabelItem>();
        a->rectMm = QRectF(20, 20, 40, 20);
        a->text = u"A"_s;
        m_a = m_layout.addItem(std::move(a))->id;
        auto b = std::make_unique<LabelItem>();
        b->rectMm = QRectF(100, 20, 50, 30);
        b->text = u"B"_s;
        m_b = m_layout.addItem(std::move(b))->id;

        auto view = std::make_unique<LayoutView>();
        view->resize(800, 600);
        view->setPrintLayout(&m_layout);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        view->setZoom(2.0);
        view->setPageOrigin(QPointF(50, 40));
        view->setSnapToItems(false);
        view->setSnapToGrid(false);
        return view;
    }

    static QPoint px(double xMm, double yMm) { return QPoint(qRound(50 + 2 * xMm), qRound(40 + 2 * yMm)); }

    static void drag(QWidget *w, const QPoint &from, const QPoint &to, Qt::KeyboardModifiers mods = {})
    {
        QTest::mousePress(w, Qt::LeftButton, mods, from);
        QTest::mouseMove(w, from + (to - from) / 2);
        QTest::mouseMove(w, to);
        QTest::mouseRelease(w, Qt::LeftButton, mods, to);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<LayoutView::EditKind>(); }

    void coordinates()
    {
        auto view = makeView();
        QVERIFY(view);
        QCOMPARE(view->pageToView(QPointF(10, 5)), QPointF(70, 50));
        QCOMPARE(view->viewToPage(QPointF(250, 140)), QPointF(100, 50));
        QCOMPARE(view->itemAt(px(30, 30)), m_a);
        QCOMPARE(view->itemAt(px(120, 45)), m_b);
        QVERIFY(view->itemAt(px(80, 30)).isEmpty());
    }

    void dragMovesItem()
    {
        auto view = makeView();
        QVERIFY(view);
        QSignalSpy edited(view.get(), &LayoutView::itemsEdited);
        QSignalSpy selection(view.get(), &LayoutView::selectionChanged);
        // Press in A's middle (40, 30 mm) and drag 60 px right, 20 px down:
        // 30 mm and 10 mm at 2 px/mm.
        drag(view.get(), px(40, 30), px(40, 30) + QPoint(60, 20));
        QCOMPARE(view->selectedIds(), QStringList{m_a});
        QVERIFY(selection.count() >= 1);
        QCOMPARE(m_layout.item(m_a)->rectMm, QRectF(50, 30, 40, 20));
        QCOMPARE(m_layout.item(m_b)->rectMm, QRectF(100, 20, 50, 30));
        QCOMPARE(edited.count(), 1); // one change for the whole drag
        const auto before = edited.at(0).at(1).value<QList<QJsonObject>>();
        const auto after = edited.at(0).at(2).value<QList<QJsonObject>>();
        QCOMPARE(before.size(), 1);
        QCOMPARE(edited.at(0).at(0).value<LayoutView::EditKind>(), LayoutView::EditKind::Move);
        QCOMPARE(before.first().value(u"id"_s).toString(), m_a);
        auto old = LayoutItem::fromJson(before.first(), {});
        QVERIFY(old.has_value());
        QCOMPARE((*old)->rectMm, QRectF(20, 20, 40, 20));
        auto now = LayoutItem::fromJson(after.first(), {});
        QCOMPARE((*now)->rectMm, QRectF(50, 30, 40, 20));
    }

    void clickWithoutDragDoesNotMove()
    {
        auto view = makeView();
        QVERIFY(view);
        QSignalSpy edited(view.get(), &LayoutView::itemsEdited);
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, px(120, 30));
        QCOMPARE(view->selectedIds(), QStringList{m_b});
        QCOMPARE(edited.count(), 0);
        // Shift-click adds, shift-click again removes.
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::ShiftModifier, px(30, 30));
        QCOMPARE(view->selectedIds(), (QStringList{m_b, m_a}));
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::ShiftModifier, px(120, 30));
        QCOMPARE(view->selectedIds(), QStringList{m_a});
        // A click on the empty page clears.
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, px(80, 150));
        QVERIFY(view->selectedIds().isEmpty());
    }

    void snapsToOtherItemsEdge()
    {
        auto view = makeView();
        QVERIFY(view);
        view->setSnapToItems(true);
        view->setSnapTolerancePixels(8); // 4 mm at 2 px/mm
        // Moving A 37 mm right puts its right edge at 97 mm, 3 mm from B's left
        // edge (100): it snaps there, A's left edge lands on 60 mm. Vertically A's
        // top (20) already lies on B's top: no shift.
        QList<double> v, h;
        const QRectF snapped = view->snapMovedRect(QRectF(57, 20, 40, 20), {m_a}, &v, &h);
        QCOMPARE(snapped, QRectF(60, 20, 40, 20));
        QCOMPARE(v, QList<double>{100});
        QCOMPARE(h, QList<double>{20});
        // 6 mm away (right edge at 94) is beyond the tolerance: no snap in x;
        // the top edge, 2 mm below B's top (20), snaps up to it.
        QCOMPARE(view->snapMovedRect(QRectF(54, 22, 40, 20), {m_a}).topLeft(), QPointF(54, 20));
        QCOMPARE(view->snapMovedRect(QRectF(54, 60, 40, 20), {m_a}).topLeft(), QPointF(54, 60));
        // Page centre: A's centre at 147 mm snaps to 148.5.
        QCOMPARE(view->snapMovedRect(QRectF(127, 60, 40, 20), {m_a}).left(), 128.5);

        // The same by dragging: 74 px = 37 mm. Mid-drag the item is only previewed.
        QSignalSpy edited(view.get(), &LayoutView::itemsEdited);
        Project project;
        view->setProject(&project);
        view->renderNow();
        QTest::mousePress(view.get(), Qt::LeftButton, {}, px(40, 30));
        QTest::mouseMove(view.get(), px(40, 30) + QPoint(40, 0));
        QTest::mouseMove(view.get(), px(40, 30) + QPoint(74, 0));
        QCOMPARE(m_layout.item(m_a)->rectMm, QRectF(20, 20, 40, 20));
        testutil::saveScreenshot(view.get(), u"layoutview_snapping"_s);
        QTest::mouseRelease(view.get(), Qt::LeftButton, {}, px(40, 30) + QPoint(74, 0));
        view->setProject(nullptr);
        QCOMPARE(m_layout.item(m_a)->rectMm, QRectF(60, 20, 40, 20));
        QCOMPARE(edited.count(), 1);
        // And 68 px = 34 mm from there: right edge at 134, not near anything
        // within 4 mm (B's centre 125, right 150; page centre 148.5; A's centre 114).
        drag(view.get(), px(80, 30), px(80, 30) + QPoint(68, 0));
        QCOMPARE(m_layout.item(m_a)->rectMm, QRectF(94, 20, 40, 20));
    }

    void snapsToGrid()
    {
        auto view = makeView();
        QVERIFY(view);
        view->setSnapToGrid(true);
        view->setGridStep(5);
        view->setSnapTolerancePixels(8);
        // Drag 33 px (16.5 mm): the left edge would be at 36.5; the grid puts it on 35.
        drag(view.get(), px(40, 30), px(40, 30) + QPoint(33, 0));
        QCOMPARE(m_layout.item(m_a)->rectMm, QRectF(35, 20, 40, 20));
    }

    void resizeByHandle()
    {
        auto view = makeView();
        QVERIFY(view);
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, px(120, 30));
        QCOMPARE(view->selectedIds(), QStringList{m_b});
        QSignalSpy edited(view.get(), &LayoutView::itemsEdited);
        // The bottom-right handle sits on B's corner (150, 50 mm) = pixel (350, 140).
        QCOMPARE(px(150, 50), QPoint(350, 140));
        drag(view.get(), QPoint(350, 140), QPoint(370, 150)); // +10 mm, +5 mm
        QCOMPARE(m_layout.item(m_b)->rectMm, QRectF(100, 20, 60, 35));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).value<LayoutView::EditKind>(), LayoutView::EditKind::Resize);
        // The left handle (100, 37.5 mm) dragged 30 px left: x 85, width 75.
        drag(view.get(), px(100, 37.5), px(100, 37.5) - QPoint(30, 0));
        QCOMPARE(m_layout.item(m_b)->rectMm, QRectF(85, 20, 75, 35));
        // The top handle dragged past the bottom flips, never below 1 mm.
        drag(view.get(), px(122.5, 20), px(122.5, 55) + QPoint(0, 1));
        QVERIFY(m_layout.item(m_b)->rectMm.height() >= 1.0);
        QCOMPARE(m_layout.item(m_b)->rectMm.top(), 55.0);
    }

    void rubberBandSelects()
    {
        auto view = makeView();
        QVERIFY(view);
        QSignalSpy selection(view.get(), &LayoutView::selectionChanged);
        // From (10, 10) to (70, 45) mm: touches A only.
        drag(view.get(), px(10, 10), px(70, 45));
        QCOMPARE(view->selectedIds(), QStringList{m_a});
        // To (105, 45): reaches B's left part too.
        drag(view.get(), px(10, 10), px(105, 45));
        QCOMPARE(view->selectedIds(), (QStringList{m_a, m_b}));
        // Nothing moved.
        QCOMPARE(m_layout.item(m_a)->rectMm, QRectF(20, 20, 40, 20));
        // An empty band clears.
        drag(view.get(), px(10, 100), px(60, 150));
        QVERIFY(view->selectedIds().isEmpty());
        QVERIFY(selection.count() >= 3);
    }

    void arrowKeysNudge()
    {
        auto view = makeView();
        QVERIFY(view);
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, px(30, 30));
        QSignalSpy edited(view.get(), &LayoutView::itemsEdited);
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(m_layout.item(m_a)->rectMm, QRectF(21, 20, 40, 20));
        QTest::keyClick(view.get(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_layout.item(m_a)->rectMm, QRectF(21, 30, 40, 20));
        QTest::keyClick(view.get(), Qt::Key_Left);
        QTest::keyClick(view.get(), Qt::Key_Up);
        QCOMPARE(m_layout.item(m_a)->rectMm, QRectF(20, 29, 40, 20));
        QCOMPARE(edited.count(), 4);
        QCOMPARE(edited.at(0).at(0).value<LayoutView::EditKind>(), LayoutView::EditKind::Nudge);
        // A locked item does not move.
        m_layout.item(m_a)->locked = true;
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(m_layout.item(m_a)->rectMm, QRectF(20, 29, 40, 20));
        QCOMPARE(edited.count(), 4);
    }

    void deleteKeyRequestsRemoval()
    {
        auto view = makeView();
        QVERIFY(view);
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, px(30, 30));
        QSignalSpy removed(view.get(), &LayoutView::deleteRequested);
        QTest::keyClick(view.get(), Qt::Key_Delete);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toStringList(), QStringList{m_a});
    }

    void drawsNewItemRectangle()
    {
        auto view = makeView();
        QVERIFY(view);
        QSignalSpy drawn(view.get(), &LayoutView::itemRectDrawn);
        view->setAddItemType(LayoutItemType::Map);
        drag(view.get(), px(10, 60), px(110, 160));
        QCOMPARE(drawn.count(), 1);
        QCOMPARE(drawn.at(0).at(0).value<LayoutItemType>(), LayoutItemType::Map);
        QCOMPARE(drawn.at(0).at(1).toRectF(), QRectF(10, 60, 100, 100));
        QVERIFY(!view->addItemType());
        // A click gives the default size at the click.
        view->setAddItemType(LayoutItemType::NorthArrow);
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, px(200, 100));
        QCOMPARE(drawn.count(), 2);
        QCOMPARE(drawn.at(1).at(1).toRectF(), QRectF(QPointF(200, 100), LayoutView::defaultItemSize(LayoutItemType::NorthArrow)));
    }

    void wheelZoomKeepsPointUnderCursor()
    {
        auto view = makeView();
        QVERIFY(view);
        const QPointF cursor = px(100, 50);
        const QPointF before = view->viewToPage(cursor);
        QWheelEvent wheel(cursor, view->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.get(), &wheel);
        QVERIFY(view->zoom() > 2.0);
        const QPointF after = view->viewToPage(cursor);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-9 && std::abs(after.y() - before.y()) < 1e-9);
        // Middle-button drag pans by the pixels moved.
        const QPointF origin = view->pageToView(QPointF(0, 0));
        QTest::mousePress(view.get(), Qt::MiddleButton, {}, QPoint(400, 300));
        QTest::mouseMove(view.get(), QPoint(420, 310));
        QTest::mouseRelease(view.get(), Qt::MiddleButton, {}, QPoint(420, 310));
        QCOMPARE(view->pageToView(QPointF(0, 0)), origin + QPointF(20, 10));
    }

    void rendersThePage()
    {
        auto view = makeView();
        QVERIFY(view);
        Project project;
        view->setProject(&project);
        QSignalSpy rendered(view.get(), &LayoutView::renderFinished);
        view->renderNow();
        QCOMPARE(rendered.count(), 1);
        const QImage image = view->renderedImage();
        QVERIFY(!image.isNull());
        // 297 x 210 mm at 2 px/mm (times the device pixel ratio).
        const double dpr = view->devicePixelRatioF();
        QCOMPARE(image.width(), int(std::ceil(297 * 2 * dpr)));
        QCOMPARE(image.height(), int(std::ceil(210 * 2 * dpr)));
        view->setProject(nullptr);
    }
};

QTEST_MAIN(TestLayoutView)
#include "tst_layoutview.moc"
