#pragma once

#include <QMutex>
#include <vector>

#include "dataset_worker.h"
#include "experiments/bn_sweep.h"

namespace initscope::ui {

// Runs the batch-normalization sweep on its own thread. Finished scales wait in a mailbox that
// the GUI empties from a timer (takeFinished), moved out, never copied.
class BnSweepWorker : public DatasetWorker {
    Q_OBJECT
public:
    std::vector<BnSweepScale> takeFinished();  // thread-safe

public slots:
    void start(const initscope::BnSweepConfig& config);

private:
    QMutex m_mutex;
    std::vector<BnSweepScale> m_finished;  // guarded by m_mutex
};

// The sweep's worker on its named thread ("InitScope bn-sweep").
class BnSweepEngine : public DatasetEngine {
    Q_OBJECT
public:
    explicit BnSweepEngine(QObject* parent = nullptr)
        : DatasetEngine(new BnSweepWorker, QStringLiteral("InitScope bn-sweep"), parent) {}
    void start(const BnSweepConfig& config) { startWorker("start", "initscope::BnSweepConfig", config); }
    std::vector<BnSweepScale> takeFinished() {
        return m_worker ? static_cast<BnSweepWorker*>(m_worker)->takeFinished() : std::vector<BnSweepScale>{};
    }
};

}  // namespace initscope::ui
