#pragma once

// Test helper of the desktop tests that run analyses (tst_autorerun,
// tst_scenariodock): the prioritization plugin loaded in test mode, and the
// desktop objects an AnalysisController works with, built as the main window
// builds them.
#include "analysis/algorithmregistry.h"
#include "desktop/analysiscontroller.h"
#include "desktop/layeropener.h"
#include "desktop/logdock.h"
#include "desktop/notifier.h"
#include "gui/messagebar.h"
#include "project/project.h"

#include "uitest.h"

#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace territoria::test {

// Test mode (fresh settings), the test translator and the plugins of the build
// tree; false when prioritization:mcda is not among them.
inline bool initAnalysisTest(AlgorithmRegistry &registry)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    testutil::installTestTranslator();
    registry.loadPlugins();
    return registry.algorithm(QStringLiteral("prioritization:mcda")) != nullptr;
}

// A window with a message bar and a log, a project, and an analysis controller
// that adds its output layers to the project.
struct AnalysisDesktop {
    explicit AnalysisDesktop(AlgorithmRegistry *registry)
        : bar(&window)
        , log(&window)
        , notifier(&bar, &log)
        , opener(&project, &notifier, &window)
        , controller(registry, &project, &notifier, &opener, &window)
    {
    }

    QWidget window;
    Project project;
    MessageBar bar;
    LogDock log;
    Notifier notifier;
    LayerOpener opener;
    AnalysisController controller;
};

} // namespace territoria::test
