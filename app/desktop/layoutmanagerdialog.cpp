#include "layoutmanagerdialog.h"

#include "layout/printlayout.h"
#include "layoutdesigner.h"
#include "project/project.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// Asks for a layout name, checking that it is not taken. Empty: cancelled.
QString askLayoutName(QWidget *parent, const Project &project, const QString &title, const QString &initial,
                      const QString &current = {})
{
    QString name = initial;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(parent, title, LayoutManagerDialog::tr("Layout name:"), QLineEdit::Normal, name,
                                     &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return {};
        if (name == current || !project.layout(name))
            return name;
        QMessageBox::warning(parent, title, LayoutManagerDialog::tr("There is already a layout called “%1”.").arg(name));
    }
}

Result<QString> addTemplate(Project *project, const QString &path)
{
    auto layout = PrintLayout::loadTemplate(path);
    if (!layout)
        return std::unexpected(layout.error());
    if (layout->name().isEmpty())
        layout->setName(LayoutManagerDialog::freeLayoutName(*project));
    const QString name = project->addLayout(*layout);
    project->setDirty();
    return name;
}

QString chooseTemplate(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, LayoutManagerDialog::tr("New Layout from Template"),
                                                      AppSettings::lastDirectory(u"layoutTemplate"_s),
                                                      LayoutManagerDialog::tr("Layout templates (*.ttlayout);;All files (*)"));
    if (!path.isEmpty())
        AppSettings::setLastDirectory(u"layoutTemplate"_s, path);
    return path;
}

} // namespace

