#include "run_status.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace initscope::ui {

RunStatus::RunStatus(QWidget* parent) : QWidget(parent), m_label(new QLabel), m_bar(new QProgressBar) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_bar->hide();
}

void RunStatus::begin(int iterations, Unit unit) {
    m_iterations = iterations;
    m_unit = unit;
    m_lastDone = 0;
    m_rate = 0.0;
    m_clock.start();
    m_lastMs = 0;
    m_bar->setRange(0, iterations);
    m_bar->setValue(0);
    m_bar->show();
    m_label->setText(tr("Starting…"));
}

void RunStatus::update(int done, bool paused) {
    const qint64 now = m_clock.elapsed();
    if (now - m_lastMs >= 250 || done == m_iterations) {
        const double instant = now > m_lastMs ? 1000.0 * (done - m_lastDone) / double(now - m_lastMs) : 0.0;
        m_rate = m_rate == 0.0 ? instant : 0.7 * m_rate + 0.3 * instant;
        m_lastDone = done;
        m_lastMs = now;
    }
    m_bar->setValue(done);
    QString text = m_unit == Unit::Scales ? tr("Weight scales finished: %1 / %2").arg(done).arg(m_iterations)
                                          : tr("Iteration %1 / %2").arg(done).arg(m_iterations);
    if (paused) {
        text += tr(" · paused");
    } else if (m_unit == Unit::Scales) {
        if (done > 0 && done < m_iterations) {
            const double perScale = double(m_clock.elapsed()) / 1000.0 / done;
            text += tr(" · about %1 s left").arg(int(perScale * (m_iterations - done) + 0.5));
        }
    } else if (m_rate > 0.0) {
        const int left = static_cast<int>((m_iterations - done) / m_rate + 0.5);
        text += tr(" · %1 it/s · %2 s left").arg(m_rate, 0, 'f', 0).arg(left);
    }
    m_label->setText(text);
}

void RunStatus::finish(const QString& message) {
    m_bar->hide();
    m_label->setText(message);
}

QString RunStatus::text() const { return m_label->text(); }

}  // namespace initscope::ui
