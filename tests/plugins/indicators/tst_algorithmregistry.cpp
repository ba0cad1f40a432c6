// AlgorithmRegistry: loading the indicators plugin from the build tree, metadata,
// refusing files that are not analysis plugins, and parameter checking.
#include "analysis/algorithmregistry.h"
#include "analysis/analysisprovider.h"
#include "task/feedback.h"

#include <QSet>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

// A provider linked into the test, to check id rules without a plugin file.
class FakeAlgorithm : public Algorithm
{
public:
    explicit FakeAlgorithm(QString id) : m_id(std::move(id)) {}
    QString id() const override { return m_id; }
    QString displayName() const override { return u"Fake"_s; }
    QString group() const override { return u"Tests"_s; }
    QString shortHelp() const override { return u"Adds a and b."_s; }
    QList<ParameterDefinition> parameterDefinitions() const override
    {
        return {ParameterDefinition::make(u"a"_s, u"A"_s, ParameterType::Number).withRange(0, 10),
                ParameterDefinition::make(u"b"_s, u"B"_s, ParameterType::Integer).withDefault(2),
                ParameterDefinition::make(u"mode"_s, u"Mode"_s, ParameterType::Enum).withOptions({u"fast"_s, u"slow"_s}).setOptional()};
    }
    QList<OutputDefinition> outputDefinitions() const override { return {{u"sum"_s, u"Sum"_s, OutputType::Number}}; }

protected:
    Result<QVariantMap> processAlgorithm(const QVariantMap &p, Feedback &) const override
    {
        return QVariantMap{{u"sum"_s, p.value(u"a"_s).toDouble() + double(p.value(u"b"_s).toLongLong())}};
    }

private:
    QString m_id;
};

class FakeProvider : public AnalysisProvider
{
public:
    explicit FakeProvider(QStringList ids) : m_ids(std::move(ids)) {}
    QString id() const override { return u"fake"_s; }
    QString name() const override { return u"Fake"_s; }
    std::vector<std::unique_ptr<Algorithm>> createAlgorithms() const override
    {
        std::vector<std::unique_ptr<Algorithm>> list;
        for (const QString &id : m_ids)
            list.push_back(std::make_unique<FakeAlgorithm>(id));
        return list;
    }

private:
    QStringList m_ids;
};

} // namespace

class TestAlgorithmRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsIndicatorsFromBuildTree();
    void rejectsFilesThatAreNotAnalysisPlugins();
    void providerRules();
    void parameterConversion_data();
    void parameterConversion();
};

void TestAlgorithmRegistry::loadsIndicatorsFromBuildTree()
{
    AlgorithmRegistry registry;
    QVERIFY(AlgorithmRegistry::defaultPluginFolders().contains(QStringLiteral(TERRITORIA_BINARY_DIR) + u"/plugins"_s));
    // Every analysis plugin of the build tree loads (indicators, prioritization,
    // coverage... as they are added), each once.
    const int loaded = registry.loadPlugins();
    QVERIFY(loaded >= 1);
    QCOMPARE(registry.plugins().size(), loaded);
    QSet<QString> ids;
    for (const PluginInfo &plugin : registry.plugins()) {
        QVERIFY2(plugin.loaded, qPrintable(plugin.error));
        QVERIFY(!plugin.version.isEmpty());
        QVERIFY2(!ids.contains(plugin.id), qPrintable(plugin.id));
        ids.insert(plugin.id);
    }
    QVERIFY(ids.contains(u"indicators"_s));
    QVERIFY(registry.algorithmIds().contains(u"indicators:zonal_statistics"_s));
    QVERIFY(registry.algorithmIds().contains(u"indicators:point_counts"_s));
    QVERIFY(!registry.algorithm(u"indicators:nothing"_s));
    // Every parameter name is lower_snake_case.
    for (const Algorithm *a : registry.algorithms()) {
        for (const ParameterDefinition &p : a->parameterDefinitions())
            QVERIFY2(QRegularExpression(u"^[a-z][a-z0-9_]*$"_s).match(p.name).hasMatch(), qPrintable(p.name));
    }
}

void TestAlgorithmRegistry::rejectsFilesThatAreNotAnalysisPlugins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A file named like a library that is not one, in a folder the user approved.
    QFile fake(dir.filePath(u"libnotaplugin.so"_s));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("not an ELF file");
    fake.close();
    AlgorithmRegistry registry;
    registry.loadPlugins({dir.path()});
    bool reported = false;
    for (const PluginInfo &p : registry.plugins()) {
        if (p.fileName.endsWith(u"libnotaplugin.so"_s)) {
            reported = true;
            QVERIFY(!p.loaded);
            QVERIFY2(p.error.contains(u"libnotaplugin.so"_s), qPrintable(p.error));
        }
    }
    QVERIFY(reported);
    QVERIFY(registry.algorithm(u"indicators:zonal_statistics"_s)); // the others still load
}

void TestAlgorithmRegistry::providerRules()
{
    AlgorithmRegistry registry;
    QVERIFY(registry.addProvider(FakeProvider({u"fake:add"_s})));
    QVERIFY(!registry.addProvider(FakeProvider({u"fake:add"_s})));  // taken
    QVERIFY(!registry.addProvider(FakeProvider({u"other:add"_s}))); // wrong prefix
    QCOMPARE(registry.algorithmIds(), QStringList{u"fake:add"_s});
    QCOMPARE(registry.plugins().size(), 2); // both rejections are reported
    Feedback feedback;
    auto result = registry.algorithm(u"fake:add"_s)->run({{u"a"_s, u"1.5"_s}}, feedback);
    QVERIFY(result);
    QCOMPARE(result->value(u"sum"_s).toDouble(), 3.5);
}

void TestAlgorithmRegistry::parameterConversion_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("error"); // empty: success
    QTest::newRow("ok") << QVariantMap{{u"a"_s, u"3"_s}, {u"mode"_s, u"SLOW"_s}} << QString();
    QTest::newRow("missing required") << QVariantMap{} << u"Missing required parameter “a”"_s;
    QTest::newRow("not a number") << QVariantMap{{u"a"_s, u"tres"_s}} << u"“tres” is not a number"_s;
    QTest::newRow("out of range") << QVariantMap{{u"a"_s, u"11"_s}} << u"out of range"_s;
    QTest::newRow("not whole") << QVariantMap{{u"a"_s, u"1"_s}, {u"b"_s, u"2.5"_s}} << u"not a whole number"_s;
    QTest::newRow("unknown enum") << QVariantMap{{u"a"_s, u"1"_s}, {u"mode"_s, u"medium"_s}} << u"medium"_s;
    QTest::newRow("unknown parameter") << QVariantMap{{u"a"_s, u"1"_s}, {u"c"_s, u"1"_s}} << u"Unknown parameter “c”"_s;
}

void TestAlgorithmRegistry::parameterConversion()
{
    QFETCH(QVariantMap, values);
    QFETCH(QString, error);
    const auto result = prepareParameters(FakeAlgorithm(u"fake:x"_s).parameterDefinitions(), values);
    if (error.isEmpty()) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->value(u"a"_s).toDouble(), 3.0);
        QCOMPARE(result->value(u"b"_s).toLongLong(), 2LL); // default
        QCOMPARE(result->value(u"mode"_s).toString(), u"slow"_s); // canonical option
    } else {
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
    }
}

QTEST_GUILESS_MAIN(TestAlgorithmRegistry)
#include "tst_algorithmregistry.moc"
