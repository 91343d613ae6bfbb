#pragma once

#include <QMetaType>

#include "common/errors.h"
#include "experiments/activations.h"
#include "experiments/bn_sweep.h"
#include "experiments/training.h"

// Value structs that cross from the worker threads to the GUI thread in queued signals.
Q_DECLARE_METATYPE(initscope::ActivationsConfig)
Q_DECLARE_METATYPE(initscope::ActivationsResult)
Q_DECLARE_METATYPE(initscope::TrainingConfig)
Q_DECLARE_METATYPE(initscope::BnSweepConfig)
Q_DECLARE_METATYPE(initscope::ErrorInfo)

namespace initscope::ui {
void registerMetaTypes();
}
