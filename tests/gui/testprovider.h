#pragma once
// A tiny analysis provider for the GUI and app tests, registered with
// AlgorithmRegistry::addProvider:
//   test:wait_for_cancel  loops (reporting progress) until its Feedback is canceled;
//                         it gives up with an error after `seconds`, so a broken
//                         cancel fails the test instead of hanging it.
//   test:fail             always fails with a known message.
#include "analysis/algorithm.h"
#include "analysis/analysisprovider.h"
#include "task/feedback.h"

#include <QElapsedTimer>
#include <QThread>

namespace testprovider {

using namespace territoria;

inline const char *failMessage = "the test algorithm always fails";

class WaitForCancel : public Algorithm
{
public:
    QString id() const override { return QStringLiteral("test:wait_for_cancel"); }
    QString displayName() const override { return QStringLiteral("Wait for cancel"); }
    QString group() const override { return QStringLiteral("Test tools"); }
    QString shortHelp() const override { return QStringLiteral("Runs until canceled."); }
    QList<ParameterDefinition> parameterDefinitions() const override
    {
        return {ParameterDefinition::make(QStringLiteral("seconds"), QStringLiteral("Give up after"), ParameterType::Number)
                    .withRange(0.1, 600)
                    .withDefault(20.0)};
    }
    QList<OutputDefinition> outputDefinitions() const override
    {
        return {OutputDefinition{QStringLiteral("loops"), QStringLiteral("Loops"), OutputType::Number}};
    }

protected:
    Result<QVariantMap> processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const override
    {
        const double seconds = parameters.value(QStringLiteral("seconds")).toDouble();
        QElapsedTimer timer;
        timer.start();
        qint64 loops = 0;
        while (!feedback.isCanceled()) {
            if (timer.elapsed() > qint64(seconds * 1000))
                return fail(QStringLiteral("not canceled after %1 s").arg(seconds));
            feedback.setProgress(std::min(99.0, 100.0 * double(timer.elapsed()) / (seconds * 1000)));
            if (loops == 0)
                feedback.pushInfo(QStringLiteral("waiting for cancel"));
            ++loops;
            QThread::msleep(2);
        }
        return std::unexpected(canceledError(id()));
    }
};

class AlwaysFails : public Algorithm
{
public:
    QString id() const override { return QStringLiteral("test:fail"); }
    QString displayName() const override { return QStringLiteral("Always fails"); }
    QString group() const override { return QStringLiteral("Test tools"); }
    QString shortHelp() const override { return QStringLiteral("Fails."); }
    QList<ParameterDefinition> parameterDefinitions() const override
    {
        return {ParameterDefinition::make(QStringLiteral("text"), QStringLiteral("Some text"), ParameterType::String)
                    .withDefault(QStringLiteral("x"))};
    }
    QList<OutputDefinition> outputDefinitions() const override { return {}; }

protected:
    Result<QVariantMap> processAlgorithm(const QVariantMap &, Feedback &) const override
    {
        return fail(QString::fromLatin1(failMessage));
    }
};

class Provider : public AnalysisProvider
{
public:
    QString id() const override { return QStringLiteral("test"); }
    QString name() const override { return QStringLiteral("Test"); }
    std::vector<std::unique_ptr<Algorithm>> createAlgorithms() const override
    {
        std::vector<std::unique_ptr<Algorithm>> list;
        list.push_back(std::make_unique<WaitForCancel>());
        list.push_back(std::make_unique<AlwaysFails>());
        return list;
    }
};

} // namespace testprovider
