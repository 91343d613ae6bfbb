#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QString>

class QThread;

namespace initscope::ui {

// A named thread that runs one worker object, as both engines use it (the Mandelbrot-example
// pattern): the worker moves to the thread, the thread runs at a lower priority than the GUI
// thread (lowerCurrentThreadPriority), and the worker is deleted when the thread ends.
//
// The QThread is never destroyed while its thread runs (Qt aborts the process then): when
// stop() finds the thread still busy at its deadline (a step that cannot be interrupted at
// once), the thread is handed over to itself — it deletes itself and its worker when it ends —
// and stillRunningAfterStop() tells the application not to wait for it at exit.
class WorkerThread {
public:
    WorkerThread(QObject* worker, const QString& name);
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // Asks the event loop to end and waits until `deadline`; true when the thread has ended.
    bool stop(QDeadlineTimer deadline);
    bool isStopped() const { return m_thread == nullptr; }

    // Threads given up by stop() that have not ended yet (process-wide).
    static int stillRunningAfterStop();

private:
    QThread* m_thread;
};

}  // namespace initscope::ui
