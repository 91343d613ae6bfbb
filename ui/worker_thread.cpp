#include "worker_thread.h"

#include <QThread>
#include <atomic>
#include <memory>

#include "common/system.h"
#include "metatypes.h"

namespace initscope::ui {
namespace {
std::atomic<int> g_abandoned{0};
}

WorkerThread::WorkerThread(QObject* worker, const QString& name) : m_thread(new QThread) {
    registerMetaTypes();
    m_thread->setObjectName(name);
    worker->moveToThread(m_thread);
    // Runs on the new thread itself (direct connection): its nice value, not the GUI thread's.
    QObject::connect(m_thread, &QThread::started, m_thread, [] { lowerCurrentThreadPriority(); }, Qt::DirectConnection);
    QObject::connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
}

WorkerThread::~WorkerThread() { stop(QDeadlineTimer(QDeadlineTimer::Forever)); }

bool WorkerThread::stop(QDeadlineTimer deadline) {
    if (!m_thread) return true;
    m_thread->quit();
    if (m_thread->wait(deadline)) {
        delete m_thread;
        m_thread = nullptr;
        return true;
    }
    // Still busy: it deletes itself when it ends (finished is emitted from that thread; a queued
    // deleteLater then runs on the thread the QThread object lives in, while events are served).
    QThread* thread = m_thread;
    m_thread = nullptr;
    g_abandoned.fetch_add(1);
    auto done = std::make_shared<std::atomic<bool>>(false);
    auto release = [thread, done] {
        if (done->exchange(true)) return;  // once, whichever comes first
        g_abandoned.fetch_sub(1);
        thread->deleteLater();  // thread-safe: deleted on the thread the QThread object lives in
    };
    QObject::connect(thread, &QThread::finished, thread, release, Qt::DirectConnection);
    if (thread->isFinished()) release();  // ended between the wait and the connection
    return false;
}

int WorkerThread::stillRunningAfterStop() { return g_abandoned.load(); }

}  // namespace initscope::ui
