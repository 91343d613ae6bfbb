#include "settings_store.h"

#include <QSettings>

namespace initscope::ui {

namespace {
constexpr const char* kRestoringKey = "session/restoringExperiment";

int intIn(const QSettings& s, const char* key, int lo, int hi, int fallback) {
    const QVariant v = s.value(key);
    bool ok = false;
    const int i = v.toInt(&ok);
    return v.isValid() && ok && i >= lo && i <= hi ? i : fallback;
}

HistogramGridOptions::XScale xScaleOf(const QSettings& s, const char* key, HistogramGridOptions::XScale fallback) {
    return HistogramGridOptions::XScale(intIn(s, key, 0, 2, int(fallback)));
}
}  // namespace

QByteArray SettingsStore::geometry() const { return QSettings().value("window/geometry").toByteArray(); }
QByteArray SettingsStore::windowState() const { return QSettings().value("window/state").toByteArray(); }

void SettingsStore::saveWindow(const QByteArray& geometry, const QByteArray& state) {
    QSettings settings;
    settings.remove(kRestoringKey);  // a clean close: whatever was restored did not crash the app
    settings.setValue("window/geometry", geometry);
    settings.setValue("window/state", state);
}

SettingsStore::Remembered SettingsStore::takeRememberedExperiment() {
    QSettings settings;
    Remembered r;
    const QString text = settings.value("experiment").toString();
    if (settings.value(kRestoringKey).toBool()) {
        // The last launch restored this experiment and never computed it: it ended (crashed,
        // was killed) on it. Do not try again.
        settings.remove("experiment");
        settings.remove(kRestoringKey);
        r.lastLaunchCrashed = true;
    } else if (!text.isEmpty()) {
        settings.setValue(kRestoringKey, true);  // until confirmRestored()
        settings.sync();
        r.experiment = text;
    }
    return r;
}

void SettingsStore::confirmRestored() {
    QSettings settings;
    settings.remove(kRestoringKey);
    settings.sync();
}

void SettingsStore::forgetExperiment() {
    QSettings settings;
    settings.remove("experiment");
    settings.remove(kRestoringKey);
}

void SettingsStore::saveExperiment(const QString& json) { QSettings().setValue("experiment", json); }

QString SettingsStore::language() const {
    const QString code = QSettings().value("ui/language").toString();
    return code == QStringLiteral("en") || code == QStringLiteral("ko") ? code : QString();
}

void SettingsStore::setLanguage(const QString& code) { QSettings().setValue("ui/language", code); }

DisplaySettings SettingsStore::display(const DisplaySettings& defaults) const {
    const QSettings s;
    DisplaySettings d = defaults;
    d.activations.logY = s.value("activations/logY", d.activations.logY).toBool();
    d.activations.shareRowScale = s.value("activations/shareRowScale", d.activations.shareRowScale).toBool();
    d.activations.xScale = xScaleOf(s, "activations/xScale", d.activations.xScale);
    d.activations.theory = s.value("activations/theory", d.activations.theory).toBool();
    d.training.logY = s.value("training/logY", d.training.logY).toBool();
    d.training.shareRowScale = s.value("training/shareRowScale", d.training.shareRowScale).toBool();
    d.training.xScale = xScaleOf(s, "training/xScale", d.training.xScale);
    d.smoothing = intIn(s, "training/smoothing", 1, 501, d.smoothing);
    d.trainingTab = intIn(s, "training/view", 0, 3, d.trainingTab);
    d.trainingQuantity = intIn(s, "training/quantity", 0, 3, d.trainingQuantity);
    d.heatStatistic = intIn(s, "training/heatStatistic", 0, 5, d.heatStatistic);
    d.overTimeQuantity = intIn(s, "training/overTimeQuantity", 0, 3, d.overTimeQuantity);
    return d;
}

void SettingsStore::saveDisplay(const DisplaySettings& d) {
    QSettings s;
    s.setValue("activations/logY", d.activations.logY);
    s.setValue("activations/shareRowScale", d.activations.shareRowScale);
    s.setValue("activations/xScale", int(d.activations.xScale));
    s.setValue("activations/theory", d.activations.theory);
    s.setValue("training/logY", d.training.logY);
    s.setValue("training/shareRowScale", d.training.shareRowScale);
    s.setValue("training/xScale", int(d.training.xScale));
    s.setValue("training/smoothing", d.smoothing);
    s.setValue("training/view", d.trainingTab);
    s.setValue("training/quantity", d.trainingQuantity);
    s.setValue("training/heatStatistic", d.heatStatistic);
    s.setValue("training/overTimeQuantity", d.overTimeQuantity);
}

}  // namespace initscope::ui
