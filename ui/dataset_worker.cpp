#include "dataset_worker.h"

#include "common/errors.h"

namespace initscope::ui {

void DatasetWorker::runOnDataset(const std::string& name, int total, const Run& run) {
    m_running.store(true);
    try {
        const DatasetChoice choice = resolveDatasetOrFallback(name);
        const std::string& folder = choice.folder;
        if (choice.substituted) emit datasetSubstituted(QString::fromStdString(folder));
        if (!m_dataset || m_dataset->folder != folder) {
            m_dataset.reset();
            emit datasetLoading(QString::fromStdString(folder));
            m_dataset = std::make_shared<const Dataset>(loadDataset(folder, &m_control));
        }
        if (m_control.isCancelled()) throw Cancelled();
        emit started(total, QString::fromStdString(folder));
        const auto [cancelled, seconds] = run(*m_dataset);
        m_running.store(false);
        emit finished(cancelled, seconds);
    } catch (const Cancelled&) {
        m_running.store(false);
        emit finished(true, 0.0);
    } catch (...) {
        m_running.store(false);
        emit failed(describeError(std::current_exception()));
    }
}

DatasetEngine::DatasetEngine(DatasetWorker* worker, const QString& threadName, QObject* parent)
    : QObject(parent), m_worker(worker), m_thread(worker, threadName) {
    connect(m_worker, &DatasetWorker::datasetLoading, this, &DatasetEngine::datasetLoading);
    connect(m_worker, &DatasetWorker::datasetSubstituted, this, &DatasetEngine::datasetSubstituted);
    connect(m_worker, &DatasetWorker::started, this, &DatasetEngine::started);
    connect(m_worker, &DatasetWorker::finished, this, &DatasetEngine::finished);
    connect(m_worker, &DatasetWorker::failed, this, &DatasetEngine::failed);
}

DatasetEngine::~DatasetEngine() { shutdown(); }

bool DatasetEngine::shutdown(QDeadlineTimer deadline) {
    if (!m_worker) return m_thread.isStopped();
    m_worker->control().cancel();
    disconnect(m_worker, nullptr, this, nullptr);
    m_worker = nullptr;  // deleted with its thread's end
    return m_thread.stop(deadline);
}

}  // namespace initscope::ui
