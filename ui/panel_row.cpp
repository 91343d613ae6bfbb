#include "panel_row.h"

#include <qcustomplot.h>

namespace initscope::ui {

PanelRow::PanelRow(QCustomPlot* plot) : m_plot(plot) {
    m_plot->plotLayout()->clear();
    QFont bold = m_plot->font();
    bold.setBold(true);
    m_title = new QCPTextElement(m_plot, QString(), bold);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.01);
    // As many x ticks as the panel's width holds (~55 px per label): narrow panels on a 1024 × 768
    // screen do not overlap their labels. Read from the last layout, so a resize settles in one replot.
    QObject::connect(m_plot, &QCustomPlot::beforeReplot, m_plot, [this] {
        for (const auto& column : m_rects) {
            for (QCPAxisRect* rect : column) {
                QCPAxis* x = rect->axis(QCPAxis::atBottom);
                // The ticker rounds the step down to a round number: up to twice as many labels.
                const int count = std::clamp(rect->width() / 110, 2, 6);
                if (x->ticker()->tickCount() != count) x->ticker()->setTickCount(count);
            }
        }
    });
}

void PanelRow::reset(const std::vector<RunLabel>& runs, int rowsPerRun) {
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_markers.clear();
    m_rects.clear();
    QCPLayoutGrid* layout = m_plot->plotLayout();
    // Everything below the title goes, with whatever a view placed beside the panels.
    while (layout->rowCount() > 1) {
        layout->removeAt(layout->rowColToIndex(1, 0));
        layout->simplify();
    }
    m_panels = new QCPLayoutGrid;
    layout->addElement(1, 0, m_panels);
    m_panels->setMargins(QMargins(0, 0, 14, 0));  // room for the last panel's end tick label ("2000")
    layout->setRowStretchFactor(1, 1.0);
    auto* left = new QCPMarginGroup(m_plot);
    for (std::size_t k = 0; k < runs.size(); ++k) {
        std::vector<QCPAxisRect*> column;
        QFont bold = m_plot->font();
        bold.setBold(true);
        auto* name = new QCPTextElement(m_plot, runs[k].name, bold);
        name->setTextColor(runs[k].color.darker(115));
        m_panels->addElement(0, static_cast<int>(k), name);
        for (int r = 0; r < rowsPerRun; ++r) {
            auto* rect = new QCPAxisRect(m_plot);
            m_panels->addElement(1 + r, static_cast<int>(k), rect);
            rect->setMarginGroup(QCP::msLeft | QCP::msRight, left);
            column.push_back(rect);
        }
        m_rects.push_back(std::move(column));
    }
    if (!runs.empty()) m_panels->setRowStretchFactor(0, 0.01);
    m_markers.resize(static_cast<std::size_t>(rowsPerRun));
}

std::pair<int, int> PanelRow::rectAt(const QPointF& pos) const {
    for (std::size_t k = 0; k < m_rects.size(); ++k) {
        for (std::size_t r = 0; r < m_rects[k].size(); ++r) {
            if (m_rects[k][r]->rect().contains(pos.toPoint())) return {static_cast<int>(k), static_cast<int>(r)};
        }
    }
    return {-1, -1};
}

void PanelRow::setMarker(double x, int row) {
    if (row < 0 || row >= static_cast<int>(m_markers.size())) return;
    auto& markers = m_markers[static_cast<std::size_t>(row)];
    if (markers.empty()) {
        for (const auto& column : m_rects) {
            QCPAxisRect* rect = column[static_cast<std::size_t>(row)];
            auto* line = new QCPItemStraightLine(m_plot);
            line->setClipAxisRect(rect);
            line->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            line->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            line->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.2, Qt::DashLine));
            markers.push_back(line);
        }
    }
    for (QCPItemStraightLine* line : markers) {
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setVisible(x >= 0);
    }
}

}  // namespace initscope::ui
