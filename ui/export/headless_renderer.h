#pragma once

#include <memory>

#include "io/figure_renderer.h"

class QApplication;

namespace initscope::ui {

// Renders the GUI's figures without showing a window. Creates a QApplication on first use, on
// Qt's offscreen platform when there is no display.
class HeadlessRenderer : public FigureRenderer {
public:
    HeadlessRenderer();
    ~HeadlessRenderer() override;
    void setLanguage(const std::string& code) override;
    void renderActivations(const ActivationsResult& result, const std::string& path,
                           const FigureOptions& options) override;
    void renderTraining(const TrainingResult& result, const std::string& path,
                        const FigureOptions& options) override;
    void renderBnSweep(const BnSweepResult& result, const std::string& path,
                       const FigureOptions& options) override;
    std::vector<std::string> writeBundle(const std::string& folder, const ExperimentFile& experiment,
                                         const ActivationsResult& activations,
                                         const TrainingResult* training, const BnSweepResult* sweep,
                                         const FigureOptions& options) override;

private:
    void ensureApplication();
    std::unique_ptr<QApplication> m_app;
};

// True when no X11 or Wayland display is reachable (and no platform was chosen explicitly).
bool noDisplay();

}  // namespace initscope::ui