LayoutManagerDialog::LayoutManagerDialog(Project *project, QWidget *designerParent, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_designerParent(designerParent)
{
    setWindowTitle(tr("Layout Manager"));
    auto *main = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"layoutList"_s);
    main->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto button = [this, buttons](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        buttons->addWidget(b);
        return b;
    };
    QPushButton *create = button(tr("&New…"), u"newButton"_s);
    QPushButton *fromTemplate = button(tr("New from &Template…"), u"newFromTemplateButton"_s);
    m_open = button(tr("&Open"), u"openButton"_s);
    m_duplicate = button(tr("&Duplicate…"), u"duplicateButton"_s);
    m_rename = button(tr("&Rename…"), u"renameButton"_s);
    m_remove = button(tr("Re&move"), u"removeButton"_s);
    buttons->addStretch();
    QPushButton *close = button(tr("Close"), u"closeButton"_s);
    main->addLayout(buttons);

    connect(create, &QPushButton::clicked, this, [this] {
        const QString name = askLayoutName(this, *m_project, tr("New Layout"), freeLayoutName(*m_project));
        if (!name.isEmpty())
            openLayout(newLayout(name));
    });
    connect(fromTemplate, &QPushButton::clicked, this, [this] {
        const QString path = chooseTemplate(this);
        if (path.isEmpty())
            return;
        auto name = newLayoutFromTemplate(path);
        if (!name) {
            QMessageBox::warning(this, tr("New Layout from Template"), name.error().message);
            return;
        }
        openLayout(*name);
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openLayout(currentName()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { openLayout(currentName()); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const QString from = currentName();
        if (from.isEmpty())
            return;
        const QString name = askLayoutName(this, *m_project, tr("Duplicate Layout"), tr("%1 (copy)").arg(from));
        if (name.isEmpty())
            return;
        const QString copy = duplicateLayout(from);
        if (copy != name)
            renameLayout(copy, name);
        setCurrentName(name);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QString from = currentName();
        if (from.isEmpty())
            return;
        const QString to = askLayoutName(this, *m_project, tr("Rename Layout"), from, from);
        if (!to.isEmpty() && to != from)
            renameLayout(from, to);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = currentName();
        if (name.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Remove Layout"),
                                  tr("Remove the layout “%1” from the project? Its designer closes.").arg(name))
            == QMessageBox::Yes)
            removeLayout(name);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &LayoutManagerDialog::updateButtons);
    connect(m_project, &Project::layoutsChanged, this, &LayoutManagerDialog::refresh);
    refresh();
    resize(460, 320);
}

QString LayoutManagerDialog::freeLayoutName(const Project &project)
{
    for (int n = 1;; ++n) {
        const QString name = tr("Layout %1").arg(n);
        if (!project.layout(name))
            return name;
    }
}

QString LayoutManagerDialog::currentName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

void LayoutManagerDialog::setCurrentName(const QString &name)
{
    const auto found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

void LayoutManagerDialog::refresh()
{
    const QString current = currentName();
    m_list->clear();
    m_list->addItems(m_project->layoutNames());
    setCurrentName(current);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void LayoutManagerDialog::updateButtons()
{
    const bool has = m_list->currentItem();
    for (QPushButton *b : {m_open, m_duplicate, m_rename, m_remove})
        b->setEnabled(has);
}

QString LayoutManagerDialog::newLayout(const QString &name)
{
    const QString wanted = name.isEmpty() ? freeLayoutName(*m_project) : name;
    const Extent extent = m_mapExtent ? m_mapExtent() : Extent();
    const QString added = m_project->addLayout(LayoutDesigner::defaultLayout(*m_project, wanted, extent));
    m_project->setDirty();
    setCurrentName(added);
    return added;
}

Result<QString> LayoutManagerDialog::newLayoutFromTemplate(const QString &path)
{
    auto name = addTemplate(m_project, path);
    if (name)
        setCurrentName(*name);
    return name;
}

QString LayoutManagerDialog::duplicateLayout(const QString &name)
{
    const PrintLayout *layout = m_project->layout(name);
    if (!layout)
        return {};
    PrintLayout copy = *layout;
    copy.setName(tr("%1 (copy)").arg(name));
    const QString added = m_project->addLayout(copy);
    m_project->setDirty();
    setCurrentName(added);
    return added;
}

bool LayoutManagerDialog::renameLayout(const QString &from, const QString &to)
{
    const PrintLayout *layout = m_project->layout(from);
    if (!layout || to.trimmed().isEmpty() || m_project->layout(to))
        return false;
    PrintLayout copy = *layout;
    copy.setName(to);
    // The open designer follows first, so that it still finds its layout.
    LayoutDesigner *designer = LayoutDesigner::find(m_project, from, m_designerParent);
    if (designer)
        designer->setLayoutName(to);
    if (!m_project->replaceLayout(from, copy)) {
        if (designer)
            designer->setLayoutName(from);
        return false;
    }
    m_project->setDirty();
    setCurrentName(to);
    return true;
}

bool LayoutManagerDialog::removeLayout(const QString &name)
{
    if (!m_project->removeLayout(name))
        return false;
    m_project->setDirty();
    return true;
}

LayoutDesigner *LayoutManagerDialog::openLayout(const QString &name)
{
    if (name.isEmpty())
        return nullptr;
    return LayoutDesigner::open(m_project, name, m_designerParent, m_mapExtent);
}

QMenu *createPrintLayoutsMenu(Project *project, QWidget *window, std::function<Extent()> mapExtent)
{
    auto *menu = new QMenu(LayoutManagerDialog::tr("Print &Layouts"), window);
    menu->setObjectName(u"printLayoutsMenu"_s);
    auto rebuild = [menu, project, window, mapExtent] {
        menu->clear();
        QAction *create = menu->addAction(LayoutManagerDialog::tr("&New Layout…"));
        create->setObjectName(u"newLayoutAction"_s);
        QObject::connect(create, &QAction::triggered, window, [project, window, mapExtent] {
            const QString name = askLayoutName(window, *project, LayoutManagerDialog::tr("New Layout"),
                                               LayoutManagerDialog::freeLayoutName(*project));
            if (name.isEmpty())
                return;
            const QString added = project->addLayout(
                LayoutDesigner::defaultLayout(*project, name, mapExtent ? mapExtent() : Extent()));
            project->setDirty();
            LayoutDesigner::open(project, added, window, mapExtent);
        });
        QAction *fromTemplate = menu->addAction(LayoutManagerDialog::tr("New Layout from &Template…"));
        QObject::connect(fromTemplate, &QAction::triggered, window, [project, window, mapExtent] {
            const QString path = chooseTemplate(window);
            if (path.isEmpty())
                return;
            auto name = addTemplate(project, path);
            if (!name) {
                QMessageBox::warning(window, LayoutManagerDialog::tr("New Layout from Template"), name.error().message);
                return;
            }
            LayoutDesigner::open(project, *name, window, mapExtent);
        });
        QAction *manager = menu->addAction(LayoutManagerDialog::tr("Layout &Manager…"));
        manager->setObjectName(u"layoutManagerAction"_s);
        QObject::connect(manager, &QAction::triggered, window, [project, window, mapExtent] {
            LayoutManagerDialog dialog(project, window, window);
            dialog.setMapExtentProvider(mapExtent);
            dialog.exec();
        });
        menu->addSeparator();
        const QStringList names = project->layoutNames();
        if (names.isEmpty()) {
            menu->addAction(LayoutManagerDialog::tr("(no layouts in this project)"))->setEnabled(false);
        }
        for (const QString &name : names) {
            QAction *open = menu->addAction(name);
            QObject::connect(open, &QAction::triggered, window,
                             [project, window, mapExtent, name] { LayoutDesigner::open(project, name, window, mapExtent); });
        }
    };
    rebuild();
    // Queued: an action of the menu may be what changed the layouts, and it must
    // not be deleted while it emits.
    QObject::connect(project, &Project::layoutsChanged, menu, rebuild, Qt::QueuedConnection);
    QObject::connect(project, &Project::loaded, menu, rebuild, Qt::QueuedConnection);
    QObject::connect(project, &Project::cleared, menu, rebuild, Qt::QueuedConnection);
    return menu;
}

} // namespace territoria
