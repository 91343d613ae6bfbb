#pragma once

#include <QMetaType>

#include "experiments/activations.h"
#include "experiments/training.h"

// Value structs that cross from the worker threads to the GUI thread in queued signals.
Q_DECLARE_METATYPE(initscope::ActivationsConfig)
Q_DECLARE_METATYPE(initscope::ActivationsResult)
Q_DECLARE_METATYPE(initscope::TrainingConfig)

namespace initscope::ui {
void registerMetaTypes();
}
